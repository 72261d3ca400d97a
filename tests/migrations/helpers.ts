// Databases at every earlier schema version, holding real data.
// A reference database is filled at the latest schema with the real code (seeds and corpus ingested,
// triage edits, dependencies, settings, an undone change); a database at version k is then built by
// running migrations 1..k and copying the reference rows into it, restricted to the tables and
// columns that exist at version k — what a user of that version had. The FTS index is filled as
// the app of that version did (one INSERT … SELECT per report), so migrations that rebuild it are
// exercised on real rows.
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { openCore } from '../../core/service';
import { migrate } from '../../db/migrate';
import { migrations } from '../../db/migrations';
import { SqliteRunner, sqliteKysely } from '../../db/sqlite';
import { ftsIndexReport } from '../../db/fts';
import { ok, seedFiles } from '../service/helpers';
import { VENDORED } from '../team';

export const CORPUS = `${VENDORED}/corpus`;

/** Tables the comparison reads: ordinary tables, not FTS (virtual or shadow) nor the migration log. */
export function dataTables(db: BetterSqlite3.Database): string[] {
  return (
    db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
           AND name <> 'schema_migrations' AND name NOT LIKE 'findings_fts%' ORDER BY name`,
      )
      .all() as Array<{ name: string }>
  ).map((r) => r.name);
}

export function columnsOf(db: BetterSqlite3.Database, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?) ORDER BY cid`).all(table) as Array<{ name: string }>).map((r) => r.name);
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Rows of `table` restricted to `columns`, in a stable order. */
export function rowsOf(db: BetterSqlite3.Database, table: string, columns: string[]): unknown[] {
  const cols = columns.map(q).join(', ');
  return db.prepare(`SELECT ${cols} FROM ${q(table)} ORDER BY ${columns.map((_, i) => i + 1).join(', ')}`).raw().all();
}

/** Every data table's rows (all its columns), for before/after comparisons. */
export function logicalDump(db: BetterSqlite3.Database): Record<string, { columns: string[]; rows: unknown[] }> {
  const out: Record<string, { columns: string[]; rows: unknown[] }> = {};
  for (const t of dataTables(db)) {
    const columns = columnsOf(db, t);
    out[t] = { columns, rows: rowsOf(db, t, columns) };
  }
  return out;
}

export function logicalDumpOf(path: string): Record<string, { columns: string[]; rows: unknown[] }> {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    return logicalDump(db);
  } finally {
    db.close();
  }
}

/** The reference database at the latest schema, filled through the real core. */
export async function buildReference(path: string): Promise<void> {
  const core = openCore({ dbPath: path, actor: 'test' });
  try {
    const projectId = ok(await core.call('projects.list', {}))[0].id;
    const files = [
      ...seedFiles().slice(0, 3),
      join(CORPUS, 'markdown', 'recursivemanager_PRODUCTION_READINESS_PLAN.md'),
      join(CORPUS, 'sarif', 'defectdojo_suppression_test.sarif'),
      join(CORPUS, 'json', 'semgrep_one_finding.json'),
    ];
    for (const r of ok(await core.call('ingest.paths', { projectId, paths: files }))) {
      if (!r.ok) throw new Error(r.error);
    }
    const other = ok(await core.call('projects.create', { name: 'Second project' }));
    ok(await core.call('ingest.paths', { projectId: other.id, paths: [join(CORPUS, 'json', 'gosec_many_vulns.json')] }));
    const cards = ok(await core.call('findings.list', { projectId }));
    const ids = cards.map((c) => c.id);
    ok(await core.call('findings.update', { ids: ids.slice(0, 5), patch: { status: 'in_progress' }, reason: 'sprint 12' }));
    ok(await core.call('findings.update', { ids: [ids[5]], patch: { status: 'wont_fix', notes: 'accepted risk — see ADR-7' } }));
    ok(await core.call('findings.update', { ids: [ids[6]], patch: { severity: 'low', phase: 'Phase 2', effortMinHours: 1, effortMaxHours: 3 } }));
    ok(await core.call('findings.update', { ids: [ids[7]], patch: { blocksDeployment: true } }));
    ok(await core.call('findings.update', { ids: [ids[8]], patch: { status: 'fixed' } }));
    ok(await core.call('history.undo', { projectId }));
    // issue 18 (migration 013): an assignee, a due date by hand, an SLA
    ok(await core.call('findings.assign', { ids: [ids[9], ids[10]], assignee: 'Maria Lopez' }));
    ok(await core.call('findings.update', { ids: [ids[10]], patch: { dueAt: '2026-06-30' } }));
    ok(await core.call('sla.set', { projectId, sla: { critical: 7, high: 30 } }));
    ok(await core.call('dependencies.add', { findingId: ids[1], dependsOnId: ids[0] }));
    ok(await core.call('dependencies.add', { findingId: ids[2], dependsOnId: ids[1] }));
    ok(await core.call('settings.set', { projectId, key: 'hoursPerDay', value: 6 }));
  } finally {
    core.close();
  }
}

/**
 * Before schema version 12 a finding's row held its whole body (since then, its own text and a rule
 * text: db/finding-body.ts); the body as such a version stored it, from the reference's findings `f`.
 */
const WHOLE_BODY = `CASE WHEN f.rule_text_id IS NULL THEN f.body ELSE f.body || CASE WHEN f.body = '' THEN '' ELSE char(10, 10) END ||
  (SELECT rt.text FROM ref.rule_texts rt WHERE rt.id = f.rule_text_id) END`;

/** …and a location's path, held in its row before version 12 (since then: paths, db/location-path.ts) */
const WHOLE_PATH = `coalesce((SELECT p.path FROM ref.paths p WHERE p.id = f.path_id), f.path)`;

/** The FTS fill of the app before version 12 (one INSERT … SELECT of each finding's values, whole bodies in the rows). */
const FTS_FILL_BEFORE_12 = `INSERT INTO findings_fts(rowid, title, body, paths, rule_id) SELECT f.id, f.title, f.body,
  (SELECT group_concat(l.path, ' ') FROM locations l WHERE l.finding_id = f.id), trim(coalesce(f.ref, '') || ' ' || coalesce(f.rule_id, ''))
  FROM findings f`;

/** A database at schema version `version` (the first `version` migrations of the static list) holding the reference's rows. */
export function buildAtVersion(path: string, reference: string, version: number): void {
  const steps = migrations.filter((m) => m.version <= version);
  const raw = new BetterSqlite3(path);
  try {
    raw.pragma('journal_mode = WAL');
    migrate(sqliteKysely(raw), new SqliteRunner(raw), (v) => raw.pragma(`user_version = ${v | 0}`), steps);
    raw.prepare('ATTACH DATABASE ? AS ref').run(reference);
    raw.pragma('foreign_keys = OFF');
    raw.transaction(() => {
      for (const t of dataTables(raw)) {
        const refCols = new Set(
          (raw.prepare(`SELECT name FROM ref.pragma_table_info(?)`).all(t) as Array<{ name: string }>).map((r) => r.name),
        );
        const cols = columnsOf(raw, t).filter((c) => refCols.has(c));
        if (!cols.length) continue;
        const list = cols.map(q).join(', ');
        const wholeBodies = t === 'findings' && !cols.includes('rule_text_id');
        const wholePaths = t === 'locations' && !cols.includes('path_id');
        const values = cols
          .map((c) => (wholeBodies && c === 'body' ? WHOLE_BODY : wholePaths && c === 'path' ? WHOLE_PATH : `f.${q(c)}`))
          .join(', ');
        raw.prepare(`INSERT INTO main.${q(t)} (${list}) SELECT ${values} FROM ref.${q(t)} f`).run();
      }
      const hasFts = raw.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'findings_fts'`).get();
      if (hasFts) {
        const runner = new SqliteRunner(raw);
        if (version < 12) raw.prepare(FTS_FILL_BEFORE_12).run();
        else for (const { id } of raw.prepare('SELECT id FROM reports ORDER BY id').all() as Array<{ id: number }>) ftsIndexReport(runner, id);
      }
    })();
    raw.prepare('DETACH DATABASE ref').run();
    raw.pragma('foreign_keys = ON');
    const fk = raw.pragma('foreign_key_check') as unknown[];
    if (fk.length) throw new Error(`reference rows break foreign keys at version ${version}: ${JSON.stringify(fk.slice(0, 3))}`);
  } finally {
    raw.close();
  }
}
