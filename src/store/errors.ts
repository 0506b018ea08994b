/**
 * Errors the store throws for a user's or an environment's problem rather than a programmer's.
 *
 * `StoreUnavailableError`: the location
 * names a backend this build does not have (e.g. `postgres://`), or a file that is not a newsdesk
 * store (not SQLite, or a schema newer than this code). Commands report its message and exit 2.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}

/**
 * A write computed from a state of the store that another writer has since changed (e.g. two
 * ingests into one file at once). Nothing of the refused write is kept; running again is safe.
 */
export class StoreConflictError extends Error {
  override readonly name = 'StoreConflictError';
}
