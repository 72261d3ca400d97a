// A spreadsheet pasted as Markdown (Excel's "Copy as Markdown", Google Sheets add-ons, LibreOffice
// exports): the header row is the sheet's column letters and the first column its row numbers.
//
//   |   | A | B | C |
//   |---|---|---|---|
//   | 1 | **Risk ID** | **Risk** | **Band** |
//   | 2 | AR-101 | Export lacks tenant check | Red |
//   | 6 | | | |
//   | 7 | **L** | **Likelihood** | … |
//
// The letters and row numbers say nothing about the findings: the sheet's own header is its first row
// (bold, as Excel's header row is pasted), and a blank row starts another block of the same sheet, with
// a header row of its own. Read that way, the rows are an ordinary table of the report.
import type { Root, RootContent, Table, TableRow } from 'mdast';
import { cellText } from './draft';
import { cellSource } from './sections';

/** "A" … "Z", "AA" …: a column letter, in order (hidden columns leave gaps: "G | K"). */
const colIndex = (v: string): number => (/^[A-Z]{1,2}$/.test(v) ? [...v].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) : -1);

function sheetTable(text: string, t: Table): boolean {
  const rows = t.children;
  if (rows.length < 2) return false;
  const head = rows[0].children.map((c) => cellText(text, c));
  if (head.length < 3 || head[0] !== '') return false;
  let last = 0;
  for (const h of head.slice(1)) {
    const i = colIndex(h);
    if (i <= last) return false;
    last = i;
  }
  return rows.slice(1).every((r) => /^\d{1,7}$/.test(cellText(text, r.children[0] ?? { type: 'tableCell', children: [] })));
}

const boldCell = (text: string, c: TableRow['children'][number]): boolean => {
  const s = cellSource(text, c).trim();
  return /^(\*\*|__)[^*_]+\1$/.test(s);
};

/** the header row a block of a sheet found, with the sheet's letters and the block's last row number */
interface SheetHeader {
  letters: string;
  header: TableRow;
  lastRow: number;
}

/**
 * the blocks of one pasted sheet: each run of rows between blank rows, its bold first row the header
 * ("| 7 | AR-115 | … |" pasted as a table of its own, under the same letters, its row numbers going on from
 * a block above: that block's header names its columns)
 */
function splitSheet(text: string, t: Table, before: SheetHeader | null): { tables: Table[]; header: SheetHeader | null } {
  const number = (r: TableRow) => Number(cellText(text, r.children[0] ?? { type: 'tableCell', children: [] }));
  const letterKey = t.children[0].children.map((c) => cellText(text, c)).join('|');
  const rows = t.children.map((r) => ({ ...r, children: r.children.slice(1) }) as TableRow);
  const letters = rows[0];
  const blocks: { rows: TableRow[]; first: number; last: number }[] = [];
  let cur: TableRow[] = [];
  let first = 0;
  t.children.slice(1).forEach((orig, i) => {
    const r = rows[i + 1];
    if (r.children.every((c) => cellText(text, c) === '')) {
      if (cur.length) blocks.push({ rows: cur, first, last: number(t.children[i]) });
      cur = [];
    } else {
      if (!cur.length) first = number(orig);
      cur.push(r);
    }
  });
  if (cur.length) blocks.push({ rows: cur, first, last: number(t.children[t.children.length - 1]) });
  let known = before && before.letters === letterKey ? before : null;
  const tables = blocks.map((b) => {
    const firstCells = b.rows[0].children.filter((c) => cellText(text, c) !== '');
    const headed = b.rows.length > 1 && firstCells.length >= 2 && firstCells.every((c) => boldCell(text, c));
    if (headed) known = { letters: letterKey, header: b.rows[0], lastRow: b.last };
    const carried = !headed && known && b.first > known.lastRow ? known.header : null;
    if (known) known = { ...known, lastRow: Math.max(known.lastRow, b.last) };
    const kids = headed ? b.rows : [carried ?? letters, ...b.rows];
    return { ...t, align: t.align?.slice(1), children: kids, position: { start: b.rows[0].position!.start, end: b.rows[b.rows.length - 1].position!.end } };
  });
  return { tables, header: known };
}

/** Rewrites pasted sheets among the document's top-level blocks into the tables they hold. */
export function spreadsheetTables(text: string, root: Root): void {
  if (!root.children.some((n) => n.type === 'table' && sheetTable(text, n))) return;
  const kids: RootContent[] = [];
  let header: SheetHeader | null = null;
  for (const n of root.children) {
    if (n.type === 'table' && sheetTable(text, n)) {
      const sheet = splitSheet(text, n, header);
      kids.push(...sheet.tables);
      header = sheet.header;
    } else kids.push(n);
  }
  root.children = kids;
}
