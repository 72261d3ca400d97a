// DB → ProjectSnapshot: everything planning and exporting need, read in one pass with one query per
// table (no per-finding queries). Checklist items come back with auto-ticking applied.
import { locationPath } from '../../db/location-path';
import { findingBody } from '../../db/finding-body';
import { checklistRepository } from '../../db/repositories/checklist-repository';
import { planRepository } from '../../db/repositories/plan-repository';
import { settingsRepository } from '../../db/repositories/settings-repository';
import { autoTick } from '../../shared/plan';
import {
  resolveSettings,
  type DeepPartialSettings,
  type EffortSource,
  type ProjectSnapshot,
  type SnapshotChecklist,
  type SnapshotEvent,
  type SnapshotFinding,
  type SnapshotPlanStep,
  type SnapshotReport,
  type SnapshotSuppression,
} from '../../shared/snapshot';
import type { Claims, Effort, FixOrderStep, Location, Severity, Status } from '../../shared/types';
import type { CoreContext } from './context';
import { checkpoint } from './job';
import { requireProject } from './handlers/projects';
import { projectRules } from '../ingest/rule-store';
import { parseJson } from './mappers';
import { slaOf } from './assignment';
import { slaDueDate } from '../../shared/assignment';

/** settings key holding the project's plan settings (effort defaults, severity weights) */
export const PLAN_SETTINGS_KEY = 'plan';

const EFFORT_SOURCES = new Set<EffortSource>(['report', 'severity-group', 'user', 'default']);

export function readPlanSettings(ctx: CoreContext, projectId: number) {
  const row = ctx.runner.first(settingsRepository(ctx.db).get(projectId, PLAN_SETTINGS_KEY));
  return resolveSettings(parseJson<DeepPartialSettings | null>(row?.value, null));
}

export function readManualSteps(ctx: CoreContext, projectId: number): SnapshotPlanStep[] | null {
  const repo = planRepository(ctx.db);
  const steps = ctx.runner.all(repo.steps(projectId));
  if (steps.length === 0) return null;
  const byStep = new Map<number, number[]>(steps.map((s) => [s.id, []]));
  for (const r of ctx.runner.all(repo.stepFindings(projectId))) byStep.get(r.step_id)?.push(r.finding_id);
  return steps.map((s) => ({ title: s.title, findingIds: byStep.get(s.id) ?? [] }));
}

/** adds `value` to the list of `key` (a new list on its first value) */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function suppressionOf(json: string | null): SnapshotSuppression | null {
  const s = parseJson<{ kind?: unknown; status?: unknown; justification?: unknown } | null>(json, null);
  if (!s || typeof s.kind !== 'string') return null;
  return {
    kind: s.kind,
    status: typeof s.status === 'string' ? s.status : null,
    justification: typeof s.justification === 'string' ? s.justification : null,
  };
}

/** findings read per query by buildSnapshot (a checkpoint between pages) */
export const FINDINGS_PAGE = 5000;

/** the steps of buildSnapshot that report progress (export.render, a job, checkpoints between them) */
export const SNAPSHOT_STEPS = 7;

/**
 * Reads the project in SNAPSHOT_STEPS steps, with a checkpoint (phase "read") before each and after
 * the last: in a job (export.render) it reports how far it is and stops there once cancelled.
 */
export function buildSnapshot(ctx: CoreContext, projectId: number): ProjectSnapshot {
  let step = 0;
  const next = () => checkpoint(ctx, 'read', step++, SNAPSHOT_STEPS);
  next();
  const project = requireProject(ctx, projectId);
  const reports = readReports(ctx, projectId);
  next();
  const findings = readFindings(ctx, projectId, next);
  const dependencies = readDependencies(ctx, projectId);
  next();
  const checklists = readChecklists(ctx, projectId, findings);
  const planSteps = readManualSteps(ctx, projectId);
  const settings = readPlanSettings(ctx, projectId);
  const sla = slaOf(ctx, projectId);
  const rules = projectRules(ctx, projectId).map((r) => ({ family: r.family, familyLabel: r.familyLabel, spec: r.spec, label: r.label, enabled: r.enabled, createdAt: r.createdAt }));
  next();
  return { project: { id: project.id, name: project.name }, reports, findings, dependencies, checklists, planSteps, settings, sla, rules };
}

/** The reports' own fix orders (steps with their items), by report. */
function readFixOrders({ db, runner }: CoreContext, projectId: number): Map<number, FixOrderStep[]> {
  const stepRows = runner.all(
    db
      .selectFrom('fix_order_steps as s')
      .innerJoin('reports as r', 'r.id', 's.report_id')
      .select(['s.id', 's.report_id', 's.title', 's.effort_min_hours', 's.effort_max_hours', 's.effort_text'])
      .where('r.project_id', '=', projectId)
      .orderBy('s.report_id')
      .orderBy('s.ordinal'),
  );
  const itemRows = runner.all(
    db
      .selectFrom('fix_order_items as i')
      .innerJoin('fix_order_steps as s', 's.id', 'i.step_id')
      .innerJoin('reports as r', 'r.id', 's.report_id')
      .select(['i.step_id', 'i.text', 'i.done', 'i.refs'])
      .where('r.project_id', '=', projectId)
      .orderBy('i.step_id')
      .orderBy('i.ordinal'),
  );
  const stepItems = new Map<number, FixOrderStep['items']>();
  for (const i of itemRows) append(stepItems, i.step_id, { text: i.text, done: i.done !== 0, refs: parseJson<string[]>(i.refs, []) });
  const fixOrders = new Map<number, FixOrderStep[]>();
  for (const s of stepRows) {
    const effort: Effort | null =
      s.effort_min_hours != null && s.effort_max_hours != null
        ? { minHours: s.effort_min_hours, maxHours: s.effort_max_hours, text: s.effort_text ?? '' }
        : null;
    append(fixOrders, s.report_id, { title: s.title, effort, items: stepItems.get(s.id) ?? [] });
  }
  return fixOrders;
}

/** The project's reports, with their fix orders and (issue 15) their kept texts. */
function readReports(ctx: CoreContext, projectId: number): SnapshotReport[] {
  const { db, runner } = ctx;
  const reportRows = runner.all(
    db
      .selectFrom('reports')
      .select(['id', 'title', 'source_path', 'format', 'tool', 'date', 'claims', 'effort_by_severity'])
      .where('project_id', '=', projectId)
      .orderBy('id'),
  );
  const fixOrders = readFixOrders(ctx, projectId);
  // issue 15: kept report texts, finding histories, absence marks and rules travel with the export
  const texts = new Map(
    runner
      .all(db.selectFrom('report_texts as t').innerJoin('reports as r', 'r.id', 't.report_id').select(['t.report_id', 't.text']).where('r.project_id', '=', projectId))
      .map((t) => [t.report_id, t.text]),
  );
  return reportRows.map((r) => ({
    id: r.id,
    title: r.title,
    sourcePath: r.source_path,
    format: r.format,
    tool: r.tool,
    date: r.date,
    claims: parseJson<Claims | null>(r.claims, null),
    effortBySeverity: parseJson<Partial<Record<Severity, Effort>> | null>(r.effort_by_severity, null),
    fixOrder: fixOrders.get(r.id) ?? [],
    ...(texts.has(r.id) ? { text: texts.get(r.id) } : {}),
  }));
}

/** Each finding's locations, in order. */
function readLocations({ db, runner }: CoreContext, projectId: number): Map<number, Location[]> {
  const locationRows = runner.all(
    db
      .selectFrom('locations as l')
      .innerJoin('findings as f', 'f.id', 'l.finding_id')
      .select(['l.finding_id', locationPath('l').as('path'), 'l.start_line', 'l.end_line', 'l.start_column', 'l.end_column'])
      .where('f.project_id', '=', projectId)
      .orderBy('l.finding_id')
      .orderBy('l.ordinal'),
  );
  const locations = new Map<number, Location[]>();
  for (const l of locationRows) {
    const loc: Location = { path: l.path };
    if (l.start_line != null) loc.startLine = l.start_line;
    if (l.end_line != null) loc.endLine = l.end_line;
    if (l.start_column != null) loc.startColumn = l.start_column;
    if (l.end_column != null) loc.endColumn = l.end_column;
    append(locations, l.finding_id, loc);
  }
  return locations;
}

/** The reason of each finding's newest live status change (it wins over the stored, imported one). */
function readStatusReasons({ db, runner }: CoreContext, projectId: number): Map<number, string | null> {
  const statusEvents = runner.all(
    db
      .selectFrom('events')
      .select(['entity_id', 'reason'])
      .where('project_id', '=', projectId)
      .where('entity', '=', 'finding')
      .where('field', '=', 'status')
      .where('undone', '=', 0)
      .orderBy('id'),
  );
  const eventReason = new Map<number, string | null>();
  for (const e of statusEvents) eventReason.set(e.entity_id, e.reason);

  return eventReason;
}

/** Each finding's history (issue 15: it travels with the export). */
function readFindingHistory({ db, runner }: CoreContext, projectId: number): Map<number, SnapshotEvent[]> {
  const history = new Map<number, SnapshotEvent[]>();
  for (const e of runner.all(
    db
      .selectFrom('events as e')
      .innerJoin('findings as f', 'f.id', 'e.entity_id')
      .select(['e.entity_id', 'e.at', 'e.actor', 'e.action', 'e.field', 'e.old_value', 'e.new_value', 'e.reason'])
      .where('e.entity', '=', 'finding')
      .where('f.project_id', '=', projectId)
      .where('e.undone', '=', 0)
      .where('e.action', 'not in', ['undo', 'redo'])
      .orderBy('e.id'),
  )) {
    // a finding.add's value is the row with this database's ids: the export says only that it was added
    const added = e.action === 'finding.add';
    append(history, e.entity_id, { at: e.at, actor: e.actor, action: e.action, field: e.field, oldValue: added ? null : parseJson(e.old_value, null), newValue: added ? null : parseJson(e.new_value, null), reason: e.reason });
  }
  return history;
}

/** Since when each finding is "not in latest report". */
function readAbsence({ db, runner }: CoreContext, projectId: number): Map<number, string> {
  return new Map(
    runner
      .all(db.selectFrom('finding_absence as a').innerJoin('findings as f', 'f.id', 'a.finding_id').select(['a.finding_id', 'a.since']).where('f.project_id', '=', projectId))
      .map((a) => [a.finding_id, a.since]),
  );
}

/** The project's findings with their locations, status reasons, histories and absence marks. */
function readFindings(ctx: CoreContext, projectId: number, next: () => void = () => {}): SnapshotFinding[] {
  const { db, runner } = ctx;
  // in pages by id, a checkpoint after each: the rows of a large project take seconds to read
  const findingRows = [];
  for (let after = 0; ; ) {
    const page = runner.all(
      db
        .selectFrom('findings')
        .selectAll()
        .select(findingBody('findings').as('whole_body'))
        .where('project_id', '=', projectId)
        .where('id', '>', after)
        .orderBy('id')
        .limit(FINDINGS_PAGE),
    );
    for (const row of page) findingRows.push(row);
    checkpoint(ctx, 'read findings', findingRows.length, null);
    if (page.length < FINDINGS_PAGE) break;
    after = page[page.length - 1].id;
  }
  next();
  const locations = readLocations(ctx, projectId);
  next();
  const eventReason = readStatusReasons(ctx, projectId);
  next();
  const history = readFindingHistory(ctx, projectId);
  next();
  const absence = readAbsence(ctx, projectId);
  const sla = slaOf(ctx, projectId);
  return findingRows.map((f) => ({
    id: f.id,
    reportId: f.report_id,
    ref: f.ref,
    title: f.title,
    severity: f.severity as Severity | null,
    severityText: f.severity_text,
    status: f.status as Status,
    phase: f.phase,
    category: f.category,
    ruleId: f.rule_id,
    fingerprint: f.fingerprint,
    toolFingerprints: parseJson<Record<string, string> | null>(f.tool_fingerprints, null),
    blocksDeployment: f.blocks_deployment == null ? null : f.blocks_deployment !== 0,
    effortMinHours: f.effort_min_hours,
    effortMaxHours: f.effort_max_hours,
    effortSource: f.effort_source && EFFORT_SOURCES.has(f.effort_source as EffortSource) ? (f.effort_source as EffortSource) : null,
    body: f.whole_body,
    notes: f.notes,
    locations: locations.get(f.id) ?? [],
    duplicateOf: f.duplicate_of,
    suppression: suppressionOf(f.suppression),
    statusReason: eventReason.has(f.id) ? (eventReason.get(f.id) ?? null) : f.status_reason,
    baselineState: f.baseline_state,
    history: history.get(f.id) ?? [],
    notInLatestSince: absence.get(f.id) ?? null,
    firstSeen: f.created_at,
    assignee: f.assignee,
    dueAt: f.due_at ?? slaDueDate(f.created_at, f.severity as Severity | null, sla),
    dueManual: f.due_at !== null,
  }));
}

function readDependencies({ db, runner }: CoreContext, projectId: number): ProjectSnapshot['dependencies'] {
  return runner
    .all(
      db
        .selectFrom('finding_dependencies as d')
        .innerJoin('findings as f', 'f.id', 'd.finding_id')
        .select(['d.finding_id', 'd.depends_on_id'])
        .where('f.project_id', '=', projectId)
        .orderBy('d.finding_id')
        .orderBy('d.depends_on_id'),
    )
    .map((d) => ({ findingId: d.finding_id, dependsOnId: d.depends_on_id }));
}

/** The project's checklists with items, links and auto-ticking applied (findings: id + status). */
export function readChecklists(
  ctx: CoreContext,
  projectId: number,
  findings?: ReadonlyArray<Pick<SnapshotFinding, 'id' | 'status'>>,
): SnapshotChecklist[] {
  const repo = checklistRepository(ctx.db);
  const { runner } = ctx;
  const lists = runner.all(repo.lists(projectId));
  const items = runner.all(repo.items(projectId));
  const links = new Map<number, number[]>();
  for (const l of runner.all(repo.links(projectId))) append(links, l.item_id, l.finding_id);
  const statuses =
    findings ??
    runner
      .all(ctx.db.selectFrom('findings').select(['id', 'status']).where('project_id', '=', projectId))
      .map((r) => ({ id: r.id, status: r.status as Status }));
  const byList = new Map<number, SnapshotChecklist['items']>();
  for (const i of items) {
    append(byList, i.checklist_id, { id: i.id, text: i.text, checked: i.checked !== 0, findingIds: links.get(i.id) ?? [], manual: i.manual !== 0 });
  }
  return lists.map((c) => ({
    id: c.id,
    title: c.title,
    gate: c.gate !== 0,
    reportId: c.report_id,
    items: autoTick(byList.get(c.id) ?? [], statuses),
  }));
}
