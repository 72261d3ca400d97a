// Memos of pure readers (plainInline, severityFromValue, factKind, …). Each parse starts with them empty
// (parseInner calls clearMemos), so a parse is never faster because an earlier one read the same text
// (the bench parses one text several times), and no memo keeps a finished report's strings alive.

const MEMOS: Map<unknown, unknown>[] = [];

/** A memo map that clearMemos empties. */
export function memoMap<K, V>(): Map<K, V> {
  const m = new Map<K, V>();
  MEMOS.push(m as Map<unknown, unknown>);
  return m;
}

/** `fn` with its answers remembered by argument, at most `max` of them (emptied when full and at each parse). */
export function memoized<V>(fn: (key: string) => V, max = 20000): (key: string) => V {
  const seen = memoMap<string, V>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      v = fn(key);
      if (seen.size >= max) seen.clear();
      seen.set(key, v);
    }
    return v;
  };
}

/** Empties every memo: called as each parse starts. */
export function clearMemos(): void {
  for (const m of MEMOS) m.clear();
}
