// Word boundaries that V8 matches fast. Under the flags `iu` V8 compiles every `\b` into a two-sided
// lookaround over a case-folded word class, tried at every position of every alternative: a long
// alternation of words in `\b…\b` (the titles and statements of every language) costs ten times as much
// as without them. Where the pattern's own character beside the `\b` is sure to be a word character (an
// ASCII letter, digit or `_`), the boundary only has to look at the other side:
//   `\bword` is `(?<!\w)word`, and `word\b` is `word(?!\w)`
// (`\w` under `iu` is the same set of word characters `\b` tests, U+017F and U+212A included). Every other
// `\b` is kept. The rewritten expression matches exactly what the original matches.

/** one element of a pattern: a character, an escape, a class, an assertion or a group, with its quantifier */
interface Item {
  kind: 'word' | 'other' | 'bound' | 'group' | 'assert';
  /** offset of the item in the source (for `bound`: of its backslash) */
  at: number;
  /** the group's alternatives (groups only: lookarounds are `assert`) */
  alts?: Item[][];
  /** the fewest times the item matches (0 after `?`, `*`, `{0,…}`) */
  min: number;
}

const WORD_CHAR = /[A-Za-z0-9_]/;
/** a bracket class of word characters only: "[A-Z0-9]", "[a-f]", "[\\d_]" */
const WORD_CLASS = /^\[(?:[a-z](?:-[a-z])?|[A-Z](?:-[A-Z])?|[0-9](?:-[0-9])?|_|\\[dw])+\]$/;

/** Parses `src` from `pos` up to the `)` closing the group (or the end): its alternatives and where it stopped. */
function parseAlts(src: string, pos: number): { alts: Item[][]; end: number } {
  const alts: Item[][] = [[]];
  let i = pos;
  while (i < src.length) {
    const c = src[i];
    const seq = alts[alts.length - 1];
    if (c === ')') return { alts, end: i };
    if (c === '|') {
      alts.push([]);
      i++;
      continue;
    }
    let item: Item;
    if (c === '\\') {
      const e = src[i + 1];
      if (e === 'b') item = { kind: 'bound', at: i, min: 1 };
      else if (e === 'B') item = { kind: 'assert', at: i, min: 1 };
      else item = { kind: e === 'd' || e === 'w' ? 'word' : 'other', at: i, min: 1 };
      i += 2;
      // (the braces or hex digits of \p{…}, \u{…}, \uXXXX, \xXX, \k<…> belong to the escape)
      if ((e === 'p' || e === 'P' || e === 'u') && src[i] === '{') i = src.indexOf('}', i) + 1;
      else if (e === 'u') i += 4;
      else if (e === 'x') i += 2;
      else if (e === 'k' && src[i] === '<') i = src.indexOf('>', i) + 1;
      else if (e === 'c') i += 1;
    } else if (c === '[') {
      let j = i + 1;
      if (src[j] === '^') j++;
      if (src[j] === ']') j++;
      while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
      item = { kind: WORD_CLASS.test(src.slice(i, j + 1)) ? 'word' : 'other', at: i, min: 1 };
      i = j + 1;
    } else if (c === '(') {
      const look = /^\(\?<?[=!]/.exec(src.slice(i, i + 4));
      const open = look ? i + look[0].length : src.startsWith('(?:', i) ? i + 3 : src.startsWith('(?<', i) ? src.indexOf('>', i) + 1 : i + 1;
      const inner = parseAlts(src, open);
      item = look ? { kind: 'assert', at: i, alts: inner.alts, min: 1 } : { kind: 'group', at: i, alts: inner.alts, min: 1 };
      i = inner.end + 1;
    } else if (c === '^' || c === '$') {
      item = { kind: 'assert', at: i, min: 1 };
      i++;
    } else {
      item = { kind: WORD_CHAR.test(c) ? 'word' : 'other', at: i, min: 1 };
      i++;
    }
    // the quantifier, if any (and its lazy mark)
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/.exec(src.slice(i, i + 12));
    if (q) {
      if (q[0][0] === '?' || q[0][0] === '*' || (q[1] !== undefined && Number(q[1]) === 0)) item.min = 0;
      i += q[0].length;
    }
    seq.push(item);
  }
  return { alts, end: i };
}

/** The character at this end of `seq` (from `k` on, stepping by `dir`) is sure to be a word character. */
function wordAtEdge(seq: Item[], k: number, dir: 1 | -1): boolean {
  for (; k >= 0 && k < seq.length; k += dir) {
    const it = seq[k];
    const sure = it.kind === 'word' || (it.kind === 'group' && it.alts!.every((alt) => alt.length > 0 && wordAtEdge(alt, dir === 1 ? 0 : alt.length - 1, dir)));
    if (!sure) return false;
    // (an optional item may be skipped: the character is then the next item's)
    if (it.min > 0) return true;
  }
  return false;
}

function collectRewrites(alts: Item[][], out: [number, string][]): void {
  for (const seq of alts) {
    seq.forEach((it, k) => {
      if (it.alts) collectRewrites(it.alts, out);
      if (it.kind !== 'bound') return;
      if (wordAtEdge(seq, k + 1, 1)) out.push([it.at, '(?<!\\w)']);
      else if (wordAtEdge(seq, k - 1, -1)) out.push([it.at, '(?!\\w)']);
    });
  }
}

/** `re` with each `\b` beside a sure word character written as a one-sided lookaround (only under `iu`). */
export function oneSidedBounds(re: RegExp): RegExp {
  if (!re.flags.includes('i') || !re.flags.includes('u')) return re;
  const src = re.source;
  const rewrites: [number, string][] = [];
  collectRewrites(parseAlts(src, 0).alts, rewrites);
  let out = '';
  let from = 0;
  for (const [at, with_] of rewrites.sort((a, b) => a[0] - b[0])) {
    out += src.slice(from, at) + with_;
    from = at + 2;
  }
  return new RegExp(out + src.slice(from), re.flags);
}
