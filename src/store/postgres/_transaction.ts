/**
 * One transaction on a pooled connection: BEGIN, the work, COMMIT; ROLLBACK on any error. A
 * transaction the server aborted to break a deadlock (two writers locking the same rows in
 * opposite orders) kept nothing, so it is run again, a few times at most.
 */
import type pg from 'pg';

const RETRIED_CODES = new Set(['40P01', '40001']); // deadlock detected, serialization failure
const MAX_ATTEMPTS = 4;

export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      // The work's own error is the one to report, even when the connection is gone for the rollback.
      await client.query('ROLLBACK').catch((rollbackError: Error) => void (broken = rollbackError));
      if (attempt < MAX_ATTEMPTS && RETRIED_CODES.has(errorCode(err))) continue;
      throw err;
    } finally {
      // A connection that failed its rollback is discarded rather than handed to the next caller.
      client.release(broken);
    }
  }
}

export function errorCode(err: unknown): string {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : '';
}
