/**
 * The API's one error shape, `{ "error": { "code", "message" } }`, with a 4xx status for the
 * client's mistakes and 5xx only for faults of the server.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'bad-request'
  | 'bad-json'
  | 'bad-query'
  | 'no-articles'
  | 'not-found'
  | 'forbidden-origin'
  | 'forbidden-host'
  | 'method-not-allowed'
  | 'body-too-large'
  | 'unsupported-media-type'
  | 'store-conflict'
  | 'internal';

export interface ApiErrorBody {
  readonly error: { readonly code: ApiErrorCode; readonly message: string; readonly details?: unknown };
}

export function apiError(c: Context, status: ContentfulStatusCode, code: ApiErrorCode, message: string, details?: unknown): Response {
  const body: ApiErrorBody = { error: details === undefined ? { code, message } : { code, message, details } };
  return c.json(body, status);
}

/** A client mistake found while reading a request (a bad query parameter); routes turn it into a 400. */
export class BadRequestError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode = 'bad-query',
    readonly details?: unknown,
  ) {
    super(message);
  }
}
