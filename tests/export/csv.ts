// An RFC 4180 reader for the tests of CSV exports (quoted fields with commas, "" escapes and line
// breaks), strict by default: records end with CRLF, as the export writes them, and the text must
// end with one. The options loosen it for files other programs wrote (LibreOffice's round trip).

export interface ReadCsvOptions {
  /** what ends a record outside quotes: CRLF only (default), CRLF or LF, or CRLF, LF or a lone CR */
  newlines?: 'crlf' | 'crlf-lf' | 'any';
  /** a last record without a line break: an error (default), or kept */
  lastRecord?: 'must-end' | 'keep';
  /** drop a leading byte order mark first */
  stripBom?: boolean;
}

/** the length of the record end at `text[i]` (0: none there) */
function recordEnd(text: string, i: number, newlines: NonNullable<ReadCsvOptions['newlines']>): number {
  const c = text[i];
  if (c === '\r' && text[i + 1] === '\n') return 2;
  if (c === '\n') return newlines === 'crlf' ? 0 : 1;
  if (c === '\r') return newlines === 'any' ? 1 : 0;
  return 0;
}

export function readCsv(input: string, { newlines = 'crlf', lastRecord = 'must-end', stripBom = false }: ReadCsvOptions = {}): string[][] {
  const text = stripBom ? input.replace(/^\uFEFF/, '') : input;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else {
      const end = recordEnd(text, i, newlines);
      if (!end) {
        cell += c;
        continue;
      }
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += end - 1;
    }
  }
  if (cell !== '' || row.length > 0) {
    if (lastRecord === 'must-end') throw new Error(`CSV does not end with a record end (${newlines})`);
    row.push(cell);
    rows.push(row);
  }
  return rows;
}
