/**
 * `serve({ store, host, port })`: the app on a socket through @hono/node-server. Binds 127.0.0.1
 * by default. `close()` stops taking connections, lets the requests in flight finish, waits for
 * the queued writes and closes idle keep-alive connections, then ends the ingest worker (when
 * `location` gave one); the caller closes the store after.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve as serveNode } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp, type AppOptions } from './app.ts';
import { createWriteQueue } from './write-queue.ts';
import { threadIngest } from './ingest-thread.ts';

export interface ServeOptions extends Omit<AppOptions, 'writes' | 'ingest'> {
  readonly store: Store;
  /**
   * Where `store` lives (a file path or URL). When given (and not `:memory:`), ingest requests run
   * in a worker thread with its own connection there, so pages keep answering during an ingest.
   */
  readonly location?: string;
  /** Interface to bind (default 127.0.0.1: loopback only). */
  readonly host?: string;
  /** Port (default 8080; 0 picks a free one). */
  readonly port?: number;
}

export interface RunningServer {
  /** `http://host:port` as bound (the real port when 0 was asked). */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** The names a browser on this machine uses for a loopback server (URL hostnames keep IPv6 brackets). */
const LOOPBACK_NAMES: readonly string[] = ['127.0.0.1', 'localhost', '[::1]'];

/** How long close() waits for requests in flight before cutting the connections. */
const CLOSE_GRACE_MS = 5000;

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { store, location, host = '127.0.0.1', port = 8080, ...appOptions } = options;
  const writes = createWriteQueue();
  const worker = location === undefined || location === ':memory:' ? null : threadIngest(location);
  const allowedHosts = LOOPBACK.has(host) ? LOOPBACK_NAMES : undefined;
  const app = createApp(store, { allowedHosts, ...appOptions, writes, ...(worker === null ? {} : { ingest: worker.run }) });
  let server: Server;
  try {
    server = await new Promise<Server>((resolve, reject) => {
      const created = serveNode({ fetch: app.fetch, hostname: host, port }, () => resolve(created as Server)) as Server;
      created.once('error', reject);
    });
  } catch (err) {
    await worker?.close();
    throw err;
  }
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closing: Promise<void> | null = null;
  const close = async (): Promise<void> => {
    const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeIdleConnections();
    const timer = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
    timer.unref();
    await stopped;
    clearTimeout(timer);
    await writes.idle();
    await worker?.close();
  };
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    close: () => (closing ??= close()),
  };
}
