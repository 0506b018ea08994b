/**
 * The one error the store throws for a user's mistake rather than a programmer's: the location
 * names a backend this build does not have (e.g. `postgres://`), or a file that is not a newsdesk
 * store (not SQLite, or a schema newer than this code). Commands report its message and exit 2.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
