/** A source of numbers in [0, 1). */
export type Random = () => number;

/**
 * Mulberry32: a small seeded PRNG, so generated corpora (benchmarks, evaluation shuffles, tests)
 * are the same on every run and every machine.
 */
export function prng(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
