// Neutralising untrusted text (titles, paths, notes come from reports) for each output format.
// Invisible, bidirectional and control characters are never obeyed nor silently dropped: they are
// written as visible escapes (`<U+202E>`, shared/hidden-chars.ts), or as \u escapes in JSON.
import { HIDDEN_CHARS_NOTE, hiddenCharPieces, replaceHiddenChars, revealHiddenChars } from '../../shared/hidden-chars';

/** HTML text and attribute values: & < > " ' escaped. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Report text as HTML body content: escaped, each hidden character a marked `<U+XXXX>` (class hidden-char). */
export function htmlText(text: string): string {
  return hiddenCharPieces(text)
    .map((p) =>
      typeof p === 'string'
        ? escapeHtml(p)
        : `<span class="hidden-char" title="${escapeHtml(`${p.description}. ${HIDDEN_CHARS_NOTE}`)}">&lt;${p.label}&gt;</span>`,
    )
    .join('');
}

/** JSON text (an export's) with every hidden character in its strings as \u escapes: the same value, visibly. */
export function jsonWithVisibleEscapes(json: string): string {
  return replaceHiddenChars(json, (_c, raw) =>
    [...Array(raw.length).keys()].map((i) => `\\u${raw.charCodeAt(i).toString(16).padStart(4, '0')}`).join(''),
  );
}

/**
 * Inline Markdown text: one line, no raw HTML, no links/images/code spans/emphasis/tables.
 * Entities for < > & (no tag can form), backslash escapes for Markdown punctuation
 * (\ ` * _ [ ] ( ) { } # + ! | ~), line breaks folded into spaces.
 */
export function mdInline(text: string): string {
  return revealHiddenChars(text)
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
  return text
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
  // hidden characters revealed first: "\u0000=cmd|…" shows as "<U+0000>=cmd|…", never a formula
  if (typeof value === 'string') s = neutralizeFormula(revealHiddenChars(s)).replace(/\r\n?/g, '\n');
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
