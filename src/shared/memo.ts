/** The value of `key` in `memo`, computed once by `compute` (without a memo, computed every time). */
export function memoized<K, V>(memo: Map<K, V> | undefined, key: K, compute: (key: K) => V): V {
  if (memo === undefined) return compute(key);
  let value = memo.get(key);
  if (value === undefined) {
    value = compute(key);
    memo.set(key, value);
  }
  return value;
}
