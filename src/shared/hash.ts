import { createHash } from 'node:crypto';

/** Short, stable content id: the first 16 hex digits of SHA-256 over the parts. */
export function contentId(...parts: readonly (string | null | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part ?? '\u0000');
    hash.update('\u0001');
  }
  return hash.digest('hex').slice(0, 16);
}
