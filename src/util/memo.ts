// A bounded memo for word lookups: the vocabulary of a corpus repeats a lot, but a long
// ingest must not grow a cache without limit, so it is emptied when full.
export function memoize<K, V>(read: (key: K) => V, limit = 20_000): (key: K) => V {
  const memo = new Map<K, V>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as V;
    const value = read(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
