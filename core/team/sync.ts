// From local to team and back (issue 18): `punchlist push` copies a local project with its history
// into a team database, `punchlist pull` makes an offline copy of a team project; a copy remembers
// where it came from (the `team.origin` setting), and pushing it again sends the edits made offline
// as ordinary changes (events by the database login), checked field by field against what the
// server has now.
//
// A copy is table by table, every row of the project with new ids in the target (foreign keys and
// the event log's entity ids mapped), in one transaction of the target. Search documents are built
// there afterwards.
//
// Offline edits: the copy's finding events after the last sync, per finding and field the value
// before the first (base) and after the last (mine). On the server, inside one write transaction
// (the write lock: nobody changes a row between the check and the write): when the finding's row
// version is still the one pulled, or the field still has the base value, mine is written; when the
// field has mine already, nothing is; otherwise it is a conflict, listed with both values, and
// nothing at all is written until each one is decided (`take`: mine or theirs, for all or per
// finding and field). Taking theirs writes their value into the offline copy, as a change there.
// After a push the copy's pushed findings hold the server's values and versions.
import type { Kysely } from 'kysely';
import { ftsIndexFindings } from '../../db/fts';
import { copyRepository } from '../../db/repositories/copy-repository';
import { findingRepository } from '../../db/repositories/finding-repository';
import { projectRepository } from '../../db/repositories/project-repository';
import { settingsRepository } from '../../db/repositories/settings-repository';
import type { Database, SqlRunner } from '../../db';
import { decodeDelta, encodeDelta } from '../ingest/versions';
import { pathIds, ruleTextIds } from '../ingest/store';
import type { CoreContext } from '../service/context';
import { FIELD_COLUMNS, isField, toApiValue, type Field } from '../service/finding-fields';
import { patchFindings } from '../service/handlers/findings-update';
import { parseJson } from '../service/mappers';

/** the setting of a project copied by push or pull: where it came from */
export const ORIGIN_KEY = 'team.origin';

export interface Origin {
  /** the team database, without a password */
  url: string;
  /** the project there */
  projectId: number;
  project: string;
  /** the copy's last event already on the server (later ones are the offline edits) */
  lastEvent: number;
  /** [local finding id, team finding id, team row version at the last sync] */
  findings: Array<[number, number, number]>;
  syncedAt: string;
}

type Row = Record<string, unknown>;
type Maps = Map<string, Map<number, number>>;

/** A table of a project's copy: how its rows are found from the tables before it, how its ids and references map. */
interface TableCopy {
  table: keyof Database;
  /** rows of the project, or rows whose `by` column refers to a copied row of `of` */
  where: { project: true } | { by: string; of: keyof Database };
  /** `id` gets a new value (and a map) */
  id: boolean;
  /** columns referring to another table's ids */
  refs: Record<string, keyof Database>;
}

const PLAN: TableCopy[] = [
  { table: 'reports', where: { project: true }, id: true, refs: { project_id: 'projects' } },
  { table: 'report_texts', where: { by: 'report_id', of: 'reports' }, id: false, refs: { report_id: 'reports' } },
  { table: 'findings', where: { project: true }, id: true, refs: { project_id: 'projects', report_id: 'reports' } },
  { table: 'locations', where: { by: 'finding_id', of: 'findings' }, id: true, refs: { finding_id: 'findings' } },
  { table: 'finding_dependencies', where: { by: 'finding_id', of: 'findings' }, id: false, refs: { finding_id: 'findings', depends_on_id: 'findings' } },
  { table: 'checklists', where: { project: true }, id: true, refs: { project_id: 'projects', report_id: 'reports' } },
  { table: 'checklist_items', where: { by: 'checklist_id', of: 'checklists' }, id: true, refs: { checklist_id: 'checklists' } },
  { table: 'checklist_item_findings', where: { by: 'item_id', of: 'checklist_items' }, id: false, refs: { item_id: 'checklist_items', finding_id: 'findings' } },
  { table: 'fix_order_steps', where: { by: 'report_id', of: 'reports' }, id: true, refs: { report_id: 'reports' } },
  { table: 'fix_order_items', where: { by: 'step_id', of: 'fix_order_steps' }, id: true, refs: { step_id: 'fix_order_steps' } },
  { table: 'plan_steps', where: { project: true }, id: true, refs: { project_id: 'projects' } },
  { table: 'plan_step_findings', where: { by: 'step_id', of: 'plan_steps' }, id: false, refs: { step_id: 'plan_steps', finding_id: 'findings' } },
  { table: 'rules', where: { project: true }, id: true, refs: { project_id: 'projects' } },
  { table: 'settings', where: { project: true }, id: false, refs: { project_id: 'projects' } },
  { table: 'events', where: { project: true }, id: true, refs: { project_id: 'projects' } },
  { table: 'report_versions', where: { by: 'report_id', of: 'reports' }, id: true, refs: { report_id: 'reports' } },
  { table: 'finding_absence', where: { project: true }, id: false, refs: { project_id: 'projects', finding_id: 'findings', report_id: 'reports', version_id: 'report_versions' } },
  { table: 'finding_merges', where: { project: true }, id: true, refs: { project_id: 'projects', keep_id: 'findings', duplicate_id: 'findings' } },
];

/** the event log's entities whose ids are rows of a copied table */
const ENTITY_TABLES: Record<string, keyof Database> = { finding: 'findings', report: 'reports', project: 'projects', rule: 'rules' };

export interface Store {
  db: Kysely<Database>;
  runner: SqlRunner;
}

function rowsOf(from: Store, spec: TableCopy, projectId: number, maps: Maps): Row[] {
  const { db, runner } = from;
  const q = db.selectFrom(spec.table).selectAll();
  if ('project' in spec.where) {
    const order = spec.id ? q.where('project_id' as never, '=', projectId as never).orderBy('id' as never) : q.where('project_id' as never, '=', projectId as never);
    return runner.all(order) as Row[];
  }
  const parents = [...(maps.get(spec.where.of)?.keys() ?? [])];
  const out: Row[] = [];
  for (let i = 0; i < parents.length; i += 500) {
    const chunk = parents.slice(i, i + 500);
    let sel = q.where(spec.where.by as never, 'in', chunk as never);
    if (spec.id) sel = sel.orderBy('id' as never);
    for (const r of runner.all(sel)) out.push(r as Row);
  }
  return out;
}

function insertRows(to: Store, table: keyof Database, rows: readonly Row[]): void {
  if (!rows.length) return;
  const per = Math.max(1, Math.floor(2000 / Object.keys(rows[0]).length));
  for (let i = 0; i < rows.length; i += per) to.runner.run(copyRepository(to.db).insertRows(table, rows.slice(i, i + per)));
}

/** the target's id of each row of `table` of `from` (by its text column), read once per id */
function sharedIds(from: Store, table: 'rule_texts' | 'paths', column: 'text' | 'path', idOf: (value: string) => number): (id: number) => number {
  const ids = new Map<number, number>();
  return (id) => {
    let got = ids.get(id);
    if (got === undefined) {
      const row = from.runner.first(from.db.selectFrom(table).select(`${column} as value` as never).where('id', '=', id)) as { value: string } | undefined;
      if (!row) throw new Error(`copying the project: ${table} ${id} is missing`);
      got = idOf(row.value);
      ids.set(id, got);
    }
    return got;
  };
}

function maxId(store: Store, table: keyof Database): number {
  if (store.runner.maxId) return store.runner.maxId(table);
  const r = store.runner.first(store.db.selectFrom(table).select((eb) => eb.fn.max('id' as never).as('m')));
  return Number((r as { m: unknown } | undefined)?.m ?? 0);
}

/**
 * Copies project `projectId` of `from` into `to` as a new project named `name`; call inside a
 * transaction of `to` (and of `from`, for a consistent read). Returns the new project's id, the id
 * maps (old → new) per table and the row version of each finding copied (by its old id).
 */
export function copyProject(from: Store, to: Store, projectId: number, name: string): { projectId: number; maps: Maps; versions: Map<number, number> } {
  const project = from.runner.first(from.db.selectFrom('projects').selectAll().where('id', '=', projectId));
  if (!project) throw new Error(`project ${projectId} not found`);
  const newProject = maxId(to, 'projects') + 1;
  to.runner.run(projectRepository(to.db).insertRow({ ...project, id: newProject, name }));
  const maps: Maps = new Map([['projects', new Map([[projectId, newProject]])]]);
  const map = (table: keyof Database, id: unknown): unknown => {
    if (id === null || id === undefined) return id;
    const got = maps.get(table)?.get(Number(id));
    if (got === undefined) throw new Error(`copying the project: ${table} ${String(id)} is not part of it`);
    return got;
  };
  const duplicates: Array<[number, number]> = [];
  const versions = new Map<number, number>();
  // rule texts and paths are stored once per database (db/finding-body.ts, db/location-path.ts):
  // a copied row refers to the target's row of the same text
  const ruleTextId = sharedIds(from, 'rule_texts', 'text', ruleTextIds(to));
  const pathId = sharedIds(from, 'paths', 'path', pathIds(to));
  for (const spec of PLAN) {
    let rows = rowsOf(from, spec, projectId, maps);
    if (spec.table === 'settings') rows = rows.filter((r) => r.key !== ORIGIN_KEY);
    if (spec.id) {
      const m = new Map<number, number>();
      let next = maxId(to, spec.table) + 1;
      for (const r of rows) m.set(Number(r.id), next++);
      maps.set(spec.table, m);
    }
    const out = rows.map((r) => {
      const o: Row = { ...r };
      if (spec.id) o.id = map(spec.table, r.id);
      for (const [col, table] of Object.entries(spec.refs)) o[col] = map(table, r[col]);
      if (spec.table === 'findings') versions.set(Number(r.id), Number(r.version));
      if (spec.table === 'findings' && r.rule_text_id != null) o.rule_text_id = ruleTextId(Number(r.rule_text_id));
      if (spec.table === 'locations' && r.path_id != null) o.path_id = pathId(Number(r.path_id));
      if (spec.table === 'findings' && r.duplicate_of !== null && r.duplicate_of !== undefined) {
        // set once every finding is there (it may point at a later one)
        duplicates.push([o.id as number, Number(r.duplicate_of)]);
        o.duplicate_of = null;
      }
      if (spec.table === 'events') {
        const t = ENTITY_TABLES[String(r.entity)];
        const mapped = t ? maps.get(t)?.get(Number(r.entity_id)) : undefined;
        if (mapped !== undefined) o.entity_id = mapped;
      }
      if (spec.table === 'report_versions' && typeof r.delta === 'string') o.delta = mapDelta(r.delta, maps);
      return o;
    });
    insertRows(to, spec.table, out);
  }
  for (const [id, dup] of duplicates) to.runner.run(findingRepository(to.db).linkDuplicate(id, map('findings', dup) as number));
  const findings = [...(maps.get('findings')?.values() ?? [])];
  ftsIndexFindings(to.runner, findings);
  return { projectId: newProject, maps, versions };
}

function mapDelta(text: string, maps: Maps): string | null {
  const d = decodeDelta(text);
  if (!d) return null;
  const f = maps.get('findings')!;
  const ids = (xs: number[]) => xs.map((x) => f.get(x)).filter((x): x is number => x !== undefined);
  let lastEvent: number | undefined;
  if (d.lastEvent !== undefined) {
    // the newest copied event up to it (events of other projects are not copied)
    for (const [from, to] of maps.get('events') ?? []) if (from <= d.lastEvent && (lastEvent === undefined || to > lastEvent)) lastEvent = to;
  }
  return encodeDelta({ added: ids(d.added), back: ids(d.back), left: ids(d.left), updated: ids(d.updated), lastEvent });
}

// ---- the origin of a copy ----------------------------------------------------------------------

export function readOrigin(local: Store, projectId: number): Origin | null {
  const row = local.runner.first(local.db.selectFrom('settings').select('value').where('project_id', '=', projectId).where('key', '=', ORIGIN_KEY));
  return row ? (parseJson(row.value, null) as Origin | null) : null;
}

export function writeOrigin(local: Store, projectId: number, origin: Origin): void {
  const { db, runner } = local;
  runner.run(settingsRepository(db).set(projectId, ORIGIN_KEY, JSON.stringify(origin)));
}

export function lastEventOf(store: Store, projectId: number): number {
  const r = store.runner.first(store.db.selectFrom('events').select((eb) => eb.fn.max('id').as('m')).where('project_id', '=', projectId));
  return Number(r?.m ?? 0);
}

/** [local id, team id, row version] of the findings a copy made (the version both rows have) */
export function findingLinks(copy: { maps: Maps; versions: Map<number, number> }, localToTeam: boolean): Array<[number, number, number]> {
  return [...(copy.maps.get('findings') ?? [])].map(([from, to]) => [localToTeam ? from : to, localToTeam ? to : from, copy.versions.get(from) ?? 1]);
}

// ---- pushing offline edits -----------------------------------------------------------------------

export type Side = 'mine' | 'theirs';

export interface Conflict {
  localId: number;
  teamId: number;
  title: string;
  field: Field;
  mine: unknown;
  theirs: unknown;
  /** who changed it on the server last, and when (from the team's event log) */
  by: string | null;
}

export interface PushOutcome {
  /** findings whose fields were written on the server */
  findings: number;
  /** fields written */
  fields: number;
  conflicts: Conflict[];
  /** conflicts decided, and how */
  decided: Array<Conflict & { take: Side }>;
  /** offline changes of other kinds (not finding fields) that stay in the copy only */
  notPushed: number;
}

/** a conflict as one line: finding, field, both values */
export function conflictLine(c: Conflict): string {
  const v = (x: unknown) => (x === null || x === undefined || x === '' ? 'none' : typeof x === 'string' ? JSON.stringify(x) : String(x));
  return `conflict: finding ${c.localId} "${c.title}" (team ${c.teamId}), ${c.field}: mine ${v(c.mine)}, theirs ${v(c.theirs)}${c.by ? ` (${c.by})` : ''}`;
}

export class PushConflicts extends Error {
  constructor(readonly conflicts: Conflict[]) {
    super(`${conflicts.length} conflict${conflicts.length === 1 ? '' : 's'}: nothing was pushed`);
    this.name = 'PushConflicts';
  }
}

interface Edit {
  localId: number;
  field: Field;
  base: unknown;
  mine: unknown;
}

/** the copy's finding edits after `lastEvent`, per finding and field: value before the first, after the last */
function offlineEdits(local: Store, projectId: number, lastEvent: number): { edits: Edit[]; other: number } {
  const rows = local.runner.all(
    local.db.selectFrom('events').selectAll().where('project_id', '=', projectId).where('id', '>', lastEvent).where('undone', '=', 0).orderBy('id'),
  );
  const byKey = new Map<string, Edit>();
  let other = 0;
  for (const e of rows) {
    if (e.entity !== 'finding' || e.action !== 'update' || !isField(e.field)) {
      other++;
      continue;
    }
    const key = `${e.entity_id}:${e.field}`;
    const had = byKey.get(key);
    const value = parseJson(e.new_value, null);
    if (had) had.mine = value;
    else byKey.set(key, { localId: e.entity_id, field: e.field, base: parseJson(e.old_value, null), mine: value });
  }
  return { edits: [...byKey.values()].filter((e) => e.base !== e.mine), other };
}

export interface PushOptions {
  /** how to decide every conflict */
  take?: Side;
  /** per conflict: `${localId}:${field}` → side (before `take`) */
  decide?: ReadonlyMap<string, Side>;
  reason: string;
}

/**
 * Sends the offline edits of a pulled (or pushed) copy to the team database. `teamCore` and
 * `localCore` are the two ends as CoreContexts (events carry their actors). Throws PushConflicts,
 * with nothing written anywhere, while a conflict is undecided.
 */
export function pushEdits(localCore: CoreContext, teamCore: CoreContext, localProject: number, origin: Origin, options: PushOptions): { outcome: PushOutcome; origin: Origin } {
  const { edits, other } = offlineEdits(localCore, localProject, origin.lastEvent);
  const link = new Map(origin.findings.map(([l, t, v]) => [l, { teamId: t, version: v }]));
  const outcome: PushOutcome = { findings: 0, fields: 0, conflicts: [], decided: [], notPushed: other };
  teamCore.runner.tx(() => {
    const teamIds = [...new Set(edits.map((e) => link.get(e.localId)?.teamId).filter((x): x is number => x !== undefined))];
    const rows = new Map<number, Row>();
    for (let i = 0; i < teamIds.length; i += 500) {
      for (const r of teamCore.runner.all(teamCore.db.selectFrom('findings').selectAll().where('id', 'in', teamIds.slice(i, i + 500)))) rows.set(r.id, r as Row);
    }
    const patches = new Map<number, Record<string, unknown>>();
    const undecided: Conflict[] = [];
    for (const e of edits) {
      const l = link.get(e.localId);
      if (!l) {
        // a finding of a report ingested offline: not on the server, its changes stay in the copy
        outcome.notPushed++;
        continue;
      }
      const row = rows.get(l.teamId);
      if (!row) throw new Error(`finding ${e.localId} of the copy (team ${l.teamId}) is no longer on the team database`);
      const theirs = toApiValue(e.field, row[FIELD_COLUMNS[e.field]]);
      if (theirs === e.mine) continue;
      const moved = Number(row.version) !== l.version;
      if (!moved || theirs === e.base) {
        (patches.get(l.teamId) ?? patches.set(l.teamId, {}).get(l.teamId)!)[e.field] = e.mine;
        continue;
      }
      const c: Conflict = { localId: e.localId, teamId: l.teamId, title: String(row.title ?? ''), field: e.field, mine: e.mine, theirs, by: lastChange(teamCore, l.teamId, e.field) };
      const take = options.decide?.get(`${e.localId}:${e.field}`) ?? options.take;
      if (!take) {
        undecided.push(c);
        continue;
      }
      outcome.decided.push({ ...c, take });
      if (take === 'mine') (patches.get(l.teamId) ?? patches.set(l.teamId, {}).get(l.teamId)!)[e.field] = e.mine;
      // theirs: the server keeps its value; the copy takes it below
    }
    if (undecided.length) throw new PushConflicts(undecided);
    for (const [teamId, patch] of patches) {
      patchFindings(teamCore, [teamId], patch, options.reason);
      outcome.findings++;
      outcome.fields += Object.keys(patch).length;
    }
  });
  // the copy: every finding it pushed gets the values and version the server has now (the values
  // taken from theirs, other users' changes of other fields), as changes of the copy
  const touched = [...new Set(edits.map((e) => e.localId))].filter((id) => link.has(id));
  const server = findingRows(teamCore, touched.map((id) => link.get(id)!.teamId));
  const mine = findingRows(localCore, touched);
  localCore.runner.tx(() => {
    for (const id of touched) {
      const row = server.get(link.get(id)!.teamId);
      const here = mine.get(id);
      if (!row || !here) continue;
      const patch: Record<string, unknown> = {};
      for (const f of Object.keys(FIELD_COLUMNS) as Field[]) {
        const v = toApiValue(f, row[FIELD_COLUMNS[f]]);
        if (f !== 'effortSource' && v !== toApiValue(f, here[FIELD_COLUMNS[f]])) patch[f] = v;
      }
      if (Object.keys(patch).length) patchFindings(localCore, [id], patch, 'as on the team database after the push');
      link.get(id)!.version = Number(row.version);
    }
  });
  const next: Origin = {
    ...origin,
    lastEvent: lastEventOf(localCore, localProject),
    findings: [...link].map(([l, v]) => [l, v.teamId, v.version]),
    syncedAt: teamCore.now(),
  };
  localCore.runner.tx(() => writeOrigin(localCore, localProject, next));
  return { outcome, origin: next };
}

function findingRows(store: Store, ids: readonly number[]): Map<number, Row> {
  const out = new Map<number, Row>();
  for (let i = 0; i < ids.length; i += 500) {
    for (const r of store.runner.all(store.db.selectFrom('findings').selectAll().where('id', 'in', ids.slice(i, i + 500)))) out.set(r.id, r as Row);
  }
  return out;
}

function lastChange(team: Store, findingId: number, field: Field): string | null {
  const e = team.runner.first(
    team.db.selectFrom('events').select(['actor', 'at']).where('entity', '=', 'finding').where('entity_id', '=', findingId).where('field', '=', field).where('undone', '=', 0).orderBy('id', 'desc').limit(1),
  );
  return e ? `${e.actor} at ${e.at.slice(0, 19).replace('T', ' ')} UTC` : null;
}
