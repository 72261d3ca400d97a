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

/** the blocks of one pasted sheet: each run of rows between blank rows, its bold first row the header */
function splitSheet(text: string, t: Table): Table[] {
  const rows = t.children.map((r) => ({ ...r, children: r.children.slice(1) }) as TableRow);
  const letters = rows[0];
  const blocks: TableRow[][] = [];
  let cur: TableRow[] = [];
  for (const r of rows.slice(1)) {
    if (r.children.every((c) => cellText(text, c) === '')) {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(r);
  }
  if (cur.length) blocks.push(cur);
  return blocks.map((b) => {
    const first = b[0].children.filter((c) => cellText(text, c) !== '');
    const headed = b.length > 1 && first.length >= 2 && first.every((c) => boldCell(text, c));
    const kids = headed ? b : [letters, ...b];
    return { ...t, align: t.align?.slice(1), children: kids, position: { start: b[0].position!.start, end: b[b.length - 1].position!.end } };
  });
}

/** Rewrites pasted sheets among the document's top-level blocks into the tables they hold. */
export function spreadsheetTables(text: string, root: Root): void {
  if (!root.children.some((n) => n.type === 'table' && sheetTable(text, n))) return;
  const kids: RootContent[] = [];
  for (const n of root.children) {
    if (n.type === 'table' && sheetTable(text, n)) kids.push(...splitSheet(text, n));
    else kids.push(n);
  }
  root.children = kids;
}
