// Guards against crafted Markdown before remark sees the text (reports are untrusted; issue 7).
// micromark's time grows faster than the text on two shapes no real report has:
// - nesting: it re-checks every open container for each line, so one line of thousands of nested
//   list or quote markers ("- - - - … x", "> > > …") costs time cubic in their number (8,000
//   markers: 34 s) or overflows the stack. The marker past MAX_CONTAINER_DEPTH on a line is escaped
//   with a backslash, so the rest of the line is read as the text of the deepest item. Nesting by
//   indentation (each line two columns deeper: 600 levels, 9 s) is cut at MAX_INDENT columns.
// - inline delimiters: emphasis and link brackets are matched against every earlier opener of the
//   paragraph, so 100 KB of "*a*a*a…" takes 100 s ("[a]" 9 s). Past MAX_DELIMITERS of * _ [ ] in one
//   paragraph (not counting code spans and snake_case), the rest are escaped and read as the
//   characters they are.
// Lines keep their number; only such lines change. Thematic breaks ("* * * * …") and fenced code
// are left alone. A normal report passes through untouched (the goldens and fixtures check it).

export const MAX_CONTAINER_DEPTH = 32;
/** leading white space past this many columns is cut to it (a tab counts 4) */
export const MAX_INDENT = 4 * MAX_CONTAINER_DEPTH;
export const MAX_DELIMITERS = 2_000;

const FENCE = /^[ \t]*(`{3,}|~{3,})/;
const BLOCK_START = /^[ \t]*(?:[-*+][ \t]|\d{1,9}[.)][ \t]|[|#>])/;
const THEMATIC_BREAK = /^[ \t]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** offset in `line` of the container marker past `max`, or -1 */
function markerPastLimit(line: string, max: number): number {
  let i = 0;
  let depth = 0;
  const n = line.length;
  while (i < n) {
    while (i < n && (line[i] === ' ' || line[i] === '\t')) i++;
    if (i >= n) return -1;
    const start = i;
    const c = line[i];
    if (c === '>') {
      i++;
    } else if (c === '-' || c === '*' || c === '+') {
      i++;
      if (i < n && line[i] !== ' ' && line[i] !== '\t') return -1;
    } else if (c >= '0' && c <= '9') {
      const digits = i;
      while (i < n && line[i] >= '0' && line[i] <= '9' && i - digits < 10) i++;
      if (i - digits > 9 || i >= n || (line[i] !== '.' && line[i] !== ')')) return -1;
      i++;
      if (i < n && line[i] !== ' ' && line[i] !== '\t') return -1;
    } else {
      return -1;
    }
    if (++depth > max) return start;
  }
  return -1;
}

const IS_WORD_CHAR_RE = /[\p{L}\p{N}]/u;
const isWordChar = (c: string | undefined) => c !== undefined && IS_WORD_CHAR_RE.test(c);

/**
 * Walks the inline delimiters of `line` that micromark would try to match: * [ ], and _ unless
 * inside a word (snake_case); never inside a code span on the line, never an escaped one. Calls
 * `each(i)` for each; returns how many there were.
 */
function eachDelimiter(line: string, each?: (i: number) => void): number {
  // (by UTF-16 code, not by one-character strings: 92 \\, 96 `, 42 *, 91 [, 93 ], 95 _)
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 92) {
      i++;
      continue;
    }
    if (c === 96) {
      let n = 1;
      while (line.charCodeAt(i + n) === 96) n++;
      const close = line.indexOf('`'.repeat(n), i + n);
      if (close >= 0) {
        i = close + n - 1;
        continue;
      }
      i += n - 1;
      continue;
    }
    if (c === 42 || c === 91 || c === 93 || (c === 95 && !(isWordChar(line[i - 1]) && isWordChar(line[i + 1])))) {
      count++;
      each?.(i);
    }
  }
  return count;
}

/** `line` with its delimiters past the paragraph's `max` (of which `seen` came before it) escaped */
function escapeDelimiters(line: string, seen: number, max: number): string {
  const at: number[] = [];
  eachDelimiter(line, (i) => {
    if (++seen > max) at.push(i);
  });
  let out = '';
  let from = 0;
  for (const i of at) {
    out += `${line.slice(from, i)}\\`;
    from = i;
  }
  return out + line.slice(from);
}

/**
 * The text with the two shapes above defused: container nesting deeper than `maxDepth` on a line, and
 * more than `maxDelimiters` inline delimiters in a paragraph. `lines`: how many lines changed.
 */
export function guardMarkdown(text: string, maxDepth = MAX_CONTAINER_DEPTH, maxDelimiters = MAX_DELIMITERS): { text: string; lines: number } {
  const lines = text.split('\n');
  let fence: string | null = null;
  let changed = 0;
  let seen = 0; // delimiters in the current paragraph
  for (let k = 0; k < lines.length; k++) {
    let line = lines[k];
    // (a fence line opens with a space, a tab, a backtick or a tilde)
    const c0 = line.charCodeAt(0);
    const f = c0 === 96 || c0 === 126 || c0 === 32 || c0 === 9 ? FENCE.exec(line) : null;
    if (f) {
      if (fence === null) fence = f[1][0].repeat(3);
      else if (f[1].startsWith(fence)) fence = null;
      seen = 0;
      continue;
    }
    if (fence !== null) continue;
    if (line.trim() === '') {
      seen = 0;
      continue;
    }
    // a list item, table row, heading or quote starts its own inline content
    if (BLOCK_START.test(line)) seen = 0;
    if (line.length > MAX_INDENT && (line[0] === ' ' || line[0] === '\t')) {
      const ws = /^[ \t]*/.exec(line)![0];
      let cols = 0;
      for (const c of ws) cols += c === '\t' ? 4 : 1;
      if (cols > MAX_INDENT) line = ' '.repeat(MAX_INDENT) + line.slice(ws.length);
    }
    if (line.length > maxDepth && !THEMATIC_BREAK.test(line)) {
      const at = markerPastLimit(line, maxDepth);
      if (at >= 0) line = `${line.slice(0, at)}\\${line.slice(at)}`;
    }
    const count = line.length < 2 ? 0 : eachDelimiter(line);
    if (seen + count > maxDelimiters) line = escapeDelimiters(line, seen, maxDelimiters);
    seen += count;
    if (line !== lines[k]) {
      lines[k] = line;
      changed++;
    }
  }
  return changed ? { text: lines.join('\n'), lines: changed } : { text, lines: 0 };
}
