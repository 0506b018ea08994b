/**
 * `serve({ store, host, port })`: the app on a socket through @hono/node-server. Binds 127.0.0.1
 * by default. `close()` stops taking connections, lets the requests in flight finish, waits for
 * the queued writes and closes idle keep-alive connections; the caller closes the store after.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve as serveNode } from '@hono/node-server';
import type { Store } from '../store/index.ts';
import { createApp, type AppOptions } from './app.ts';
import { createWriteQueue } from './write-queue.ts';

export interface ServeOptions extends Omit<AppOptions, 'writes'> {
  readonly store: Store;
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

/** How long close() waits for requests in flight before cutting the connections. */
const CLOSE_GRACE_MS = 5000;

export async function serve(options: ServeOptions): Promise<RunningServer> {
  const { store, host = '127.0.0.1', port = 8080, ...appOptions } = options;
  const writes = createWriteQueue();
  const app = createApp(store, { ...appOptions, writes });
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serveNode({ fetch: app.fetch, hostname: host, port }, () => resolve(created as Server)) as Server;
    created.once('error', reject);
  });
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
  };
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    close: () => (closing ??= close()),
  };
}
