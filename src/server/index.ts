/**
 * The server edge: the web app and JSON API over a `Store` (`createApp`, pure routing, testable
 * with `app.request`) and `serve`, which puts it on a socket.
 */
export { createApp, ROUTES, SECURITY_HEADERS, type AppOptions } from './app.ts';
export { serve, type RunningServer, type ServeOptions } from './serve.ts';
export type { ApiErrorBody, ApiErrorCode } from './errors.ts';
export type { IngestReport, RejectedItem } from './ingest.ts';
