import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../src/server/index.ts';
import { runServe } from '../../src/cli/commands/serve.ts';
import { createPipelineContext } from '../../src/pipeline.ts';
import { openSqliteStore } from '../../src/store/sqlite/index.ts';
import { openStore } from '../../src/store/index.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { runCli } from '../_support/cli.ts';
import { seededStore } from './_support.ts';

const BIN = fileURLToPath(new URL('../../bin/newsdesk.js', import.meta.url));

test('serve binds 127.0.0.1 by default, answers pages and API over HTTP, and closes', async () => {
  const store = await seededStore();
  const server = await serve({ store, port: 0 });
  assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  const home = await fetch(`${server.url}/`);
  assert.equal(home.status, 200);
  assert.match(await home.text(), /The Varn bridge reopened/);
  assert.equal((await fetch(`${server.url}/api/stories/nope`)).status, 404);
  const local = await fetch(server.url.replace('127.0.0.1', 'localhost') + '/api/stories');
  assert.equal(local.status, 200, 'localhost is this machine too');
  await server.close();
  await assert.rejects(fetch(`${server.url}/`));
  await store.close();
});

test('bound to loopback, a request addressed to another host name is refused (DNS rebinding)', async () => {
  const store = await seededStore();
  const server = await serve({ store, port: 0 });
  const { request } = await import('node:http');
  const status = (path: string, host: string): Promise<{ status: number; body: string }> =>
    new Promise((resolve, reject) => {
      const req = request(`${server.url}${path}`, { headers: { host } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.end();
    });
  const api = await status('/api/stories', 'attacker.example:8080');
  assert.equal(api.status, 403);
  assert.equal((JSON.parse(api.body) as { error: { code: string } }).error.code, 'forbidden-host');
  assert.equal((await status('/', 'attacker.example')).status, 403);
  assert.equal((await status('/', `localhost:${server.port}`)).status, 200);
  await server.close();
  await assert.rejects(fetch(`${server.url}/`));
  await store.close();
});

test('close lets an ingest in flight finish before it resolves', async () => {
  const store = openSqliteStore(':memory:');
  const server = await serve({ store, port: 0, pipeline: createPipelineContext() });
  const text =
    'The Ostrel dock workers voted on Friday to accept the new pay offer, ending a strike that had closed the port for eleven days. The union said the ships would be loaded again from Saturday morning.';
  const pending = fetch(`${server.url}/api/articles`, { method: 'POST', body: JSON.stringify({ title: 'Ostrel strike over', text }), headers: { 'content-type': 'application/json' } });
  await new Promise((resolve) => setTimeout(resolve, 50));
  await server.close();
  const response = await pending;
  assert.equal(response.status, 201);
  assert.equal((await store.counts()).articles, 1);
  await store.close();
});

test('with a store location, ingest runs in a worker thread: pages answer while it works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-'));
  try {
    const location = join(dir, 'news.db');
    const store = await openStore(location);
    const server = await serve({ store, location, port: 0 });
    const text =
      'The Ostrel dock workers voted on Friday to accept the new pay offer, ending a strike that had closed the port for eleven days. The union said the ships would be loaded again from Saturday morning.';
    const order: string[] = [];
    const ingest = fetch(`${server.url}/api/articles`, { method: 'POST', body: JSON.stringify({ title: 'Ostrel strike over', text }), headers: { 'content-type': 'application/json' } }).then(async (r) => {
      order.push('ingest');
      return { status: r.status, body: (await r.json()) as { added: number; stories: string[] } };
    });
    const page = await fetch(`${server.url}/`);
    order.push('page');
    assert.equal(page.status, 200);
    const done = await ingest;
    assert.deepEqual(order, ['page', 'ingest'], 'the page did not wait for the ingest (the worker loads the pipeline first)');
    assert.equal(done.status, 201);
    assert.equal(done.body.added, 1);
    assert.equal((await fetch(`${server.url}/api/stories/${done.body.stories[0]}`)).status, 200, 'the server sees what the worker wrote');
    const empty = await fetch(`${server.url}/api/articles`, { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } });
    assert.equal(empty.status, 400);
    assert.equal(((await empty.json()) as { error: { code: string } }).error.code, 'no-articles', 'errors keep their kind across the thread');
    await server.close();
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function memoryIO(): { io: CliIO; stderr: () => string } {
  let stderr = '';
  const io: CliIO = {
    stdin: process.stdin,
    stdout: { write: () => undefined },
    stderr: { write: (t) => void (stderr += t) },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
  };
  return { io, stderr: () => stderr };
}

test('runServe prints the URL on stderr, serves until told to stop, then exits 0', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-'));
  try {
    const { io, stderr } = memoryIO();
    let stop: (signal: string) => void = () => undefined;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    const running = runServe({ db: join(dir, 'news.db'), port: '0' }, io, () => stopped);
    let url: string | undefined;
    for (let i = 0; i < 100 && url === undefined; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      url = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr())?.[1];
    }
    assert.ok(url, stderr());
    assert.match(stderr(), /a new, empty store/);
    assert.equal((await fetch(`${url}/api/stories`)).status, 200);
    stop('SIGINT');
    assert.equal(await running, 0);
    assert.match(stderr(), /SIGINT: closing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad port is a usage error (2); a port in use is an error (1)', async () => {
  for (const port of ['abc', '70000', '-1']) assert.equal((await runCli(['serve', '--port', port, '--db', ':memory:'])).code, 2, port);
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as { port: number }).port;
  try {
    const { io, stderr } = memoryIO();
    assert.equal(await runServe({ db: ':memory:', port: String(port) }, io, () => new Promise(() => undefined)), 1);
    assert.match(stderr(), /cannot listen on 127\.0\.0\.1/);
  } finally {
    blocker.close();
  }
});

test('newsdesk serve in its own process stops cleanly on SIGINT', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-serve-'));
  try {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', join(dir, 'news.db'), '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const found = /(http:\/\/127\.0\.0\.1:\d+)\//.exec(stderr)?.[1];
        if (found) resolve(found);
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}: ${stderr}`)));
    });
    assert.equal((await fetch(`${url}/`)).status, 200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGINT');
    assert.equal(await exited, 0, stderr);
    assert.match(stderr, /SIGINT: closing/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
