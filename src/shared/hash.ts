import { hash } from 'node:crypto';

/** Short, stable content id: the first 16 hex digits of SHA-256 over the parts (one-shot hash: it is hot). */
export function contentId(...parts: readonly (string | null | undefined)[]): string {
  const joined = parts.map((part) => `${part ?? '\u0000'}\u0001`).join('');
  return hash('sha256', joined, 'hex').slice(0, 16);
}
