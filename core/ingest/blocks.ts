// The blocks of a Markdown report's text, by lines: headings, list items, table rows, paragraphs
// (and "other": code, table headers, rules), each with its line range, the section heading it sits
// under and the record set it belongs to (the list or table it is part of). What the import review
// shows and selects, and what rules (core/ingest/rules.ts) name. A light line scanner, not a second
// Markdown parse: the extractor has parsed the text already, and the review needs only block bounds.
import type { BlockKind } from '../../shared/rules';
import { withoutVersions } from '../../shared/report-family';
import type { Location, ParsedFinding } from '../../shared/types';

export interface Block {
  index: number;
  kind: BlockKind | 'other';
  /** 1-based, inclusive */
  startLine: number;
  endLine: number;
  text: string;
  /** the heading it sits under, normalized ('' before the first heading); for a heading, its parent */
  heading: string;
  /** headings: 1..6 */
  depth: number | null;
  /** the list or table (or headings of one level under one parent) it belongs to, e.g. "item@12" */
  set: string | null;
  /** table rows: the table's header and separator lines, to render a row on its own */
  tableHead: string | null;
  /** its first line, normalized: what rules match it by */
  key: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])([ \t]+|$)/;
const TABLE_SEP = /^\s*\|?\s*:?-{1,}:?\s*(?:\|\s*:?-{1,}:?\s*)*\|?\s*$/;
const THEMATIC = /^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;

/** Markdown inline text as plain words (marks, links, code ticks, list markers dropped) */
export function plainLine(line: string): string {
  return line
    .replace(ITEM, '')
    .replace(/^\s*\|/, '')
    .replace(/\|\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** the key a rule names a block by: its first line without numbers, dates or punctuation */
export function blockKey(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  return withoutVersions(plainLine(first)).slice(0, 160);
}

const isBlank = (l: string | undefined) => l === undefined || l.trim() === '';
const startsTable = (lines: string[], i: number) => lines[i].includes('|') && i + 1 < lines.length && lines[i + 1].includes('-') && TABLE_SEP.test(lines[i + 1]) && /\|/.test(lines[i + 1]);
const interrupts = (lines: string[], i: number) =>
  FENCE.test(lines[i]) || ATX.test(lines[i]) || ITEM.test(lines[i]) || THEMATIC.test(lines[i]) || startsTable(lines, i);

/** The blocks of `text` (LF line endings), in order. */
export function splitBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  /** headings above the current line: [depth, normalized text, line] */
  const stack: Array<[number, string, number]> = [];
  const under = () => (stack.length ? stack[stack.length - 1][1] : '');
  let listSet: string | null = null;
  const push = (kind: Block['kind'], start: number, end: number, extra: Partial<Block> = {}) => {
    const body = lines.slice(start, end + 1).join('\n');
    blocks.push({ index: blocks.length, kind, startLine: start + 1, endLine: end + 1, text: body, heading: under(), depth: null, set: null, tableHead: null, key: blockKey(body), ...extra });
  };
  const heading = (start: number, end: number, depth: number, title: string) => {
    while (stack.length && stack[stack.length - 1][0] >= depth) stack.pop();
    const parentLine = stack.length ? stack[stack.length - 1][2] : 0;
    push('heading', start, end, { depth, set: `heading@${parentLine}:${depth}` });
    stack.push([depth, withoutVersions(plainLine(title)), start + 1]);
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      let j = i + 1;
      while (j < lines.length && !(lines[j].trim().startsWith(fence[1][0].repeat(fence[1].length)) && lines[j].trim().replace(/[`~]/g, '') === '')) j++;
      push('other', i, Math.min(j, lines.length - 1));
      listSet = null;
      i = j + 1;
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      heading(i, i, atx[1].length, atx[2] ?? '');
      listSet = null;
      i++;
      continue;
    }
    if (THEMATIC.test(line)) {
      push('other', i, i);
      listSet = null;
      i++;
      continue;
    }
    if (startsTable(lines, i)) {
      const head = `${lines[i]}\n${lines[i + 1]}`;
      push('other', i, i + 1);
      const set = `row@${i + 1}`;
      let j = i + 2;
      while (j < lines.length && !isBlank(lines[j]) && lines[j].includes('|')) {
        push('row', j, j, { set, tableHead: head });
        j++;
      }
      listSet = null;
      i = j;
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      const indent = item[1].length + item[2].length + item[3].length;
      let j = i + 1;
      // continuation: indented lines, lazy paragraph lines, blank lines followed by indented lines
      while (j < lines.length) {
        const l = lines[j];
        if (isBlank(l)) {
          let k = j;
          while (k < lines.length && isBlank(lines[k])) k++;
          if (k < lines.length && /^\s*/.exec(lines[k])![0].length >= Math.min(indent, 4) && !ITEM.test(lines[k])) {
            j = k;
            continue;
          }
          if (k < lines.length && /^\s*/.exec(lines[k])![0].length >= Math.min(indent, 2) && ITEM.test(lines[k]) && /^\s*/.exec(lines[k])![0].length > item[1].length) {
            j = k;
            continue;
          }
          break;
        }
        const lead = /^\s*/.exec(l)![0].length;
        if (lead > item[1].length && (lead >= 2 || !ITEM.test(l))) {
          j++;
          continue;
        }
        if (interrupts(lines, j)) break;
        j++;
      }
      let end = j - 1;
      while (end > i && isBlank(lines[end])) end--;
      listSet ??= `item@${i + 1}`;
      push('item', i, end, { set: listSet });
      i = j;
      // a list goes on across blank lines while items follow
      let k = i;
      while (k < lines.length && isBlank(lines[k])) k++;
      if (!(k < lines.length && ITEM.test(lines[k]))) listSet = null;
      continue;
    }
    listSet = null;
    // paragraph (or setext heading)
    let j = i + 1;
    while (j < lines.length && !isBlank(lines[j]) && !interrupts(lines, j) && !SETEXT.test(lines[j])) j++;
    if (j < lines.length && SETEXT.test(lines[j]) && !isBlank(lines[j - 1])) {
      const depth = lines[j].trim().startsWith('=') ? 1 : 2;
      heading(i, j, depth, lines.slice(i, j).join(' '));
      i = j + 1;
      continue;
    }
    push('paragraph', i, j - 1);
    i = j;
  }
  return blocks;
}

/** the block a line belongs to (a finding's or candidate's first line) */
export function blockAt(blocks: readonly Block[], line: number): Block | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (line < b.startLine) hi = mid - 1;
    else if (line > b.endLine) lo = mid + 1;
    else return b;
  }
  return null;
}

const LOCATION = /`?((?:[\w.-]+\/)*[\w-]+\.(?:tsx?|jsx?|mjs|cjs|py|go|java|kt|rb|php|cs|c|cc|cpp|h|rs|swift|sql|html?|xml|ya?ml|json|toml|ini|conf|cfg|env|sh|log|md|tf|gradle|properties))(?::(\d+))?`?/;
/** "Red — text", "**Sev-1:** text", "[Blocker] text": a short leading word the report rates with */
const LEAD_WORD = /^(?:\[([^\]\n]{1,24})\]|\(([^)\n]{1,24})\)|((?:\p{L}|\p{N}|\p{Extended_Pictographic})[\p{L}\p{N}\p{Extended_Pictographic}-]{0,15}(?: [\p{L}\p{N}-]{1,12})?))\s*(?:[—–:|-]\s+|\s+(?=\S))/u;

/** "path" or "path:line" -> Location */
export function locationOf(text: string): Location | null {
  const m = LOCATION.exec(text);
  if (!m) return null;
  return { path: m[1], startLine: m[2] ? Number(m[2]) : null };
}

/** What a block says as a finding when the extractor did not take it: title, the report's rating word, body, location. */
export function findingFromBlock(b: Block): ParsedFinding {
  const first = plainLine(b.text.split('\n')[0]);
  let title = first;
  let severityText: string | null = null;
  const cells = b.kind === 'row' ? first.split('|').map((c) => c.trim()).filter(Boolean) : null;
  if (cells && cells.length > 1) {
    title = cells.reduce((a, c) => (c.length > a.length ? c : a), '');
    severityText = cells.find((c) => c !== title && c.length <= 16 && /\p{L}|\p{Extended_Pictographic}/u.test(c)) ?? null;
  } else {
    const lead = LEAD_WORD.exec(first);
    // only a word set off by a dash or colon, or bracketed: "Red — text", "[P1] text"
    if (lead && (lead[1] || lead[2] || /[—–:|-]\s+$/.test(lead[0]))) {
      severityText = (lead[1] ?? lead[2] ?? lead[3]).trim();
      title = first.slice(lead[0].length).trim() || first;
    }
  }
  const body = b.kind === 'item' ? b.text.replace(ITEM, '').replace(/\n {2,4}/g, '\n') : b.text;
  const loc = locationOf(b.text);
  return {
    ref: null,
    title: title.slice(0, 300),
    severity: null,
    severityText,
    status: 'open',
    phase: null,
    category: null,
    locations: loc ? [loc] : [],
    blocksDeployment: null,
    dependsOn: [],
    effort: null,
    body,
    source: { kind: b.kind === 'other' ? 'paragraph' : b.kind, startLine: b.startLine, endLine: b.endLine, set: b.set, reasons: ['rule'] },
    confidence: 1,
  };
}
