import type { Sla } from './assignment';
import type { RulesFile } from './rules';
// ProjectSnapshot: the plain data that planning and exporting need, independent of the database.
// The DB layer builds one from its tables; `snapshotFromParsed` builds one straight from parsed
// reports (tests, `punchlist plan FILE…` without a database). Pure: runs in the renderer too.
import type { Claims, Effort, FixOrderStep, Location, ParsedReport, ReportFormat, Severity, Status } from './types';
import { extractRefs, normalizeRef } from './plan/refs';

export type EffortSource = 'report' | 'severity-group' | 'user' | 'default';
/** [minHours, maxHours] */
export type HoursPair = [number, number];
export type SeverityOrUnrated = Severity | 'unrated';

export interface PlanSettings {
  /** effort used when neither the finding nor its report's severity group gives one */
  effortDefaults: Record<SeverityOrUnrated, HoursPair>;
  /** how much fixing one finding of a severity is worth (value for effort = weight / mid hours) */
  severityWeights: Record<SeverityOrUnrated, number>;
}

/** Defaults; a project may override them (settings key 'plan'). Never mutate: copy with `resolveSettings`. */
export const DEFAULT_PLAN_SETTINGS: Readonly<PlanSettings> = Object.freeze<PlanSettings>({
  effortDefaults: {
    critical: [4, 8],
    high: [2, 4],
    medium: [1, 2],
    low: [0.5, 1],
    info: [0, 0.5],
    unrated: [1, 2],
  },
  severityWeights: { critical: 16, high: 8, medium: 4, low: 2, info: 1, unrated: 4 },
});

/** Fills in whatever a partial (stored) settings object leaves out. */
export function resolveSettings(partial?: DeepPartialSettings | null): PlanSettings {
  const d = DEFAULT_PLAN_SETTINGS;
  const effortDefaults = { ...d.effortDefaults } as Record<SeverityOrUnrated, HoursPair>;
  const severityWeights = { ...d.severityWeights };
  for (const k of Object.keys(effortDefaults) as SeverityOrUnrated[]) {
    const v = partial?.effortDefaults?.[k];
    if (Array.isArray(v) && v.length === 2 && v.every((n) => Number.isFinite(n) && n >= 0)) {
      effortDefaults[k] = [Math.min(v[0], v[1]), Math.max(v[0], v[1])];
    } else effortDefaults[k] = [...effortDefaults[k]] as HoursPair;
    const w = partial?.severityWeights?.[k];
    if (typeof w === 'number' && Number.isFinite(w) && w >= 0) severityWeights[k] = w;
  }
  return { effortDefaults, severityWeights };
}
export interface DeepPartialSettings {
  effortDefaults?: Partial<Record<SeverityOrUnrated, HoursPair>>;
  severityWeights?: Partial<Record<SeverityOrUnrated, number>>;
}

export interface SnapshotReport {
  id: number;
  title: string | null;
  sourcePath: string;
  format: ReportFormat | string;
  tool: string | null;
  date: string | null;
  claims: Claims | null;
  /** effort the report gives per severity group ("P1 bugs: 8-12 hours") */
  effortBySeverity: Partial<Record<Severity, Effort>> | null;
  /** the report's own recommended fix order ([] when it has none) */
  fixOrder: FixOrderStep[];
  /** issue 15: a Markdown report's kept text (the import review reads it); absent in older exports */
  text?: string | null;
}

export interface SnapshotSuppression {
  kind: string;
  status: string | null;
  justification: string | null;
}

export interface SnapshotFinding {
  id: number;
  reportId: number;
  ref: string | null;
  title: string;
  severity: Severity | null;
  severityText: string | null;
  status: Status;
  phase: string | null;
  category: string | null;
  ruleId: string | null;
  /** Punchlist's own stable fingerprint */
  fingerprint: string;
  /** fingerprints the source tool gave (SARIF partialFingerprints), verbatim */
  toolFingerprints: Record<string, string> | null;
  blocksDeployment: boolean | null;
  effortMinHours: number | null;
  effortMaxHours: number | null;
  /** where effortMin/Max came from; only 'report' and 'user' values are taken as given, the rest is re-derived */
  effortSource: EffortSource | null;
  body: string;
  notes: string | null;
  locations: Location[];
  duplicateOf: number | null;
  /** suppression carried by the source (SARIF) or set by triage */
  suppression: SnapshotSuppression | null;
  /** the reason a user gave when setting wont_fix / false_positive / duplicate */
  statusReason: string | null;
  /** new | unchanged | updated | absent, when known (re-ingest of the same source, or the source said) */
  baselineState: string | null;
  /** issue 15: the finding's history (live changes, corrections with their rule as reason); absent in older exports */
  history?: SnapshotEvent[];
  /** issue 6/15: marked "not in latest report" since this time; absent in older exports */
  notInLatestSince?: string | null;
  /** issue 18: when it was first ingested (the SLA counts from that day); absent in older exports */
  firstSeen?: string;
  /** issue 18: who fixes it; absent in older exports */
  assignee?: string | null;
  /** issue 18: its due date (YYYY-MM-DD), set by hand when dueManual, else from the project's SLA */
  dueAt?: string | null;
  dueManual?: boolean;
}

export interface SnapshotEvent {
  at: string;
  actor: string;
  action: string;
  field: string | null;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
}

export interface SnapshotDependency {
  /** this finding … */
  findingId: number;
  /** … must wait for this one */
  dependsOnId: number;
}

export interface SnapshotChecklistItem {
  id: number;
  text: string;
  checked: boolean;
  /** findings whose fix this item verifies; when all are fixed/verified the item ticks itself */
  findingIds: number[];
  /** true once the user ticked/unticked it by hand: auto-ticking leaves it alone */
  manual: boolean;
}

export interface SnapshotChecklist {
  id: number;
  title: string;
  /** must pass before deploying */
  gate: boolean;
  reportId: number | null;
  items: SnapshotChecklistItem[];
}

export interface SnapshotPlanStep {
  title: string;
  findingIds: number[];
}

export interface ProjectSnapshot {
  project: { id: number; name: string };
  reports: SnapshotReport[];
  findings: SnapshotFinding[];
  dependencies: SnapshotDependency[];
  checklists: SnapshotChecklist[];
  /** the user's manual plan order, or null when the plan is generated */
  planSteps: SnapshotPlanStep[] | null;
  settings: PlanSettings;
  /** issue 15: the corrections kept as rules (a rules file's entries); absent in older exports */
  rules?: RulesFile['rules'];
  /** issue 18: the SLA, days per severity (shared/assignment.ts); absent in older exports */
  sla?: Sla;
}

/** the first bytes of a Punchlist JSON export (toJson writes "punchlist" first): ingest and a drop on the window import it (issue 15) */
export const PUNCHLIST_EXPORT_HEAD = /^\uFEFF?\s*\{\s*"punchlist"\s*:\s*\d/;

export const OPEN_STATUSES: readonly Status[] = ['open', 'in_progress'];
export const DONE_STATUSES: readonly Status[] = ['fixed', 'verified'];
export function isOpen(status: Status): boolean {
  return status === 'open' || status === 'in_progress';
}

/** FNV-1a 64-bit as 16 hex chars (pure, deterministic; not cryptographic). */
export function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  const bytes = new TextEncoder().encode(text);
  for (const b of bytes) {
    h ^= BigInt(b);
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}

/** A fingerprint from what identifies a finding across re-ingests: rule/ref, title, first path. */
export function defaultFingerprint(f: {
  ruleId?: string | null;
  ref?: string | null;
  title: string;
  locations?: Location[];
}): string {
  const title = f.title.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const path = f.locations?.[0]?.path ?? '';
  return fnv1a64([f.ruleId ?? '', f.ref ?? '', title, path].join('\u0000'));
}

export interface FromParsedOptions {
  projectId?: number;
  projectName?: string;
  /** one per parsed report; defaults to "report-N" */
  sourcePaths?: string[];
  settings?: DeepPartialSettings | null;
}

/**
 * Builds a snapshot from parsed reports: ids are assigned in order (reports 1…, findings 1…,
 * checklists 1…, items 1…); dependsOn refs resolve within the same report first, then across
 * the project; checklist items that name refs are linked to those findings.
 */
export function snapshotFromParsed(parsed: ParsedReport[], options: FromParsedOptions = {}): ProjectSnapshot {
  const reports: SnapshotReport[] = [];
  const findings: SnapshotFinding[] = [];
  const checklists: SnapshotChecklist[] = [];
  const dependencies: SnapshotDependency[] = [];
  const byRefInReport = new Map<string, number>(); // `${reportId}\u0000${REF}` -> finding id
  const byRefGlobal = new Map<string, number>();
  const pendingDeps: Array<{ findingId: number; reportId: number; ref: string }> = [];
  let checklistId = 0;
  let itemId = 0;

  parsed.forEach((p, i) => {
    const reportId = i + 1;
    reports.push({
      id: reportId,
      title: p.report.title,
      sourcePath: options.sourcePaths?.[i] ?? `report-${reportId}`,
      format: p.report.format,
      tool: p.report.tool ?? null,
      date: p.report.date,
      claims: p.report.claims,
      effortBySeverity: p.report.effortBySeverity ?? null,
      fixOrder: p.fixOrder ?? [],
    });
    for (const pf of p.findings) {
      const id = findings.length + 1;
      const supp = pf.suppression
        ? { kind: pf.suppression.kind, status: pf.suppression.status ?? null, justification: pf.suppression.justification ?? null }
        : null;
      findings.push({
        id,
        reportId,
        ref: pf.ref,
        title: pf.title,
        severity: pf.severity,
        severityText: pf.severityText,
        status: pf.status,
        phase: pf.phase,
        category: pf.category,
        ruleId: pf.ruleId ?? null,
        fingerprint: defaultFingerprint(pf),
        toolFingerprints: pf.fingerprints ?? null,
        blocksDeployment: pf.blocksDeployment,
        effortMinHours: pf.effort ? pf.effort.minHours : null,
        effortMaxHours: pf.effort ? pf.effort.maxHours : null,
        effortSource: pf.effort ? 'report' : null,
        body: pf.body,
        notes: null,
        locations: pf.locations.map((l) => ({ ...l })),
        duplicateOf: null,
        suppression: supp,
        statusReason: null,
        baselineState: pf.baselineState ?? null,
      });
      if (pf.ref) {
        const key = normalizeRef(pf.ref);
        if (!byRefInReport.has(`${reportId}\u0000${key}`)) byRefInReport.set(`${reportId}\u0000${key}`, id);
        if (!byRefGlobal.has(key)) byRefGlobal.set(key, id);
      }
      for (const ref of pf.dependsOn) pendingDeps.push({ findingId: id, reportId, ref });
    }
    for (const c of p.checklists) {
      checklistId++;
      checklists.push({
        id: checklistId,
        title: c.title,
        gate: c.gate,
        reportId,
        items: c.items.map((it) => ({ id: ++itemId, text: it.text, checked: it.checked, findingIds: [], manual: false })),
      });
    }
  });

  const resolve = (reportId: number, ref: string): number | undefined => {
    const key = normalizeRef(ref);
    return byRefInReport.get(`${reportId}\u0000${key}`) ?? byRefGlobal.get(key);
  };
  const seen = new Set<string>();
  for (const d of pendingDeps) {
    const target = resolve(d.reportId, d.ref);
    if (target === undefined || target === d.findingId) continue;
    const k = `${d.findingId}>${target}`;
    if (seen.has(k)) continue;
    seen.add(k);
    dependencies.push({ findingId: d.findingId, dependsOnId: target });
  }
  for (const c of checklists) {
    for (const it of c.items) {
      const ids = new Set<number>();
      for (const ref of extractRefs(it.text)) {
        const target = c.reportId !== null ? resolve(c.reportId, ref) : byRefGlobal.get(normalizeRef(ref));
        if (target !== undefined) ids.add(target);
      }
      it.findingIds = [...ids];
    }
  }

  return {
    project: { id: options.projectId ?? 1, name: options.projectName ?? 'Untitled project' },
    reports,
    findings,
    dependencies,
    checklists,
    planSteps: null,
    settings: resolveSettings(options.settings),
  };
}
