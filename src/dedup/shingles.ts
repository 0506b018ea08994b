/**
 * Word shingles of an article body as sorted, unique 32-bit hashes. Text is normalised first
 * (case, punctuation, quote marks, digits grouping) so that reprints that only differ in
 * typography share every shingle.
 */

/** Lower-cased words, with punctuation and typographic variants removed. */
export function normalizedWords(text: string): string[] {
  const folded = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/(\d)[,.](?=\d{3}\b)/g, '$1');
  return folded.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];
}

/** Normalised text: the words joined by single spaces (the exact-duplicate key). */
export function normalizedText(text: string): string {
  return normalizedWords(text).join(' ');
}

/** 32-bit FNV-1a over a string, then a final avalanche mix. */
export function hashString(value: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    h ^= value.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mix32(h);
}

/** Murmur3 finaliser: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Sorted unique hashes of every run of `size` consecutive words. A text shorter than one
 * shingle gives one shingle of all its words (or none when empty).
 */
export function shingleHashes(words: readonly string[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const span = Math.max(1, Math.min(size, words.length));
  const wordHashes = Uint32Array.from(words, hashString);
  const hashes = new Uint32Array(words.length - span + 1);
  for (let i = 0; i + span <= words.length; i++) {
    let h = 0x811c9dc5;
    for (let k = i; k < i + span; k++) h = Math.imul(h ^ wordHashes[k]!, 0x01000193);
    hashes[i] = mix32(h);
  }
  hashes.sort();
  return uniqueSorted(hashes);
}

function uniqueSorted(sorted: Uint32Array): Uint32Array {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  }
  return sorted.slice(0, n);
}

/** Size of the intersection of two sorted unique hash arrays (one merge pass). */
export function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}
