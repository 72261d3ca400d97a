// Full-text search on PostgreSQL: the twin of db/fts.ts (SQLite FTS5). Same table name and join
// column (`findings_fts.rowid` = findings.id), so the board's query is the same Kysely code on both
// engines; only the match differs (`doc @@ tsquery` instead of `findings_fts MATCH`).
//
// The words are cut here, not by PostgreSQL's parser: its parser keeps file paths, URLs, e-mail
// addresses and hyphenated words whole ("src/db/query.ts" is one lexeme), where FTS5's unicode61
// tokenizer (remove_diacritics 2) splits at everything that is not a letter or digit. Cutting the
// same way in both engines gives the same findings for the same search. The lexemes go in as they
// are (array_to_tsvector) and queries are ANDed prefix terms ('con':*), answered by a GIN index.
import { sql, type Expression, type SqlBool } from 'kysely';
import { findingBodySql } from '../finding-body';
import { locationPathSql } from '../location-path';
import type { PostgresRunner } from './runner';

/** what FTS5's unicode61 tokenizer (categories "L* N* Co") keeps as token characters */
const WORD = /[\p{L}\p{N}\p{Co}]+/gu;
/** a lexeme longer than this is not indexed (PostgreSQL refuses lexemes over 2 kB) */
const MAX_LEXEME = 500;

/** a token as FTS5 folds it: lower case, diacritics removed */
export function foldToken(t: string): string {
  return t.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC').toLowerCase();
}

/** plain ASCII text: its tokens are its runs of letters and digits, folded by lower-casing alone */
const ASCII = /^[\x00-\x7f]*$/;
const ASCII_WORD = /[a-z0-9]+/g;

/** the distinct lexemes of the texts (the same whichever text holds a word) */
function lexemeSet(texts: ReadonlyArray<string | null>): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    if (ASCII.test(text)) {
      // the common case, about 5 times cheaper: no Unicode normalization per token
      for (const t of text.toLowerCase().match(ASCII_WORD) ?? []) if (t.length <= MAX_LEXEME) out.add(t);
      continue;
    }
    for (const m of text.matchAll(WORD)) {
      const t = foldToken(m[0]);
      if (t && t.length <= MAX_LEXEME) out.add(t);
    }
  }
  return out;
}

/** the distinct lexemes of a text, space-separated (none contains a space) */
export function lexemes(...texts: ReadonlyArray<string | null>): string {
  return [...lexemeSet(texts)].join(' ');
}

/**
 * the distinct lexemes of the texts (and the mark of rule text `ruleTextId`) as a tsvector's text
 * form: space-separated, unquoted (a lexeme holds letters and digits, a mark '#' and digits: nothing
 * its input reads otherwise), in no order (the server sorts them: by binary COPY,
 * tsvectorCopyBinary, that costs it less than sorting them here costs this thread)
 */
export function tsvectorText(texts: ReadonlyArray<string | null>, ruleTextId?: number | null): string {
  const words = lexemeSet(texts);
  if (ruleTextId !== null && ruleTextId !== undefined) words.add(ruleMark(ruleTextId));
  return [...words].join(' ');
}

const NO_WORDS: readonly string[] = [];
/** distinct texts whose lexemes a document maker keeps (then it starts over) */
const MEMO_TEXTS = 50_000;

/**
 * tsvectorText of a finding's values ([title, body, paths, ref, rule id] and its rule text's mark),
 * for the many findings of a bulk ingest: the lexemes of the values that repeat from finding to
 * finding (all but the body: a rule's title, a file's path) are cut once per distinct text.
 */
export function documentMaker(): (values: readonly [string | null, string | null, string | null, string | null, string | null], ruleTextId: number | null) => string {
  const memo = new Map<string, readonly string[]>();
  const cut = (text: string | null): readonly string[] => {
    if (!text) return NO_WORDS;
    let words = memo.get(text);
    if (!words) {
      if (memo.size >= MEMO_TEXTS) memo.clear();
      words = [...lexemeSet([text])];
      memo.set(text, words);
    }
    return words;
  };
  return ([title, body, paths, ref, ruleId], ruleTextId) => {
    const words = lexemeSet([body]);
    for (const text of [title, paths, ref, ruleId]) for (const w of cut(text)) words.add(w);
    if (ruleTextId !== null) words.add(ruleMark(ruleTextId));
    return [...words].join(' ');
  };
}

/** a binary COPY's signature, flags and header extension length (PostgreSQL's "COPY" page) */
const BINARY_HEADER = Buffer.from('PGCOPY\n\xff\r\n\0\0\0\0\0\0\0\0\0', 'latin1');

/**
 * `rows` rows of findings_fts (rowid integer, doc tsvector: FTS_DOC_COLUMNS), the documents in
 * tsvectorText's form, as the data of a binary COPY. The server then takes each lexeme as it is
 * (tsvector's binary input: a count, then each lexeme NUL-terminated with its number of positions,
 * none) instead of parsing the text: the COPY of a 200,000-result log's documents alone, in psql,
 * 5.5-7.0 s as text, 1.7-1.8 s in this form (machine under load).
 */
export function tsvectorCopyBinary(values: readonly unknown[], rows: number): Uint8Array {
  // UTF-8 takes at most 3 bytes per UTF-16 unit; a space becomes 3 bytes; a row's framing 21 bytes
  let cap = BINARY_HEADER.length + 2;
  for (let r = 0; r < rows; r++) cap += 21 + 3 * (values[2 * r + 1] as string).length;
  const buf = Buffer.allocUnsafeSlow(cap);
  BINARY_HEADER.copy(buf, 0);
  let o = BINARY_HEADER.length;
  for (let r = 0; r < rows; r++) {
    const doc = values[2 * r + 1] as string;
    o = buf.writeInt16BE(2, o); // fields
    o = buf.writeInt32BE(4, o);
    o = buf.writeInt32BE(values[2 * r] as number, o);
    const at = o;
    o += 4; // the document's length, written below
    if (!doc) o = buf.writeInt32BE(0, o);
    else {
      // a b c -> a\0\0\0b\0\0\0c\0\0\0 (each lexeme's terminator and its count of positions, 0)
      const body = doc.replaceAll(' ', '\0\0\0');
      o = buf.writeInt32BE((body.length - doc.length) / 2 + 1, o);
      o += buf.write(body, o, 'utf8');
      buf[o++] = 0;
      buf[o++] = 0;
      buf[o++] = 0;
    }
    buf.writeInt32BE(o - at - 4, at);
  }
  o = buf.writeInt16BE(-1, o);
  return buf.subarray(0, o);
}

/**
 * The lexeme that stands in a finding's document for the words of rule text `id` (indexed once, in
 * rule_texts_fts): '#' is never in a search term (terms hold letters and digits only), so no
 * search matches a mark itself; pgFtsMatch adds the marks of the rule texts that hold a term.
 */
export const ruleMark = (id: number): string => `#${id}`;

/** schema step 15: each rule text's lexemes, once (see ruleMark) */
export function pgRuleTextFtsSchema(): string[] {
  return [`CREATE TABLE rule_texts_fts (id integer PRIMARY KEY REFERENCES rule_texts(id) ON DELETE CASCADE, doc tsvector NOT NULL)`];
}

/** Indexes rule text `id` (a new row of rule_texts) once: the documents of findings showing it hold its mark. */
export function pgFtsIndexRuleText(runner: PostgresRunner, id: number, text: string): void {
  runner.exec([
    {
      text: `INSERT INTO rule_texts_fts (id, doc) VALUES ($1, array_to_tsvector(string_to_array($2, ' '))) ON CONFLICT (id) DO NOTHING`,
      values: [id, lexemes(text)],
    },
  ]);
}

/** schema: the table and its GIN index (migration 2 on PostgreSQL; 4 and 7 change nothing here) */
export function pgFtsSchema(): string[] {
  return [
    `CREATE TABLE findings_fts (rowid integer PRIMARY KEY REFERENCES findings(id) ON DELETE CASCADE, doc tsvector NOT NULL)`,
    `CREATE INDEX findings_fts_doc ON findings_fts USING gin (doc)`,
  ];
}

const STEP = 5_000;

/** each finding's indexed values, its body as shown (db/finding-body.ts) */
/** (a rule text indexed in rule_texts_fts stands in the document as its mark, its words not repeated) */
const SOURCE = `SELECT f.id, f.title, CASE WHEN x.id IS NULL THEN ${findingBodySql('f', 'chr(10) || chr(10)')} ELSE f.body END AS body, x.id AS mark, f.ref, f.rule_id,
       (SELECT string_agg(${locationPathSql('l')}, ' ' ORDER BY l.ordinal) FROM locations l WHERE l.finding_id = f.id) AS paths
  FROM findings f LEFT JOIN rule_texts_fts x ON x.id = f.rule_text_id`;

interface SourceRow {
  id: number;
  title: string;
  body: string;
  mark: number | null;
  ref: string | null;
  rule_id: string | null;
  paths: string | null;
}

function write(runner: PostgresRunner, rows: readonly SourceRow[]): number {
  if (!rows.length) return 0;
  const ids = rows.map((r) => r.id);
  const docs = rows.map((r) => [lexemes(r.title, r.body, r.paths, r.ref, r.rule_id), r.mark === null ? '' : ruleMark(r.mark)].filter(Boolean).join(' '));
  runner.exec([
    {
      text: `INSERT INTO findings_fts (rowid, doc)
             SELECT id, array_to_tsvector(string_to_array(words, ' ')) FROM unnest($1::integer[], $2::text[]) AS t(id, words)
             ON CONFLICT (rowid) DO UPDATE SET doc = excluded.doc`,
      values: [ids, docs],
    },
  ]);
  return rows.length;
}

/**
 * Indexes the findings of a report just stored (none of them indexed yet): their documents go in by
 * COPY. (A big SARIF log's documents are made while its rows are stored instead: FTS_DOC_ROW.)
 */
export function pgFtsIndexReport(runner: PostgresRunner, reportId: number, between?: (done: number, total: number) => void): void {
  const [span] = runner.exec([{ text: 'SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM findings WHERE report_id = $1', values: [reportId] }]);
  const { lo, hi, n } = span.rows[0] as { lo: number | null; hi: number | null; n: number };
  if (lo === null || hi === null) return;
  let done = 0;
  const values: unknown[] = [];
  for (let from = lo; from <= hi; from += STEP) {
    between?.(done, n);
    const [got] = runner.exec([{ text: `${SOURCE} WHERE f.report_id = $1 AND f.id >= $2 AND f.id < $3`, values: [reportId, from, from + STEP] }]);
    const rows = got.rows as unknown as SourceRow[];
    values.length = 0;
    for (const r of rows) values.push(r.id, tsvectorText([r.title, r.body, r.paths, r.ref, r.rule_id], r.mark));
    runner.copyRows('findings_fts', ['rowid', 'doc'], values, rows.length);
    done += rows.length;
  }
}

export function pgFtsIndexFindings(runner: PostgresRunner, ids: readonly number[]): void {
  for (let i = 0; i < ids.length; i += STEP) {
    const [got] = runner.exec([{ text: `${SOURCE} WHERE f.id = ANY($1::integer[])`, values: [ids.slice(i, i + STEP)] }]);
    write(runner, got.rows as unknown as SourceRow[]);
  }
}

export function pgFtsDeleteFindings(runner: PostgresRunner, ids: readonly number[]): void {
  if (ids.length) runner.exec([{ text: 'DELETE FROM findings_fts WHERE rowid = ANY($1::integer[])', values: [ids] }]);
}

export function pgFtsDeleteReport(runner: PostgresRunner, reportId: number): void {
  runner.exec([{ text: 'DELETE FROM findings_fts WHERE rowid IN (SELECT id FROM findings WHERE report_id = $1)', values: [reportId] }]);
}

/** the FTS5 query of db/fts.ts ftsQuery ("redis"* "cli"*) as a tsquery ('redis':* & 'cli':*), or null */
export function pgTsQuery(fts5Query: string): string | null {
  const terms = [...fts5Query.matchAll(/"([^"]*)"\*/g)].map((m) => foldToken(m[1])).filter((t) => t && !/['\\]/.test(t));
  return terms.length ? terms.map((t) => `'${t}':*`).join(' & ') : null;
}

/**
 * `findings_fts.doc @@ query` (the board joins findings_fts on rowid, as on SQLite), each prefix term
 * ORed with the marks of the rule texts holding it (see ruleMark): a finding matches a term its own
 * values hold or its rule text does. The query is computed once per statement.
 */
export function pgFtsMatch(fts5Query: string): Expression<SqlBool> {
  const q = pgTsQuery(fts5Query);
  if (q === null) return sql<SqlBool>`false`;
  const terms = q.split(' & ').map(
    (t) => sql`(SELECT string_agg(e, ' | ')::tsquery FROM (SELECT ${t}::text AS e UNION ALL SELECT '''#' || x.id || '''' FROM rule_texts_fts x WHERE x.doc @@ ${t}::tsquery) m)`,
  );
  return sql<SqlBool>`${sql.ref('findings_fts.doc')} @@ (${sql.join(terms, sql` && `)})`;
}

/**
 * The search documents of a bulk ingest, written by COPY beside the rows (core/ingest/store.ts): the
 * finding's id and its document (its title, body, location paths, ref and rule, as SOURCE reads them)
 * made from the values being stored, so nothing is read back.
 */
export const FTS_DOC_COLUMNS = ['rowid', 'doc'] as const;
