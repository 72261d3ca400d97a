// Neutralising untrusted text (titles, paths, notes come from reports) for each output format.

/** HTML text and attribute values: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Control characters other than tab/newline removed (they break terminals, CSV readers, XML). */
export function stripControls(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * Inline Markdown text: one line, no raw HTML, no links/images/code spans/emphasis/tables.
 * Entities for < > & (no tag can form), backslash escapes for Markdown punctuation
 * (\ ` * _ [ ] ( ) { } # + ! | ~), line breaks folded into spaces.
 */
export function mdInline(text: string): string {
  return stripControls(text)
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]{}()#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)\./, '$1$2\\.') // "1." at the start would become a list
    .replace(/^(\s*)-/, '$1\\-')
    .replace(/:\/\//g, ':&#47;&#47;'); // no GFM autolink literal from report text
}

/** A multi-line block of untrusted text in Markdown: each line escaped, quoted with "> ". */
export function mdBlockQuote(text: string): string {
  return stripControls(text)
    .split(/\r\n|\r|\n/)
    .map((line) => `> ${mdInline(line)}`.trimEnd())
    .join('\n');
}

/** Cells that a spreadsheet would read as a formula get a leading single quote. */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One CSV field (RFC 4180): formula-neutralised, quoted when it holds , " CR or LF. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = typeof value === 'number' ? formatNumber(value) : String(value);
  // controls stripped first: "\u0000=cmd|…" must not become a formula once the NUL is gone
  if (typeof value === 'string') s = neutralizeFormula(stripControls(s)).replace(/\r\n?/g, '\n');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Numbers for humans: up to 2 decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  return String(Math.round(n * 100) / 100);
}

export function formatHours(r: { minHours: number; maxHours: number }): string {
  const a = formatNumber(r.minHours);
  const b = formatNumber(r.maxHours);
  return a === b ? `${a} h` : `${a}-${b} h`;
}
