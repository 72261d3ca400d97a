// Chunked Markdown parsing. micromark (under remark-parse) is superlinear on long documents, so the
// text is cut at block boundaries where every open block is closed anyway (an ATX heading at column
// 0; a blank line followed by a line that cannot continue anything), each piece is parsed on its own
// and the pieces' trees are joined with their positions shifted: the caller sees one tree whose
// offsets index the whole text, the same tree a single parse gives.
//
// Safety: a cut is proposed by a cheap line scan (front matter, fenced code and HTML blocks are
// skipped), then checked against the parse of the piece before it: when that piece ends inside a
// fenced code block or an HTML block that could swallow the next line, the cut is dropped and the
// two pieces are parsed together. Link reference and footnote definitions are document-global: when
// a piece uses a label defined in another piece, it is parsed again with those definitions put in
// front of it (and the nodes they make dropped).
import type { Root, RootContent } from 'mdast';
import { allMatches } from './all-matches';

type Parse = (text: string) => Root;

interface Point {
  line: number;
  column: number;
  offset?: number;
}

interface Piece {
  start: number;
  /** 1-based line of `start` in the whole text */
  line: number;
  end: number;
  /** cut kind at `start`: heading line or blank-line boundary */
  kind: 'start' | 'heading' | 'blank';
}

/**
 * Pieces are about this long (characters). micromark's cost per character already grows between
 * 4 KB and 16 KB pieces (measured: 2,000-finding report, 2-4 KB pieces fastest).
 */
export const CHUNK_TARGET = 3_000;
/** Below this the text is parsed in one go (pieces cost a little more than they save on short texts). */
export const CHUNK_MIN_TEXT = 100_000;

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const HTML_1_5 = /^ {0,3}(?:<(script|pre|style|textarea)(?:[\s>]|$)|<!--|<\?|<![A-Za-z]|<!\[CDATA\[)/i;
const HTML_6_7 = /^ {0,3}<\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$)/;
const ATX = /^#{1,6}(?:[ \t]|$)/;
/** a non-indented line that starts a new block and continues nothing after a blank line */
const FRESH_LINE = /^(?![ \t]|[-*+_=>|~`]|\d{1,9}[.)](?:[ \t]|$)|\[\^|$)/;

function htmlEnd(open: RegExpExecArray): RegExp {
  const tag = open[1];
  if (tag) return new RegExp(`</${tag}>`, 'i');
  const s = open[0].trim();
  if (s.startsWith('<!--')) return /-->/;
  if (s.startsWith('<?')) return /\?>/;
  if (s.startsWith('<![CDATA[')) return /\]\]>/;
  return />/;
}

/** Candidate cuts: offsets of lines where a fresh parse can start, with their kind and line number. */
export function candidateCuts(text: string): { offset: number; line: number; kind: 'heading' | 'blank' }[] {
  const cuts: { offset: number; line: number; kind: 'heading' | 'blank' }[] = [];
  const eol = /\r\n|\r|\n/g;
  let pos = 0;
  let line = 1;
  let fence: { ch: string; len: number } | null = null;
  let html: RegExp | null = null;
  let html67 = false;
  let prevBlank = false;
  let frontMatterEnd: string | null = null;
  if (/^(---|\+\+\+)(?:\r\n|\r|\n)/.test(text)) frontMatterEnd = text.slice(0, 3);
  let first = true;
  while (pos <= text.length) {
    eol.lastIndex = pos;
    const m = eol.exec(text);
    const lineEnd = m ? m.index : text.length;
    const next = m ? m.index + m[0].length : text.length + 1;
    const s = text.slice(pos, Math.min(lineEnd, pos + 400));
    const blank = /^[ \t]*$/.test(s) && lineEnd - pos <= 400;
    if (frontMatterEnd) {
      // YAML / TOML front matter: no cut before its closing fence line
      if (!first && s.replace(/[ \t]+$/, '') === frontMatterEnd) frontMatterEnd = null;
    } else if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(s);
      if (close && close[1][0] === fence.ch && close[1].length >= fence.len) fence = null;
    } else if (html) {
      if (html.test(s)) html = null;
    } else {
      if (pos > 0 && (ATX.test(s) || (prevBlank && !html67 && FRESH_LINE.test(s)))) {
        if (!(html67 && !prevBlank)) cuts.push({ offset: pos, line, kind: ATX.test(s) ? 'heading' : 'blank' });
      }
      const f = FENCE_OPEN.exec(s);
      const h = f ? null : HTML_1_5.exec(s);
      if (f && !(f[1][0] === '`' && f[2].includes('`'))) fence = { ch: f[1][0], len: f[1].length };
      else if (h) {
        const end = htmlEnd(h);
        if (!end.test(s.slice(h[0].length))) html = end;
      } else if (HTML_6_7.test(s)) html67 = true;
      if (blank) html67 = false;
    }
    prevBlank = blank;
    first = false;
    pos = next;
    line++;
  }
  return cuts;
}

function shiftPoint(p: Point | undefined, dLine: number, dOffset: number): void {
  if (!p) return;
  p.line += dLine;
  if (typeof p.offset === 'number') p.offset += dOffset;
}

interface Positioned {
  position?: { start: Point; end: Point };
  children?: Positioned[];
}

function shiftTree(nodes: Positioned[], dLine: number, dOffset: number): void {
  // (mdast-util-from-markdown gives every node its own point objects: nothing is shifted twice)
  const stack: Positioned[] = nodes.slice();
  while (stack.length) {
    const n = stack.pop()!;
    const p = n.position;
    if (p) {
      shiftPoint(p.start, dLine, dOffset);
      shiftPoint(p.end, dLine, dOffset);
    }
    const kids = n.children;
    if (kids) for (let i = 0; i < kids.length; i++) stack.push(kids[i]);
  }
}

/** True when the piece's parse ends inside a block that would swallow the next line. */
function endsOpen(text: string, piece: Piece, root: Root): boolean {
  // the last block, and the last block inside it (lists, quotes, footnotes): any of them may be open
  let node: { children?: unknown[] } | undefined = root;
  for (let depth = 0; node && Array.isArray(node.children) && node.children.length && depth < 1000; depth++) {
    const last = node.children[node.children.length - 1] as RootContent;
    if (last.type === 'paragraph' || last.type === 'heading' || last.type === 'table') return false;
    if (lastOpen(text, piece, last, depth > 0)) return true;
    node = last as { children?: unknown[] };
  }
  return false;
}

function lastOpen(text: string, piece: Piece, last: RootContent, nested: boolean): boolean {
  if (!last.position) return false;
  const a = last.position.start.offset ?? 0;
  const b = last.position.end.offset ?? 0;
  if (last.type === 'code') {
    const srcText = text.slice(piece.start + a, piece.start + b);
    const lines = srcText.split(/\r\n|\r|\n/);
    const open = FENCE_OPEN.exec(lines[0]);
    if (!open) return false; // indented code: a non-indented line closes it
    if (nested) return true; // fenced code in a list or quote: closing lines are hard to judge, never trust
    const close = lines.length > 1 ? /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(lines[lines.length - 1]) : null;
    return !(close && close[1][0] === open[1][0] && close[1].length >= open[1].length);
  }
  if (last.type === 'html') {
    const srcText = text.slice(piece.start + a, piece.start + b);
    if (HTML_1_5.test(srcText)) return true; // types 1-5 run past blank lines: never trust
    // types 6-7 end at a blank line: open when no blank line separates the block from the cut
    const rest = text.slice(piece.start + b, piece.end);
    return !/(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(rest);
  }
  if ((last.type as string) === 'yaml' || (last.type as string) === 'toml') return false;
  return false;
}

interface Def {
  label: string;
  footnote: boolean;
  piece: number;
}

function collectDefs(root: Root, piece: number, out: Def[]): void {
  const stack: { type: string; label?: string | null; children?: unknown[] }[] = [...(root.children as never[])];
  while (stack.length) {
    const n = stack.pop()!;
    if ((n.type === 'definition' || n.type === 'footnoteDefinition') && typeof n.label === 'string')
      out.push({ label: n.label, footnote: n.type === 'footnoteDefinition', piece });
    if (Array.isArray(n.children)) for (const c of n.children) stack.push(c as never);
  }
}

function lineCount(s: string): number {
  return allMatches(s, /\r\n|\r|\n/g).length;
}

/**
 * Parses `text` with `parse`, in pieces when it is long; returns one tree with whole-text positions.
 * `stats` (optional) receives the number of pieces parsed.
 */
export function parseChunked(text: string, parse: Parse, opts: { target?: number; minText?: number; stats?: { pieces: number; reparsed: number } } = {}): Root {
  const target = opts.target ?? CHUNK_TARGET;
  if (text.length < (opts.minText ?? CHUNK_MIN_TEXT)) return parse(text);
  // group candidate cuts into pieces of about `target` characters (prefer headings; blank-line cuts
  // only when a heading-less stretch runs long)
  const cuts = candidateCuts(text);
  const pieces: Piece[] = [];
  let cur: Piece = { start: 0, line: 1, end: text.length, kind: 'start' };
  for (const c of cuts) {
    const len = c.offset - cur.start;
    if ((c.kind === 'heading' && len >= target) || (c.kind === 'blank' && len >= 2 * target)) {
      cur.end = c.offset;
      pieces.push(cur);
      cur = { start: c.offset, line: c.line, end: text.length, kind: c.kind };
    }
  }
  pieces.push(cur);
  if (pieces.length === 1) return parse(text);

  // parse; a piece that ends inside an open fence / HTML block takes the next one in
  const trees: Root[] = [];
  const kept: Piece[] = [];
  let reparsed = 0;
  for (let i = 0; i < pieces.length; i++) {
    const p = { ...pieces[i] };
    let tree = parse(text.slice(p.start, p.end));
    let j = i;
    while (j + 1 < pieces.length && endsOpen(text, p, tree)) {
      // take in the following pieces (doubling, so a long open block costs O(n log n), not O(n²))
      const take = Math.min(pieces.length - 1 - j, Math.max(1, j - i + 1));
      j += take;
      p.end = pieces[j].end;
      tree = parse(text.slice(p.start, p.end));
      reparsed++;
    }
    i = j;
    trees.push(tree);
    kept.push(p);
  }

  // document-global definitions: a piece that may use a label defined elsewhere is parsed again
  const defs: Def[] = [];
  trees.forEach((t, i) => collectDefs(t, i, defs));
  if (defs.length) {
    for (let i = 0; i < kept.length; i++) {
      const foreign = defs.filter((d) => d.piece !== i);
      if (!foreign.length) continue;
      const body = text.slice(kept[i].start, kept[i].end);
      if (!body.includes('[')) continue;
      const seenLabel = new Set<string>();
      let prefix = '';
      for (const d of foreign) {
        const line = d.footnote ? `[^${d.label}]: x` : `[${d.label}]: #`;
        if (seenLabel.has(line) || /[\r\n]/.test(d.label)) continue;
        seenLabel.add(line);
        prefix += line + '\n\n';
      }
      if (!prefix) continue;
      if (i === 0) {
        // the first piece may open with front matter: definitions go after it (its end is a safe cut)
        const t = parse(body + '\n\n' + prefix);
        t.children = t.children.filter((n) => (n.position?.start.offset ?? 0) < body.length);
        trees[i] = t;
      } else {
        // (every definition is followed by a blank line: a footnote would otherwise take the next one in)
        const t = parse(prefix + body);
        const dl = lineCount(prefix);
        t.children = t.children.filter((n) => (n.position?.start.offset ?? 0) >= prefix.length);
        shiftTree(t.children as Positioned[], -dl, -prefix.length);
        trees[i] = t;
      }
      reparsed++;
    }
  }

  const children: RootContent[] = [];
  for (let i = 0; i < kept.length; i++) {
    const p = kept[i];
    if (i > 0) shiftTree(trees[i].children as Positioned[], p.line - 1, p.start);
    for (const c of trees[i].children) children.push(c);
  }
  if (opts.stats) {
    opts.stats.pieces = kept.length;
    opts.stats.reparsed = reparsed;
  }
  // the root spans the whole text: its end is the end of the text
  const lastLineStart = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r')) + 1;
  return {
    type: 'root',
    children,
    position: {
      start: { line: 1, column: 1, offset: 0 },
      end: { line: lineCount(text) + 1, column: text.length - lastLineStart + 1, offset: text.length },
    },
  };
}
