import { locationPath } from '../location-path';
import { findingBody } from '../finding-body';
import { sql, type Insertable, type Kysely, type RawBuilder, type Updateable } from 'kysely';
import { preparedUpdateById, type PreparedUpdate } from '../prepared-insert';
import type { SqlRunner } from '../runner';
import type { Database, FindingsTable, LocationsTable } from '../schema';

export const CARD_COLUMNS = [
  'f.id',
  'f.project_id',
  'f.report_id',
  'f.ref',
  'f.title',
  'f.severity',
  'f.status',
  'f.phase',
  'f.category',
  'f.rule_id',
  'f.blocks_deployment',
  'f.effort_min_hours',
  'f.effort_max_hours',
  'f.effort_source',
  'f.updated_at',
  'f.version',
  'f.created_at',
  'f.assignee',
  'f.due_at',
  locationPath('l').as('primary_path'),
  'l.start_line as primary_line',
] as const;

/** the columns a findings.update reads before it writes */
const PATCHABLE = ['id', 'project_id', 'status', 'severity', 'phase', 'effort_min_hours', 'effort_max_hours', 'effort_source', 'notes', 'blocks_deployment', 'version', 'title', 'assignee', 'due_at'] as const;

/**
 * `version + 1`: every UPDATE of a finding sets `version: nextVersion()` (issue 18: a write that read
 * an older version is refused, core/service/handlers/findings-update.ts)
 */
export const nextVersion = (): RawBuilder<number> => sql<number>`${sql.ref('version')} + 1`;

export const findingRepository = (db: Kysely<Database>) => ({
  /** findings as board cards, with the primary (first) location joined in: one query, no N+1 */
  cards: () =>
    db
      .selectFrom('findings as f')
      .leftJoin('locations as l', (j) => j.onRef('l.finding_id', '=', 'f.id').on('l.ordinal', '=', 0))
      .select(CARD_COLUMNS),
  detail: (id: number) =>
    db
      .selectFrom('findings as f')
      .leftJoin('locations as l', (j) => j.onRef('l.finding_id', '=', 'f.id').on('l.ordinal', '=', 0))
      .select(CARD_COLUMNS)
      .select(['f.severity_text', findingBody('f').as('body'), 'f.notes', 'f.fingerprint', 'f.duplicate_of'])
      .where('f.id', '=', id),
  locations: (findingId: number) =>
    db
      .selectFrom('locations')
      .select([locationPath('locations').as('path'), 'start_line', 'end_line', 'start_column', 'end_column'])
      .where('finding_id', '=', findingId)
      .orderBy('ordinal'),
  dependsOn: (findingId: number) =>
    db
      .selectFrom('finding_dependencies as d')
      .innerJoin('findings as f', 'f.id', 'd.depends_on_id')
      .select(['f.id', 'f.ref', 'f.title', 'f.status'])
      .where('d.finding_id', '=', findingId)
      .orderBy('f.id'),
  dependents: (findingId: number) =>
    db
      .selectFrom('finding_dependencies as d')
      .innerJoin('findings as f', 'f.id', 'd.finding_id')
      .select(['f.id', 'f.ref', 'f.title', 'f.status'])
      .where('d.depends_on_id', '=', findingId)
      .orderBy('f.id'),
  /** the columns a patch can touch, for one finding (prepare once, run per id) */
  patchable: (id: number) => db.selectFrom('findings').select(PATCHABLE).where('id', '=', id),
  /** patchable of many findings at once (a bulk edit reads its rows in chunks: one round trip each) */
  patchableOf: (ids: readonly number[]) => db.selectFrom('findings').select(PATCHABLE).where('id', 'in', ids),
  /** issue 18: the names a project's findings are assigned to, A-Z */
  assignees: (projectId: number) =>
    db
      .selectFrom('findings')
      .select('assignee')
      .distinct()
      .where('project_id', '=', projectId)
      .where('assignee', 'is not', null)
      .orderBy('assignee'),

  // writes
  /** an edit of one finding: `set`, and its version moves on */
  update: (id: number, set: Updateable<FindingsTable>) =>
    db
      .updateTable('findings')
      .set({ ...set, version: nextVersion() })
      .where('id', '=', id),
  /**
   * an edit of many findings, one prepared statement: `run(values, id)` sets `columns` (values in
   * their order) and `fixed` of finding `id`, and its version moves on
   */
  updater: (runner: SqlRunner, columns: ReadonlyArray<keyof FindingsTable & string>, fixed: { readonly [C in keyof FindingsTable]?: unknown } = {}): PreparedUpdate =>
    preparedUpdateById(db, runner, 'findings', columns, { ...fixed, version: nextVersion() }),
  /** a finding row as it was (redo of a finding a rule added: the row comes back with its id) */
  insert: (row: Insertable<FindingsTable>) => db.insertInto('findings').values(row),
  remove: (id: number) => db.deleteFrom('findings').where('id', '=', id),
  /** a copied finding's link to the one it duplicates (an import, a team copy: no edit, no version) */
  linkDuplicate: (id: number, duplicateOf: number | null) => db.updateTable('findings').set({ duplicate_of: duplicateOf }).where('id', '=', id),
  /**
   * exactly the columns of `set` (a re-ingest's update of a matched finding: `version` in `set` when
   * the user sees it changed, nextVersion())
   */
  setColumns: (id: number, set: { readonly [C in keyof FindingsTable]?: unknown }) =>
    db
      .updateTable('findings')
      .set(set as Updateable<FindingsTable>)
      .where('id', '=', id),
  insertLocation: (row: Insertable<LocationsTable>) => db.insertInto('locations').values(row),
  /** a finding's locations go (before they are written again) */
  clearLocations: (findingId: number) => db.deleteFrom('locations').where('finding_id', '=', findingId),
});

export const dependencyRepository = (db: Kysely<Database>) => ({
  exists: (findingId: number, dependsOnId: number) =>
    db
      .selectFrom('finding_dependencies')
      .select('finding_id')
      .where('finding_id', '=', findingId)
      .where('depends_on_id', '=', dependsOnId),
  insert: (findingId: number, dependsOnId: number) =>
    db.insertInto('finding_dependencies').values({ finding_id: findingId, depends_on_id: dependsOnId }),
  remove: (findingId: number, dependsOnId: number) =>
    db
      .deleteFrom('finding_dependencies')
      .where('finding_id', '=', findingId)
      .where('depends_on_id', '=', dependsOnId),
  /** what `findingId` depends on directly */
  next: (findingId: number) =>
    db.selectFrom('finding_dependencies').select('depends_on_id').where('finding_id', '=', findingId),
});
