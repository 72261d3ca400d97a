// A cell's or label's words without Markdown's emphasis and code marks: what table and legend readers
// compare against their patterns ("**High**", "`P1`", "_Status_" read as High, P1, Status).

/** The text without `*`, `_` and backquotes, trimmed. */
export function unmarked(s: string): string {
  return s.replace(/[*_`]/g, '').trim();
}

/** The text without `*`, `_` and backquotes, its runs of white space made one space, trimmed. */
export function unmarkedWords(s: string): string {
  return s.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}
