// Re-ingest: a newer version of a report already in the project (same path, same file name, or for
// SARIF / scanner JSON the same tool). Findings are matched by fingerprint (then by identical
// normalized title); a match keeps its row, so every user decision stays: status, severity override,
// effort, notes, plan position, dependencies, checklist links, merges. Report-owned fields (title,
// body, severity text, locations, rule, ref, category) update, each change logged as a
// `report.update` event. Fields the user never changed (status, severity, phase, deployment block,
// effort not set by the user) follow the report. New findings are added; findings the new version no
// longer has are kept and marked "not in latest report" (table finding_absence), never deleted or
// closed; they are offered for closing in one action (findings.closeAbsent).
import type { Selectable } from 'kysely';
import { basename } from 'node:path';
import { ftsDeleteReport, ftsIndexReport } from '../../db/fts';
import { duplicateRepository } from '../../db/repositories/duplicate-repository';
import type { FindingsTable } from '../../db/schema';
import type { ReingestApplyResult, ReingestCounts, ReingestPreview } from '../../shared/api';
import type { Location, ParsedFinding, ParsedReport } from '../../shared/types';
import { CoreError, type CoreContext } from '../service/context';
import { eventWriter } from '../service/events';
import { fromBool } from '../service/mappers';
import { fingerprintAll, normalizePath, type PathOptions } from './fingerprint';
import { parseReportBytes } from './index';
import { findReportBySha, insertFindings, insertLocations, pathOptions, refsIn, reportColumns, sha256Hex, type ReportParser } from './store';

export type { ReingestCounts, ReingestPreview };

/** the report a file is taken for a newer version of, and why ('same path' | 'same file name' | 'same tool' | 'chosen') */
export type PreviousReport = NonNullable<ReingestPreview['previous']>;

const previousReport = (
  r: { id: number; title: string | null; source_path: string; format: string; tool: string | null },
  reason: string,
): PreviousReport => ({ id: r.id, title: r.title, sourcePath: r.source_path, format: r.format, tool: r.tool, reason });

/** the columns of a report's findings that matching and applying a newer version read */
const OLD_FINDING_COLUMNS = [
  'id', 'fingerprint', 'ref', 'title', 'body', 'severity', 'severity_text', 'status', 'phase', 'category', 'rule_id',
  'blocks_deployment', 'effort_min_hours', 'effort_max_hours', 'effort_source', 'effort_text', 'baseline_state', 'suppression',
] as const;
type OldFinding = Pick<Selectable<FindingsTable>, (typeof OLD_FINDING_COLUMNS)[number]>;

export interface ReingestPlan {
  projectId: number;
  reportId: number;
  parsed: ParsedReport;
  fps: string[];
  opts: PathOptions;
  /** new finding index → old finding */
  matches: Array<{ index: number; old: OldFinding; changed: string[] }>;
  added: number[];
  absent: OldFinding[];
  reappeared: number[];
  counts: ReingestCounts;
}

const normTitle = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** The report of the project that `name` + `parsed` look like a newer version of, if any. */
export function findPreviousVersion(
  core: CoreContext,
  projectId: number,
  name: string,
  parsed: ParsedReport,
): PreviousReport | null {
  const rows = core.runner.all(
    core.db
      .selectFrom('reports')
      .select(['id', 'title', 'source_path', 'format', 'tool'])
      .where('project_id', '=', projectId)
      .orderBy('id', 'desc'),
  );
  const base = (p: string) => basename(p.replace(/\\/g, '/')).toLowerCase();
  const format = parsed.report.format;
  const samePath = rows.find((r) => r.source_path === name && r.format === format);
  if (samePath) return previousReport(samePath, 'same path');
  const sameName = rows.find((r) => base(r.source_path) === base(name) && r.format === format);
  if (sameName) return previousReport(sameName, 'same file name');
  const tool = parsed.report.tool?.trim().toLowerCase();
  if (format !== 'markdown' && tool) {
    const sameTool = rows.find((r) => r.format === format && r.tool?.trim().toLowerCase() === tool);
    if (sameTool) return previousReport(sameTool, 'same tool');
  }
  return null;
}

function locationsOf(f: ParsedFinding, opts: PathOptions): Location[] {
  return f.locations.map((l) => ({
    path: normalizePath(l.path, opts),
    startLine: l.startLine ?? null,
    endLine: l.endLine ?? null,
    startColumn: l.startColumn ?? null,
    endColumn: l.endColumn ?? null,
  }));
}

function oldLocations(core: CoreContext, findingId: number): Location[] {
  return core.runner
    .all(
      core.db
        .selectFrom('locations')
        .select(['path', 'start_line', 'end_line', 'start_column', 'end_column'])
        .where('finding_id', '=', findingId)
        .orderBy('ordinal'),
    )
    .map((l) => ({ path: l.path, startLine: l.start_line, endLine: l.end_line, startColumn: l.start_column, endColumn: l.end_column }));
}

/** report-owned fields of a finding: [field, old value, new value] */
function reportFields(old: OldFinding, f: ParsedFinding): Array<[string, string, unknown, unknown]> {
  return [
    ['title', 'title', old.title, f.title],
    ['body', 'body', old.body, f.body ?? ''],
    ['severityText', 'severity_text', old.severity_text, f.severityText ?? null],
    ['ref', 'ref', old.ref, f.ref ?? null],
    ['ruleId', 'rule_id', old.rule_id, f.ruleId ?? null],
    ['category', 'category', old.category, f.category ?? null],
    ['baselineState', 'baseline_state', old.baseline_state, f.baselineState ?? null],
    ['suppression', 'suppression', old.suppression, f.suppression ? JSON.stringify(f.suppression) : null],
  ];
}

/** Matches a parsed newer version against report `reportId`; reads only. */
export function planReingest(core: CoreContext, projectId: number, reportId: number, parsed: ParsedReport): ReingestPlan {
  const { db, runner } = core;
  const report = runner.first(db.selectFrom('reports').select(['id', 'project_id']).where('id', '=', reportId));
  if (!report || report.project_id !== projectId) throw new CoreError('not_found', `report ${reportId} not found in project ${projectId}`);
  const opts = pathOptions(core, projectId);
  const fps = fingerprintAll(parsed.report.format, parsed.findings, opts);
  const olds: OldFinding[] = runner.all(db.selectFrom('findings').select(OLD_FINDING_COLUMNS).where('report_id', '=', reportId).orderBy('id'));
  const byFp = new Map<string, OldFinding[]>();
  for (const o of olds) {
    const list = byFp.get(o.fingerprint);
    if (list) list.push(o);
    else byFp.set(o.fingerprint, [o]);
  }
  const used = new Set<number>();
  const matchOf = new Map<number, OldFinding>();
  // pass 1: fingerprint
  parsed.findings.forEach((_, i) => {
    const o = byFp.get(fps[i])?.find((c) => !used.has(c.id));
    if (o) {
      used.add(o.id);
      matchOf.set(i, o);
    }
  });
  // pass 2: the same normalized title, when it names exactly one unmatched finding on each side
  const titleCount = (list: string[]) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map<string, number>());
  const restNew = parsed.findings.map((f, i) => i).filter((i) => !matchOf.has(i));
  const restOld = olds.filter((o) => !used.has(o.id));
  const newTitles = titleCount(restNew.map((i) => normTitle(parsed.findings[i].title)));
  const oldByTitle = new Map<string, OldFinding[]>();
  for (const o of restOld) {
    const t = normTitle(o.title);
    oldByTitle.set(t, [...(oldByTitle.get(t) ?? []), o]);
  }
  for (const i of restNew) {
    const t = normTitle(parsed.findings[i].title);
    const cands = oldByTitle.get(t);
    if (t && cands?.length === 1 && newTitles.get(t) === 1 && !used.has(cands[0].id)) {
      used.add(cands[0].id);
      matchOf.set(i, cands[0]);
    }
  }

  const absentNow = new Set(runner.all(duplicateRepository(db).absentIds(projectId, reportId)).map((r) => r.finding_id));
  const matches: ReingestPlan['matches'] = [];
  const added: number[] = [];
  parsed.findings.forEach((f, i) => {
    const old = matchOf.get(i);
    if (!old) {
      added.push(i);
      return;
    }
    const changed = reportFields(old, f)
      .filter(([, , a, b]) => (a ?? null) !== (b ?? null))
      .map(([name]) => name);
    if (JSON.stringify(oldLocations(core, old.id)) !== JSON.stringify(locationsOf(f, opts))) changed.push('locations');
    matches.push({ index: i, old, changed });
  });
  const absent = olds.filter((o) => !used.has(o.id));
  const reappeared = matches.filter((m) => absentNow.has(m.old.id)).map((m) => m.old.id);
  return {
    projectId,
    reportId,
    parsed,
    fps,
    opts,
    matches,
    added,
    absent,
    reappeared,
    counts: {
      matched: matches.length,
      changed: matches.filter((m) => m.changed.length > 0).length,
      added: added.length,
      absent: absent.length,
      reappeared: reappeared.length,
    },
  };
}

/** fields of these findings that a user changed (a live `update` event): they are not the report's to set */
function userSetFields(core: CoreContext, ids: readonly number[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = core.runner.all(
      core.db
        .selectFrom('events')
        .select(['entity_id', 'field'])
        .where('entity', '=', 'finding')
        .where('action', '=', 'update')
        .where('undone', '=', 0)
        .where('entity_id', 'in', ids.slice(i, i + 500)),
    );
    for (const r of rows) {
      if (!r.field) continue;
      const set = out.get(r.entity_id) ?? new Set<string>();
      set.add(r.field);
      out.set(r.entity_id, set);
    }
  }
  return out;
}

/** Applies a plan (the user confirmed): one transaction. */
export function applyReingest(core: CoreContext, plan: ReingestPlan, sourcePath: string, sha256: string): ReingestCounts {
  const { db, runner } = core;
  const dup = duplicateRepository(db);
  const { parsed, reportId, projectId, opts } = plan;
  return runner.tx(() => {
    const now = core.now();
    const log = eventWriter(core);
    ftsDeleteReport(runner, reportId); // reads the current rows: before they change
    const r = parsed.report;
    runner.run(
      db
        .updateTable('reports')
        .set({ source_path: sourcePath, sha256, ...reportColumns(r, r.repairs ?? [], now) })
        .where('id', '=', reportId),
    );
    const versionId = runner.run(
      dup.db.insertInto('report_versions').values({
        report_id: reportId,
        sha256,
        source_path: sourcePath,
        applied_at: now,
        matched: plan.counts.matched,
        added: plan.counts.added,
        absent: plan.counts.absent,
        changed: plan.counts.changed,
      }),
    ).lastId;

    const userSet = userSetFields(core, plan.matches.map((m) => m.old.id));
    const write = (id: number, field: string, oldValue: unknown, newValue: unknown) =>
      log.write({ projectId, entity: 'finding', entityId: id, action: 'report.update', field, oldValue, newValue });
    for (const m of plan.matches) {
      const f = parsed.findings[m.index];
      const old = m.old;
      const set: Record<string, unknown> = { fingerprint: plan.fps[m.index] };
      for (const [name, column, a, b] of reportFields(old, f)) {
        if ((a ?? null) === (b ?? null)) continue;
        set[column] = b;
        write(old.id, name, a, b);
      }
      // fields the user never set follow the report
      const user = userSet.get(old.id) ?? new Set<string>();
      const follow: Array<[string, keyof OldFinding, unknown]> = [
        ['severity', 'severity', f.severity ?? null],
        ['status', 'status', f.status ?? 'open'],
        ['phase', 'phase', f.phase ?? null],
        ['blocksDeployment', 'blocks_deployment', fromBool(f.blocksDeployment)],
      ];
      for (const [field, column, value] of follow) {
        if (user.has(field) || (old[column] ?? null) === value) continue;
        if (field === 'status' && old.status === 'duplicate') continue; // a merge decided that
        set[column] = value;
        write(old.id, field, old[column], value);
      }
      if (old.effort_source !== 'user' && f.effort && (old.effort_min_hours !== f.effort.minHours || old.effort_max_hours !== f.effort.maxHours)) {
        set.effort_min_hours = f.effort.minHours;
        set.effort_max_hours = f.effort.maxHours;
        set.effort_text = f.effort.text;
        set.effort_source = 'report';
        write(old.id, 'effort', [old.effort_min_hours, old.effort_max_hours], [f.effort.minHours, f.effort.maxHours]);
      }
      if (Object.keys(set).length > 1 || m.changed.length) set.updated_at = now;
      runner.run(db.updateTable('findings').set(set as never).where('id', '=', old.id));
      if (m.changed.includes('locations')) {
        const before = oldLocations(core, old.id);
        const after = locationsOf(f, opts);
        runner.run(db.deleteFrom('locations').where('finding_id', '=', old.id));
        insertLocations(core, old.id, after);
        write(old.id, 'locations', before, after);
      }
    }
    if (plan.reappeared.length) {
      runner.run(dup.clearAbsence(plan.reappeared));
      for (const id of plan.reappeared) {
        log.write({ projectId, entity: 'finding', entityId: id, action: 'report.present', field: 'notInLatest', oldValue: true, newValue: false });
      }
    }
    const absentNow = new Set(runner.all(dup.absentIds(projectId, reportId)).map((x) => x.finding_id));
    for (const o of plan.absent) {
      if (absentNow.has(o.id)) {
        runner.run(dup.db.updateTable('finding_absence').set({ version_id: versionId }).where('finding_id', '=', o.id));
        continue;
      }
      runner.run(dup.db.insertInto('finding_absence').values({ finding_id: o.id, project_id: projectId, report_id: reportId, version_id: versionId, since: now }));
      log.write({ projectId, entity: 'finding', entityId: o.id, action: 'report.absent', field: 'notInLatest', oldValue: false, newValue: true });
    }

    // new findings, with dependencies also on matched ones
    const { ids, byRef } = insertFindings(core, projectId, reportId, parsed, plan.added, plan.fps, opts);
    const refs = new Map(byRef);
    for (const m of plan.matches) {
      const ref = parsed.findings[m.index].ref;
      if (ref && !refs.has(ref)) refs.set(ref, m.old.id);
    }
    plan.added.forEach((index, k) => {
      for (const ref of parsed.findings[index].dependsOn ?? []) {
        const target = refs.get(ref);
        if (target === undefined || target === ids[k] || byRef.get(ref) === target) continue;
        const exists = runner.first(
          db.selectFrom('finding_dependencies').select('finding_id').where('finding_id', '=', ids[k]).where('depends_on_id', '=', target),
        );
        if (!exists) runner.run(db.insertInto('finding_dependencies').values({ finding_id: ids[k], depends_on_id: target }));
      }
    });
    for (const id of ids) log.write({ projectId, entity: 'finding', entityId: id, action: 'report.new', field: null, oldValue: null, newValue: reportId });
    addNewChecklistItems(core, projectId, reportId, parsed, refs);

    log.write({
      projectId,
      entity: 'report',
      entityId: reportId,
      action: 'reingest',
      field: null,
      oldValue: null,
      newValue: { file: sourcePath, ...plan.counts },
    });
    ftsIndexReport(runner, reportId);
    return plan.counts;
  });
}

/**
 * Checklists of the new version: items already there keep their state and links (the user's);
 * items and checklists the new version adds are appended, linked to the findings their text names.
 */
function addNewChecklistItems(core: CoreContext, projectId: number, reportId: number, parsed: ParsedReport, refs: Map<string, number>) {
  const { db, runner } = core;
  const existing = runner.all(db.selectFrom('checklists').select(['id', 'title', 'ordinal']).where('report_id', '=', reportId).orderBy('ordinal'));
  let nextOrdinal = existing.reduce((m, c) => Math.max(m, c.ordinal + 1), 0);
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  for (const c of parsed.checklists) {
    let list = existing.find((e) => norm(e.title) === norm(c.title));
    if (!list) {
      const id = runner.run(
        db.insertInto('checklists').values({ project_id: projectId, report_id: reportId, title: c.title, gate: c.gate ? 1 : 0, ordinal: nextOrdinal++ }),
      ).lastId;
      list = { id, title: c.title, ordinal: nextOrdinal - 1 };
      existing.push(list);
    }
    const items = runner.all(db.selectFrom('checklist_items').select(['id', 'text', 'ordinal']).where('checklist_id', '=', list.id));
    const have = new Set(items.map((i) => norm(i.text)));
    let ord = items.reduce((m, i) => Math.max(m, i.ordinal + 1), 0);
    for (const item of c.items) {
      if (have.has(norm(item.text))) continue;
      have.add(norm(item.text));
      const itemId = runner.run(
        db.insertInto('checklist_items').values({ checklist_id: list.id, text: item.text, checked: item.checked ? 1 : 0, ordinal: ord++ }),
      ).lastId;
      for (const findingId of refsIn(item.text, refs)) {
        runner.run(db.insertInto('checklist_item_findings').values({ item_id: itemId, finding_id: findingId }));
      }
    }
  }
}

export interface ReingestInput {
  name: string;
  bytes: Uint8Array;
}

/** a report with the same path or file name, or any machine-format report (same tool?) */
function mayHavePrevious(core: CoreContext, projectId: number, name: string): boolean {
  const base = basename(name.replace(/\\/g, '/')).toLowerCase();
  const rows = core.runner.all(core.db.selectFrom('reports').select(['source_path', 'format']).where('project_id', '=', projectId));
  return rows.some((r) => r.format !== 'markdown' || basename(r.source_path.replace(/\\/g, '/')).toLowerCase() === base);
}

/** What re-ingesting these bytes would do; writes nothing. */
export function previewReingest(
  core: CoreContext,
  projectId: number,
  input: ReingestInput,
  reportId?: number,
  parse: ReportParser = parseReportBytes,
): ReingestPreview {
  const empty = { added: [], absent: [], changed: [] };
  const sha = sha256Hex(input.bytes);
  if (findReportBySha(core, projectId, sha)) return { file: input.name, alreadyPresent: true, previous: null, counts: null, samples: empty };
  if (reportId === undefined && !mayHavePrevious(core, projectId, input.name)) {
    // nothing it could be a newer version of: no parse (the import that follows parses it once)
    return { file: input.name, alreadyPresent: false, previous: null, counts: null, samples: empty };
  }
  const parsed = parse(input.bytes, input.name);
  let previous = findPreviousVersion(core, projectId, input.name, parsed);
  if (reportId !== undefined) {
    const row = core.runner.first(
      core.db.selectFrom('reports').select(['id', 'title', 'source_path', 'format', 'tool', 'project_id']).where('id', '=', reportId),
    );
    if (!row || row.project_id !== projectId) throw new CoreError('not_found', `report ${reportId} not found in project ${projectId}`);
    previous = previousReport(row, 'chosen');
  }
  if (!previous) return { file: input.name, alreadyPresent: false, previous: null, counts: null, samples: empty };
  const plan = planReingest(core, projectId, previous.id, parsed);
  const few = (xs: string[]) => xs.slice(0, 5);
  return {
    file: input.name,
    alreadyPresent: false,
    previous,
    counts: plan.counts,
    samples: {
      added: few(plan.added.map((i) => parsed.findings[i].title)),
      absent: few(plan.absent.map((o) => o.title)),
      changed: few(plan.matches.filter((m) => m.changed.length).map((m) => m.old.title)),
    },
  };
}

/** Re-ingests these bytes as the newest version of report `reportId` (the user confirmed). */
export function reingestBytes(
  core: CoreContext,
  projectId: number,
  reportId: number,
  input: ReingestInput,
  parse: ReportParser = parseReportBytes,
): ReingestApplyResult {
  const sha = sha256Hex(input.bytes);
  const zero = { matched: 0, changed: 0, added: 0, absent: 0, reappeared: 0 };
  const present = findReportBySha(core, projectId, sha);
  if (present) return { reportId: present.id, alreadyPresent: true, counts: zero };
  const parsed = parse(input.bytes, input.name);
  const plan = planReingest(core, projectId, reportId, parsed);
  const counts = applyReingest(core, plan, input.name, sha);
  return { reportId, alreadyPresent: false, counts };
}
