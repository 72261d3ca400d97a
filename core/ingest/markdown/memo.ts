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

/** Empties every memo: called as each parse starts. */
export function clearMemos(): void {
  for (const m of MEMOS) m.clear();
}
