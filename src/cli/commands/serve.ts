/**
 * `newsdesk serve [--db FILE|URL] [--host H] [--port N]`: the web pages and JSON API over the store
 * (default `$NEWSDESK_DB`, else `newsdesk.db`), on 127.0.0.1:8080 unless told otherwise. Prints the URL on stderr and
 * runs until the process is told to stop (Ctrl-C, SIGTERM), then closes cleanly: requests in
 * flight and queued writes finish, then the store is closed. Exit 0 after a clean stop, 1 when the
 * store cannot be opened or the port cannot be bound, 2 for bad usage.
 */
import { Command, Option } from 'commander';
import { openStore, storeExists, StoreUnavailableError, type Store } from '../../store/index.ts';
import { serve, type RunningServer } from '../../server/index.ts';
import type { CliIO } from '../io.ts';
import { storeLocation, UsageError } from './common.ts';

export interface ServeFlags {
  readonly db?: string;
  readonly host?: string;
  readonly port?: string;
  readonly quiet?: boolean;
}

/** How the command learns it should stop; the process edge wires SIGINT/SIGTERM, tests a promise. */
export type StopSignal = Promise<string>;

export function parsePort(value: string | undefined): number {
  if (value === undefined) return 8080;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw new UsageError(`--port takes a number from 0 to 65535, not "${value}"`);
  return Number(value);
}

/** Resolves with the signal's name on the first SIGINT or SIGTERM. */
export function processStopSignal(): StopSignal {
  return new Promise((resolve) => {
    const stop = (name: string): void => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      resolve(name);
    };
    const onInt = (): void => stop('SIGINT');
    const onTerm = (): void => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
  });
}

export async function runServe(flags: ServeFlags, io: CliIO, stopSignal: () => StopSignal = processStopSignal): Promise<number> {
  const port = parsePort(flags.port);
  const host = flags.host ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('--host takes an interface address, e.g. 127.0.0.1');
  const location = storeLocation(flags.db, io.env);
  const fresh = !storeExists(location);
  let store: Store;
  try {
    store = await openStore(location);
  } catch (err) {
    if (!(err instanceof StoreUnavailableError)) throw err;
    io.stderr.write(`newsdesk: --db ${location}: ${err.message}\n`);
    return 1;
  }
  let server: RunningServer;
  try {
    server = await serve({ store, location, host, port });
  } catch (err) {
    await store.close();
    io.stderr.write(`newsdesk: cannot listen on ${host}:${port}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
  const stop = stopSignal();
  io.stderr.write(`newsdesk: serving ${location}${fresh ? ' (a new, empty store)' : ''} at ${server.url}/ (Ctrl-C stops)\n`);
  const signal = await stop;
  if (flags.quiet !== true) io.stderr.write(`newsdesk: ${signal}: closing\n`);
  await server.close();
  await store.close();
  return 0;
}

/** Adds `serve` to the program (run.ts calls this). */
export function addServeCommand(program: Command, io: CliIO, setCode: (code: number) => void): void {
  program
    .command('serve')
    .description('web pages and the JSON API over the store')
    .addOption(new Option('--db <file>', 'the store: a SQLite file path or a postgres:// URL (default $NEWSDESK_DB, else newsdesk.db in the current folder)'))
    .option('--host <address>', 'interface to listen on (default 127.0.0.1, this machine only)')
    .option('--port <n>', 'port to listen on (default 8080; 0 picks a free one)')
    .option('--quiet', 'no notices on stderr besides the URL (errors still go there)')
    .action(async (flags: ServeFlags) => setCode(await runServe(flags, io)));
}
