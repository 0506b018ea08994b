/**
 * MinHash signatures over shingle hashes and their LSH band keys. Each of the k hash functions
 * is the shingle hash xor a per-function seed, mixed; the signature keeps each function's
 * minimum. Two articles land in a shared band bucket with probability 1 - (1 - J^r)^b, so
 * near-duplicates meet without comparing all pairs.
 */
import { mix32 } from './shingles.ts';

/** Deterministic seeds of `count` hash functions (a fixed sequence; compute once per index). */
export function minhashSeeds(count: number): Uint32Array {
  const out = new Uint32Array(count);
  let state = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    out[i] = mix32(state);
  }
  return out;
}

/** The MinHash signature of a shingle set (all 0xffffffff for an empty set). */
export function minhashSignature(shingles: Uint32Array, fns: Uint32Array): Uint32Array {
  const length = fns.length;
  const signature = new Uint32Array(length).fill(0xffffffff);
  for (let s = 0; s < shingles.length; s++) {
    const shingle = shingles[s]!;
    for (let k = 0; k < length; k++) {
      const h = mix32(shingle ^ fns[k]!);
      if (h < signature[k]!) signature[k] = h;
    }
  }
  return signature;
}

/** Share of positions where two signatures agree: an estimate of the Jaccard similarity. */
export function signatureSimilarity(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}

/**
 * One bucket key per band: a hash of the band number and rows, cut to 30 bits (a chance
 * collision only adds a candidate, which is then compared exactly).
 */
export function bandKeys(signature: Uint32Array, bands: number, rowsPerBand: number): number[] {
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = b * rowsPerBand; r < (b + 1) * rowsPerBand; r++) h = mix32(Math.imul(h, 0x01000193) ^ (signature[r] ?? 0));
    keys.push(mix32(h ^ Math.imul(b + 1, 0x9e3779b1)) >>> 2);
  }
  return keys;
}
