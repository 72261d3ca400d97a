// Full-text search over findings (SQLite FTS5). The index is contentless (rowid = findings.id) and is
// filled after a batch insert with one INSERT … SELECT — never by per-row triggers.
// Columns: title, body, paths (all locations), rule_id (the finding's ref and rule id: "BUG-A03 R12").
// detail=none (schema step 12): the index keeps which findings hold a term, neither positions nor
// columns; queries are ANDed prefix terms over all columns, never phrases or column filters. A rule
// text a finding's body ends with (db/finding-body.ts) is indexed once, in a row of its own (RULE_MARK).
// On PostgreSQL every function here hands over to its twin in postgres/fts.ts (tsvector + GIN).
import { CompiledQuery, sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { SqlRunner } from './runner';
import { isPostgres, pgRunner } from './dialect';
import { locationPathSql } from './location-path';
import { pgFtsDeleteFindings, pgFtsDeleteReport, pgFtsIndexFindings, pgFtsIndexReport, pgFtsIndexRuleText, pgFtsMatch, pgFtsSchema } from './postgres/fts';

/** PostgreSQL's search documents written beside a bulk ingest's rows (core/ingest/store.ts): columns, and a document's text */
export { FTS_DOC_COLUMNS, documentMaker as ftsDocumentMaker } from './postgres/fts';

export const FTS_TABLE = 'findings_fts';

const COLUMNS = 'title, body, paths, rule_id';
const TOKENIZE = `tokenize="unicode61 remove_diacritics 2"`;

/** The values indexed for each finding `f`, its body as shown (also what a delete must repeat, the table being contentless). */
const sourceOf = (body: string, path = 'l.path') => `f.id, f.title, ${body},
       (SELECT group_concat(${path}, ' ') FROM locations l WHERE l.finding_id = f.id),
       trim(coalesce(f.ref, '') || ' ' || coalesce(f.rule_id, ''))
  FROM findings f`;
/** before schema step 12: every row held its whole body */
const SOURCE_V1 = sourceOf('f.body');

/**
 * Since schema step 12 a rule text (rule_texts, db/finding-body.ts) is indexed once, as a row of its
 * own with rowid -id, and each finding that shows it holds the token RULE_MARK + id instead of its
 * words: a finding matches a term when its own values hold it or its rule text does (matchExpression
 * turns the term into "term OR the marks of the rule texts holding it"). RULE_MARK is a private-use
 * character: FTS5's tokenizer keeps it in a token, and no search can send one (ftsQuery keeps only
 * letters and digits).
 */
const RULE_MARK = '\uE000';
const SOURCE = sourceOf(`f.body || CASE WHEN f.rule_text_id IS NULL THEN '' ELSE ' ' || char(${RULE_MARK.codePointAt(0)}) || f.rule_text_id END`, locationPathSql('l'));

/** schema step 2 (kept as shipped); on PostgreSQL the table in its final shape */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsSchemaSqlV1(db?: Kysely<any>): string[] {
  if (db && isPostgres(db)) return pgFtsSchema();
  return [
    `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(${COLUMNS}, content='', contentless_delete=1, ${TOKENIZE})`,
  ];
}

/**
 * the table, dropped and refilled from the findings already stored (`options`: extra fts5 options;
 * `source`: what the findings are read from, as of that schema step)
 */
function rebuiltFts(options: string, source = SOURCE_V1, detail = 'column'): string[] {
  return [
    `DROP TABLE IF EXISTS ${FTS_TABLE}`,
    `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(${COLUMNS}, content='', detail=${detail}, ${options}${TOKENIZE})`,
    `INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) SELECT ${source}`,
  ];
}

/** schema step 4 (kept as shipped; nothing on PostgreSQL) */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsSchemaSqlV2(db?: Kysely<any>): string[] {
  if (db && isPostgres(db)) return [];
  return rebuiltFts('');
}

/**
 * schema step 7, the current table: an index of every term's 3-character prefix. Searching as you
 * type sends 3-letter prefixes ("con"), which FTS5 otherwise answers by merging the doclists of every
 * term that starts so (35 ms over 200k findings); with the prefix index it reads one doclist (<1 ms).
 * It costs about 15% more time to fill (measured: 1.9 s → 3.7 s of a 200k-result SARIF ingest's 11 s).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsSchemaSqlV3(db?: Kysely<any>): string[] {
  if (db && isPostgres(db)) return [];
  return rebuiltFts(`prefix='3', `);
}

/**
 * schema step 10: FTS5 keeps up to 16 MiB of new terms in memory (default 1 MiB) before writing them
 * as a segment, so a bulk fill writes fewer, larger segments and merges less (200k findings: ~3 s →
 * ~2 s of CPU; search p95 unchanged). A setting of the table, kept in its config.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsSchemaSqlV4(db?: Kysely<any>): string[] {
  if (db && isPostgres(db)) return []; // an FTS5 setting: nothing to do for the tsvector twin
  return [HASHSIZE];
}

const HASHSIZE = `INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rank) VALUES ('hashsize', ${16 << 20})`;

/**
 * schema step 12, the current table (issue 17, a database no larger than the log it holds):
 * - detail=none: the index keeps which findings hold a term, not in which column. Searches are ANDed
 *   prefix terms over all columns (ftsQuery), never column filters or phrases, so they find the same
 *   findings; the index is about a third of detail=column's (a 50,000-result SARIF log: 14.0 MB →
 *   4.8 MB, prefix index included).
 * - columnsize=0: no per-finding token counts (only ranking reads them; search orders by id).
 * - a rule text is indexed once, as a row of its own, not in every finding that shows it (RULE_MARK).
 * - findings_fts_vocab: the index's terms, which searches read (matchExpression).
 * The 3-character prefix index and the 16 MiB hash size (steps 7 and 10) are kept. Nothing on
 * PostgreSQL (its tsvector twin reads the whole body the same way: postgres/fts.ts).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsSchemaSqlV5(db?: Kysely<any>): string[] {
  if (db && isPostgres(db)) return [];
  const [drop, create, fill] = rebuiltFts(`prefix='3', columnsize=0, `, SOURCE, 'none');
  return [drop, create, HASHSIZE, fill, `CREATE VIRTUAL TABLE ${VOCAB_TABLE} USING fts5vocab(${FTS_TABLE}, 'row')`];
}

/**
 * findings indexed per statement by ftsIndexReport. FTS5 writes its pending terms out at the end of
 * each statement, so fewer, larger steps write fewer segments: 10,000 → 25,000 cut the fill from
 * ~2.6 s to ~2.2 s of CPU (with detail=column). A report is indexed in at most INDEX_STEPS steps of
 * at least INDEX_STEP_MIN findings (a 200k-result report: 3 of ~67k): fewer segments than FTS5's
 * automerge threshold (4), so a fresh database's index is never merged while it is filled -- a
 * merge rewrites the segments and leaves the old ones' pages free in the file (8 steps of 25k left
 * 4.8 MB of free pages in a 131 MB database).
 */
const INDEX_STEP_MIN = 25_000;
const INDEX_STEPS = 3;

/**
 * Indexes every finding of one report (call after the report's rows are inserted), in id ranges of
 * INDEX_STEP findings; `between(done, total)` runs before each range (progress; it may throw to
 * stop the work, inside the caller's transaction).
 */
export function ftsIndexReport(runner: SqlRunner, reportId: number, between?: (done: number, total: number) => void): void {
  const pg = pgRunner(runner);
  if (pg) return pgFtsIndexReport(pg, reportId, between);
  const span = runner.first<{ lo: number | null; hi: number | null; n: number }>(
    CompiledQuery.raw(`SELECT min(id) AS lo, max(id) AS hi, count(*) AS n FROM findings WHERE report_id = ?`, [reportId]),
  );
  if (!span || span.lo === null || span.hi === null) return;
  let done = 0;
  const INDEX_STEP = Math.max(INDEX_STEP_MIN, Math.ceil((span.hi - span.lo + 1) / INDEX_STEPS));
  for (let lo = span.lo; lo <= span.hi; lo += INDEX_STEP) {
    between?.(done, span.n);
    done += runner.run(
      CompiledQuery.raw(`INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) SELECT ${SOURCE} WHERE f.report_id = ? AND f.id >= ? AND f.id < ?`, [reportId, lo, lo + INDEX_STEP]),
    ).changes;
  }
}

/** Removes a report's findings from the index (before deleting their rows: it reads them). */
export function ftsDeleteReport(runner: SqlRunner, reportId: number): void {
  const pg = pgRunner(runner);
  if (pg) return pgFtsDeleteReport(pg, reportId);
  runner.run(
    CompiledQuery.raw(
      `INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${COLUMNS}) SELECT 'delete', ${SOURCE} WHERE f.report_id = ?`,
      [reportId],
    ),
  );
}

/** Indexes these findings (after their rows are inserted or updated). */
export function ftsIndexFindings(runner: SqlRunner, ids: readonly number[]): void {
  const pg = pgRunner(runner);
  if (pg) return pgFtsIndexFindings(pg, ids);
  forChunks(ids, (chunk) =>
    runner.run(CompiledQuery.raw(`INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) SELECT ${SOURCE} WHERE f.id IN (${marks(chunk)})`, chunk)),
  );
}

/** Removes these findings from the index (before their rows change: it reads them). */
export function ftsDeleteFindings(runner: SqlRunner, ids: readonly number[]): void {
  const pg = pgRunner(runner);
  if (pg) return pgFtsDeleteFindings(pg, ids);
  forChunks(ids, (chunk) =>
    runner.run(
      CompiledQuery.raw(`INSERT INTO ${FTS_TABLE}(${FTS_TABLE}, rowid, ${COLUMNS}) SELECT 'delete', ${SOURCE} WHERE f.id IN (${marks(chunk)})`, chunk),
    ),
  );
}

const marks = (ids: readonly number[]) => ids.map(() => '?').join(',');
function forChunks(ids: readonly number[], fn: (chunk: number[]) => void) {
  for (let i = 0; i < ids.length; i += 500) fn(ids.slice(i, i + 500));
}

/**
 * Turns what a user typed into a safe FTS5 query: every run of letters/digits becomes a quoted
 * prefix term ("redis-cli" → "redis"* AND "cli"*); terms are ANDed. Nothing the user types can
 * reach FTS5 as syntax. Returns null when no searchable characters remain.
 */
export function ftsQuery(text: string): string | null {
  const tokens = text.match(/[\p{L}\p{N}]+/gu);
  if (!tokens) return null;
  return [...new Set(tokens.slice(0, 32))].map((t) => `"${t}"*`).join(' ');
}

/** the terms of the index (fts5vocab, schema step 12) */
const VOCAB_TABLE = 'findings_fts_vocab';

/** prefix terms of this shape are answered through their terms (matchExpression); others as prefix queries */
const EXPANDABLE = /^[a-z0-9]{4,}$/i;
/** a prefix with more terms than this is left to FTS5's prefix query */
const MAX_EXPANSION = 64;

/**
 * The MATCH expression of an ftsQuery, as SQL. With detail=none (schema step 12), FTS5 answers a
 * prefix term longer than the prefix index (3) by merging the doclists of every term it starts, in
 * full, before the first row: "sanitize"* over 200,000 findings took ~50 ms, 5x detail=column's.
 * The same term as an OR of the words that start so ("handler"* → ("handler1" OR "handler2" …),
 * read from the index's vocabulary at query time, inside the statement) is read lazily in rowid
 * order, so `LIMIT n` stops early (~2 ms). Same findings: the OR lists every term the prefix
 * matches. Only plain ASCII letters and digits are expanded (their folding is lower-casing, the
 * vocabulary's order is byte order); a prefix with no word or with more than MAX_EXPANSION words
 * stays a prefix term.
 */
function matchExpression(query: string): RawBuilder<string> {
  const terms = [...query.matchAll(/"([^"]*)"\*/g)].map((m) => m[1]);
  if (!terms.length) return sql<string>`${query}`;
  const parts = terms.map((t) => {
    // the term, or the mark of a rule text that holds it (the rule texts' own rows: rowid < 0); the
    // term's expression computed once
    return sql`(SELECT '(' || term.e || coalesce(' OR ' || (SELECT group_concat('"${sql.raw(RULE_MARK)}' || -rowid || '"', ' OR ')
      FROM ${sql.table(FTS_TABLE)} WHERE ${sql.table(FTS_TABLE)} MATCH term.e AND rowid < 0), '') || ')' FROM (SELECT ${termExpression(t)} AS e) AS term)`;
  });
  return sql<string>`(${sql.join(parts, sql` || ' AND ' || `)})`;
}

/** one prefix term `t` as an FTS5 expression (SQL text): the prefix query, or the OR of its words */
function termExpression(t: string): RawBuilder<string> {
  const prefix = `"${t}"*`;
  if (!EXPANDABLE.test(t)) return sql<string>`${prefix}`;
  const lo = t.toLowerCase();
  return sql<string>`coalesce((SELECT CASE WHEN count(*) <= ${MAX_EXPANSION} THEN '(' || group_concat('"' || term || '"', ' OR ') || ')' END
    FROM (SELECT term FROM ${sql.table(VOCAB_TABLE)} WHERE term >= ${lo} AND term < ${lo + '\u{10FFFF}'} LIMIT ${MAX_EXPANSION + 1})), ${prefix})`;
}

/** Indexes rule text `id` (a new row of rule_texts) as its own row (see RULE_MARK; PostgreSQL: postgres/fts.ts ruleMark). */
export function ftsIndexRuleText(runner: SqlRunner, id: number, text: string): void {
  const pg = pgRunner(runner);
  if (pg) return pgFtsIndexRuleText(pg, id, text);
  runner.run(CompiledQuery.raw(`INSERT INTO ${FTS_TABLE}(rowid, ${COLUMNS}) VALUES (?, '', ?, '', '')`, [-id, text]));
}

/** `<idColumn> IN (ids of findings matching the query)` (for a subquery-shaped filter) */
export function ftsMatches(idColumn: string, query: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} IN (SELECT rowid FROM ${sql.table(FTS_TABLE)} WHERE ${sql.table(FTS_TABLE)} MATCH ${matchExpression(query)})`;
}

/**
 * `findings_fts MATCH query`, for a query that joins findings_fts on rowid: FTS5 then drives the
 * loop in rowid order, so `ORDER BY rowid LIMIT n` stops early (2-3x faster than the IN form on
 * common words).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function ftsMatch(query: string, db?: Kysely<any>): Expression<SqlBool> {
  if (db && isPostgres(db)) return pgFtsMatch(query);
  return sql<SqlBool>`${sql.table(FTS_TABLE)} MATCH ${matchExpression(query)}`;
}
