// Characters that make text display differently from what it holds ("Trojan Source",
// CVE-2021-42574): bidirectional controls reorder what follows them (a title holding U+202E shows
// reversed; the location `src/<U+202E>txt.exe` displays as `src/exe.txt`), and invisible ones hide
// text or split words. Wherever report text is shown -- cards, the detail panel, the plan, the
// exports -- each such character is shown as a visible escape `<U+202E>` with a marker, the way code
// hosts flag hidden Unicode, instead of being obeyed or silently dropped. Pure: the renderer runs it too.

const NAMES: Record<number, string> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
};

/**
 * One hidden character (a whole code point): bidi controls, zero-width and other invisible format
 * characters, Unicode tags, Hangul fillers, and control characters other than tab, LF and CR.
 * U+200D between two emoji (👩‍💻) and U+FE0F are how emoji are spelled, so they are left alone.
 */
// (the classes list joiners and selectors one by one on purpose: that is what they look for)
/** the hidden characters, as a class: what hiddenAt finds one code unit at a time (a test holds the two together) */
// eslint-disable-next-line no-misleading-character-class
export const HIDDEN_CLASS = /^[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u206f\u3164\ufeff\uffa0\ufff9-\ufffb\u{e0000}-\u{e007f}]$/u;
// eslint-disable-next-line no-misleading-character-class
const EMOJI_BEFORE = /[\p{Extended_Pictographic}\u{1f3fb}-\u{1f3ff}\ufe0f]$/u;
const EMOJI_AFTER = /^\p{Extended_Pictographic}/u;

export interface HiddenChar {
  codePoint: number;
  /** "U+202E" */
  label: string;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" (the Unicode name for the common ones) */
  description: string;
}
export type TextPiece = string | HiddenChar;

function hiddenChar(c: string): HiddenChar {
  const codePoint = c.codePointAt(0)!;
  const label = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  return { codePoint, label, description: NAMES[codePoint] ? `${label} ${NAMES[codePoint]}` : label };
}

/**
 * How many UTF-16 code units of a hidden character (HIDDEN_CLASS) start at `i`: 0 when none does. A loop
 * over the code units, not the expression: exports run this over a whole document of tens of MB, and
 * a scan that size must not be an expression where ingest has turned on V8's regexp fallback (its
 * memory grows with the subject: core/ingest/index.ts).
 */
export function hiddenAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x20) return c === 9 || c === 10 || c === 13 ? 0 : 1;
  if (c < 0x7f) return 0;
  if (c <= 0x9f || c === 0xad || c === 0x34f || c === 0x61c || c === 0x115f || c === 0x1160 || c === 0x17b4 || c === 0x17b5 || c === 0x180e) return 1;
  if ((c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || c === 0x2028 || c === 0x2029) return 1;
  if ((c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f) || c === 0x3164 || c === 0xfeff || c === 0xffa0 || (c >= 0xfff9 && c <= 0xfffb)) return 1;
  // the tag characters U+E0000–U+E007F: a surrogate pair
  if (c === 0xdb40) {
    const d = text.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdc7f ? 2 : 0;
  }
  return 0;
}

/** where the first hidden character in `text` is, from `from`: -1 when there is none */
function nextHidden(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (hiddenAt(text, i)) return i;
  return -1;
}

/** `text` as plain runs and the hidden characters between them (an empty array for ''). */
export function hiddenCharPieces(text: string): TextPiece[] {
  let at = nextHidden(text, 0);
  if (at < 0) return text ? [text] : [];
  const out: TextPiece[] = [];
  let last = 0;
  for (; at >= 0; at = nextHidden(text, at + 1)) {
    const raw = text.slice(at, at + hiddenAt(text, at));
    // a zero-width joiner inside an emoji sequence (👩‍💻) is how the emoji is written, not hidden text
    if (raw === '\u200d' && EMOJI_BEFORE.test(text.slice(Math.max(0, at - 2), at)) && EMOJI_AFTER.test(text.slice(at + 1, at + 3))) continue;
    if (at > last) out.push(text.slice(last, at));
    out.push(hiddenChar(raw));
    last = at + raw.length;
  }
  if (last < text.length) out.push(text.slice(last));
  return out;
}

export function hasHiddenChars(text: string | null | undefined): boolean {
  return !!text && hiddenCharPieces(text).some((p) => typeof p !== 'string');
}

/** `text` with each hidden character replaced by what `by` makes of it (`raw`: the character itself). */
export function replaceHiddenChars(text: string, by: (c: HiddenChar, raw: string) => string): string {
  const pieces = hiddenCharPieces(text);
  // (no hidden character: the text itself, scanned once)
  if (pieces.every((p) => typeof p === 'string')) return text;
  return pieces.map((p) => (typeof p === 'string' ? p : by(p, String.fromCodePoint(p.codePoint)))).join('');
}

/** Plain text with each hidden character written as `<U+XXXX>` (for exports and text attributes). */
export function revealHiddenChars(text: string): string {
  return replaceHiddenChars(text, (c) => `<${c.label}>`);
}

/** What the marker beside such text says. */
export const HIDDEN_CHARS_NOTE = 'Holds invisible or bidirectional characters (shown as <U+…>): the text may not read as it displays elsewhere.';
