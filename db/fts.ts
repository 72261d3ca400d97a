// Full-text search over findings (SQLite FTS5). The index is contentless (rowid = findings.id) and is
// filled after a batch insert with one INSERT … SELECT — never by per-row triggers.
// Columns: title, body, paths (all locations), rule_id (the finding's ref and rule id: "BUG-A03 R12").
import { sql, type Expression, type SqlBool } from 'kysely';
import type { SqlRunner } from './runner';
import { CompiledQuery } from 'kysely';

export const FTS_TABLE = 'findings_fts';

export function ftsSchemaSql(): string[] {
  return [
    `CREATE VIRTUAL TABLE ${FTS_TABLE} USING fts5(title, body, paths, rule_id, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2")`,
  ];
}

/** Indexes every finding of one report (call after the report's rows are inserted). */
export function ftsIndexReport(runner: SqlRunner, reportId: number): void {
  runner.run(
    CompiledQuery.raw(
      `INSERT INTO ${FTS_TABLE}(rowid, title, body, paths, rule_id)
       SELECT f.id, f.title, f.body,
              (SELECT group_concat(l.path, ' ') FROM locations l WHERE l.finding_id = f.id),
              trim(coalesce(f.ref, '') || ' ' || coalesce(f.rule_id, ''))
       FROM findings f WHERE f.report_id = ?`,
      [reportId],
    ),
  );
}

export function ftsDeleteReport(runner: SqlRunner, reportId: number): void {
  runner.run(
    CompiledQuery.raw(`DELETE FROM ${FTS_TABLE} WHERE rowid IN (SELECT id FROM findings WHERE report_id = ?)`, [reportId]),
  );
}

/**
 * Turns what a user typed into a safe FTS5 query: each whitespace-separated word becomes a quoted
 * phrase of its letter/digit runs with a prefix star; words are ANDed. Nothing the user types can
 * reach FTS5 as syntax. Returns null when no searchable characters remain.
 */
export function ftsQuery(text: string): string | null {
  const phrases: string[] = [];
  for (const word of text.split(/\s+/)) {
    const tokens = word.match(/[\p{L}\p{N}]+/gu);
    if (tokens) phrases.push(`"${tokens.join(' ')}"*`);
    if (phrases.length >= 32) break;
  }
  return phrases.length ? phrases.join(' ') : null;
}

/** `<idColumn> IN (ids of findings matching the query)` */
export function ftsMatches(idColumn: string, query: string): Expression<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} IN (SELECT rowid FROM ${sql.table(FTS_TABLE)} WHERE ${sql.table(FTS_TABLE)} MATCH ${query})`;
}
