// Cheap pretests for the big alternation regexes run on every line. Most lines contain none of the
// words such a regex looks for, yet irregexp tries every alternative at every position (and with the i and
// u flags each character is case-folded as it goes). `literalGate(re)` derives, from the regex's own source,
// strings one of which every match must contain, and answers `re.test(s)` only where `s` contains one of
// them: the same answer for every input, as the strings are derived rather than written beside the regex.

/** Strings of which every match contains at least one; null where none could be derived. */
type Need = string[] | null;
/**
 * A need that stands for "a character outside ASCII and General Punctuation": a literal of the pattern
 * outside ASCII (but the long s and the Kelvin sign, which fold to ASCII letters) matches only such characters,
 * case-folded or not, so a line of English never runs an alternative written in Cyrillic or Greek.
 */
const WIDE = '\u0000wide';
const WIDE_CHAR = /[^\x00-\x7f\u2000-\u206f]/;
/** (thrown on syntax the reader does not know: no pretest then) */
const UNREAD = new Error('literalGate: unread syntax');

/**
 * Literal characters kept in a needed string. Under the i flag a character is compared with the
 * lower-cased text, so only characters whose case variants all lower-case to one character are kept:
 * ASCII (the long s, which /iu folds to s, turns the pretest off: literalGate), Latin-1 and Latin
 * Extended-A letters (without the long s), and scripts without case (Han, kana, Hangul, Arabic, Hebrew, Thai).
 */
const KEEP_CASELESS = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}]$/u;
function keepChar(c: string): boolean {
  const n = c.codePointAt(0)!;
  if (n >= 0x20 && n < 0x7f) return true;
  if ((n >= 0xc0 && n <= 0xff && n !== 0xd7 && n !== 0xf7) || (n >= 0x100 && n <= 0x17e)) return true;
  return KEEP_CASELESS.test(c);
}

class Reader {
  i = 0;
  constructor(readonly s: string) {}
  /** Skips a character class `[...]` starting at i. */
  skipClass(): void {
    this.i++;
    while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
    this.i++;
  }
  /** Reads a quantifier at i, if any: its least count, else -1 (and skips a lazy `?`). */
  quantifier(): number {
    const c = this.s[this.i];
    let min = -1;
    if (c === '?' || c === '*') { min = 0; this.i++; }
    else if (c === '+') { min = 1; this.i++; }
    else if (c === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(this.s.slice(this.i, this.i + 24));
      if (!m) return -2;
      min = +m[1];
      this.i += m[0].length;
    } else return -1;
    if (this.s[this.i] === '?') this.i++;
    return min;
  }
}

/** The need of a disjunction, read up to `)` or the end. */
function disjunction(r: Reader, lower: boolean): Need {
  const alts: Need[] = [sequence(r, lower)];
  while (r.s[r.i] === '|') {
    r.i++;
    alts.push(sequence(r, lower));
  }
  if (alts.some((a) => a === null)) return null;
  return [...new Set(alts.flat() as string[])];
}

function weight(x: string): number {
  return x === WIDE ? 2.5 : x.trim().length;
}

/** Which of two needs to keep: the one whose shortest string is longer, then the one with fewer strings. */
function better(a: Need, b: Need): Need {
  if (a === null) return b;
  if (b === null) return a;
  const la = Math.min(...a.map(weight));
  const lb = Math.min(...b.map(weight));
  return la !== lb ? (la > lb ? a : b) : a.length <= b.length ? a : b;
}

/** The need of one alternative: its best literal run or mandatory group. */
function sequence(r: Reader, lower: boolean): Need {
  let best: Need = null;
  let run = '';
  const flush = () => {
    if (run) best = better(best, [run]);
    run = '';
  };
  while (r.i < r.s.length && r.s[r.i] !== '|' && r.s[r.i] !== ')') {
    const c = r.s[r.i];
    if (c === '(') {
      flush();
      r.i++;
      let look = false;
      if (r.s[r.i] === '?') {
        const m = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(r.s.slice(r.i, r.i + 40));
        if (!m) throw UNREAD;
        look = m[0] === '?=' || m[0] === '?!' || m[0] === '?<=' || m[0] === '?<!';
        r.i += m[0].length;
      }
      const inner = disjunction(r, lower);
      if (r.s[r.i] !== ')') throw UNREAD;
      r.i++;
      const q = r.quantifier();
      if (q === -2) return null;
      if (!look && (q === -1 || q >= 1)) best = better(best, inner);
      continue;
    }
    if (c === '[') {
      flush();
      r.skipClass();
      if (r.quantifier() === -2) return null;
      continue;
    }
    let ch: string | null = null;
    if (c === '\\') {
      const e = r.s[r.i + 1];
      if (e !== undefined && /[.\\/()[\]{}|*+?^$-]/.test(e)) ch = e;
      // (classes, bounds, back-references and escaped code points: none kept)
      if (e === 'u' && r.s[r.i + 2] === '{') r.i = r.s.indexOf('}', r.i) + 1;
      else if (e === 'u') r.i += 6;
      else if (e === 'x') r.i += 4;
      else if ((e === 'p' || e === 'P') && r.s[r.i + 2] === '{') r.i = r.s.indexOf('}', r.i) + 1;
      else if (e === 'c') r.i += 3;
      else if (e === 'k' && r.s[r.i + 2] === '<') r.i = r.s.indexOf('>', r.i) + 1;
      else if (e !== undefined && e >= '0' && e <= '9') for (r.i += 2; r.s[r.i] >= '0' && r.s[r.i] <= '9'; ) r.i++;
      else r.i += 2;
      if (r.i <= 0) throw UNREAD;
    } else if (c === '.' || c === '^' || c === '$') {
      r.i++;
    } else {
      const cp = r.s.codePointAt(r.i)!;
      ch = String.fromCodePoint(cp);
      r.i += ch.length;
      if (!keepChar(ch)) {
        const wide = cp > 0x7f && cp !== 0x17f && cp !== 0x212a;
        ch = null;
        const q = r.quantifier();
        if (q === -2) return null;
        flush();
        if (wide && q !== 0) best = better(best, [WIDE]);
        continue;
      }
    }
    const q = r.quantifier();
    if (q === -2) return null;
    if (ch === null || q === 0) {
      flush();
      continue;
    }
    run += lower ? ch.toLowerCase() : ch;
    if (q >= 1) flush();
  }
  flush();
  return best;
}

/** The strings one of which every match of `re` contains (lower-cased under the i flag), or null. */
export function neededStrings(re: RegExp): string[] | null {
  if (re.flags.includes('v')) return null;
  const r = new Reader(re.source);
  let need: Need;
  try {
    need = disjunction(r, re.flags.includes('i'));
  } catch (e) {
    if (e === UNREAD) return null;
    throw e;
  }
  if (r.i < r.s.length || !need || need.some((x) => x.length === 0)) return null;
  // (a string that holds another needed string is found wherever that one is)
  return need.filter((x) => !need.some((y) => y !== x && y !== WIDE && x.includes(y)));
}

/** Every regex given a gate (the tests hold each gate to its regex's answers). */
export const GATED: RegExp[] = [];

/** The top-level branches of `re`, each with the strings one of which its matches contain; null if one has none. */
function branches(re: RegExp): { src: string; need: string[] }[] | null {
  // (a back-reference counts the groups of the branches before its own)
  if (re.flags.includes('v') || /\\[1-9]|\\k</.test(re.source)) return null;
  const r = new Reader(re.source);
  const out: { src: string; need: string[] }[] = [];
  try {
    for (;;) {
      const from = r.i;
      const need = sequence(r, re.ignoreCase);
      if (!need || need.some((x) => x.length === 0)) return null;
      out.push({ src: r.s.slice(from, r.i), need: need.filter((x) => !need.some((y) => y !== x && y !== WIDE && x.includes(y))) });
      if (r.s[r.i] !== '|') break;
      r.i++;
    }
  } catch (e) {
    if (e === UNREAD) return null;
    throw e;
  }
  return r.i < r.s.length ? null : out;
}

/**
 * `re.test` (for a regex without the g and y flags), answered without running `re` where the text holds
 * none of the strings every match contains; where it holds some, only the top-level branches that need one
 * of them run, each its own regex under the same flags (a test of a disjunction is a test of each branch).
 */
export function literalGate(re: RegExp): (s: string) => boolean {
  if (re.global || re.sticky) throw new Error('literalGate: a regex without the g and y flags');
  GATED.push(re);
  const parts = branches(re);
  if (!parts) return (s) => re.test(s);
  const alts = parts.length === 1 ? [re] : parts.map((b) => new RegExp(b.src, re.flags));
  // each needed string and the branches that need it
  const byNeed = new Map<string, number[]>();
  parts.forEach((b, i) => {
    for (const x of b.need) {
      const ids = byNeed.get(x);
      if (ids) ids.push(i);
      else byNeed.set(x, [i]);
    }
  });
  // The needed strings indexed by their first two characters: a line is read once, each place looked up, rather
  // than searched once for each of a hundred strings (a gate's strings are many, a line's places few). A string of
  // one character, and WIDE, are looked for as they are.
  const byPair = new Map<number, [string, number[]][]>();
  const loose: [string, number[]][] = [];
  const needs = [...byNeed];
  for (const [x, ids] of needs) {
    if (x === WIDE || x.length < 2) {
      loose.push([x, ids]);
      continue;
    }
    const key = (x.charCodeAt(0) << 16) | x.charCodeAt(1);
    const at = byPair.get(key);
    if (at) at.push([x, ids]);
    else byPair.set(key, [[x, ids]]);
  }
  const tried = new Uint32Array(alts.length);
  let round = 0;
  const fold = re.ignoreCase;
  // (/iu folds the long s "ſ" to s, which lower-casing does not)
  const longS = fold && re.unicode;
  // whether a branch of `ids` not tried yet in this round matches
  const tryBranches = (ids: number[], s: string): boolean => {
    for (const i of ids) {
      if (tried[i] === round) continue;
      tried[i] = round;
      if (alts[i].test(s)) return true;
    }
    return false;
  };
  return (s) => {
    if (longS && s.includes('\u017f')) return re.test(s);
    const t = fold ? lowerCased(s) : s;
    round++;
    // (a line long beside the gate's few strings is searched for each of them)
    if (t.length > needs.length * SEARCH_EACH) {
      for (const [x, ids] of needs) {
        if (x === WIDE ? !WIDE_CHAR.test(s) : !t.includes(x)) continue;
        if (tryBranches(ids, s)) return true;
      }
      return false;
    }
    for (const [x, ids] of loose) {
      if (x === WIDE ? !WIDE_CHAR.test(s) : !t.includes(x)) continue;
      if (tryBranches(ids, s)) return true;
    }
    // (a test of a disjunction is a test of each branch, in any order: the answer is the same)
    for (let k = 0, end = t.length - 1; k < end; k++) {
      const at = byPair.get((t.charCodeAt(k) << 16) | t.charCodeAt(k + 1));
      if (at === undefined) continue;
      for (const [x, ids] of at) if (t.startsWith(x, k) && tryBranches(ids, s)) return true;
    }
    return false;
  };
}

/** How many characters of a line per needed string make a search for each string cheaper than the index. */
const SEARCH_EACH = 4;

/** The last string lower-cased by a gate, and its lower case: the gates of a line are asked of it in turn. */
let lastRaw = '';
let lastLower = '';
function lowerCased(s: string): string {
  if (s !== lastRaw) {
    lastRaw = s;
    lastLower = s.toLowerCase();
  }
  return lastLower;
}
