// Insights: the figures behind the Insights view and the charts of the HTML export. Pure functions
// of plain data (no database, no DOM): the service builds `InsightsData` from its tables, the
// exporter from a ProjectSnapshot. Every figure carries the board filter that shows its cards.
import { DEFAULT_PLAN_SETTINGS, isOpen, OPEN_STATUSES, type PlanSettings, type SeverityOrUnrated } from '../snapshot';
import { NO_PHASE, SEVERITIES, STATUSES, type Claims, type Severity, type Status } from '../types';
import { familyGroups } from '../report-family';

export const SEVERITY_ROWS: readonly SeverityOrUnrated[] = [...SEVERITIES, 'unrated'];
export const CLOSED_STATUSES: readonly Status[] = STATUSES.filter((s) => !isOpen(s));

/** The part of a board filter (FindingFilter less projectId) a chart element stands for. */
export interface InsightFilter {
  severity?: SeverityOrUnrated[];
  status?: Status[];
  phase?: string[];
  reportId?: number[];
  pathPrefix?: string;
  blocksDeployment?: boolean;
}

export interface InsightFinding {
  id: number;
  reportId: number;
  severity: Severity | null;
  status: Status;
  phase: string | null;
  blocksDeployment: boolean | null;
  effortMinHours: number | null;
  effortMaxHours: number | null;
  fingerprint: string;
  title: string;
  /** every location path, as stored (normalized) */
  paths: string[];
  /** ISO timestamp the finding entered the database (burndown); absent: before everything */
  createdAt?: string | null;
}

export interface InsightReport {
  id: number;
  title: string | null;
  sourcePath: string;
  date: string | null;
  claims: Claims | null;
  ingestedAt?: string | null;
  /** markdown | sarif | json, and the tool: which reports are versions of one another (shared/report-family.ts) */
  format: string;
  tool: string | null;
}

/** a field change of a finding, from the event log (update, undo and redo all record old → new) */
export interface InsightEvent {
  at: string;
  findingId: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export interface InsightsData {
  findings: InsightFinding[];
  reports: InsightReport[];
  /** items of deployment-gate checklists */
  gateItems: Array<{ checked: boolean }>;
  events?: InsightEvent[];
  settings?: PlanSettings;
}

export interface SeverityStatusFigure {
  severities: SeverityOrUnrated[];
  statuses: Status[];
  /** counts[severity index][status index] */
  counts: number[][];
}

export interface PhaseSeverityFigure {
  /** phases as stored; null = no phase */
  phases: Array<string | null>;
  severities: SeverityOrUnrated[];
  /** counts[phase index][severity index], open findings only */
  counts: number[][];
}

export interface GateFigure {
  blockers: { open: number; done: number };
  gateItems: { open: number; done: number };
}

export interface BurndownFigure {
  /** UTC days (YYYY-MM-DD), oldest first; the values are as at the end of each day */
  days: string[];
  open: number[];
  blockers: number[];
  effortMin: number[];
  effortMax: number[];
  byReport: Array<{ reportId: number; label: string; open: number[] }>;
}

export interface HotspotEntry {
  /** a file path, or a folder ending in "/" */
  path: string;
  kind: 'file' | 'folder';
  /** open findings with a location under path */
  count: number;
  /** their summed severity weights */
  weight: number;
}

export interface DriftEntry {
  reportId: number;
  label: string;
  claims: Claims | null;
  found: Required<Claims>;
  /** found.total − claims.total (null when the report claims no total) */
  difference: number | null;
}

export interface VersionDiffEntry {
  label: string;
  olderId: number;
  newerId: number;
  added: number;
  gone: number;
  changed: number;
  unchanged: number;
}

export interface InsightsFigures {
  generatedAt: string;
  totals: { findings: number; open: number };
  severityStatus: SeverityStatusFigure;
  phaseSeverity: PhaseSeverityFigure;
  gate: GateFigure;
  burndown: BurndownFigure;
  hotspots: HotspotEntry[];
  drift: DriftEntry[];
  versions: VersionDiffEntry[];
}

const sevKey = (s: Severity | null): SeverityOrUnrated => s ?? 'unrated';

export function severityStatus(findings: readonly InsightFinding[]): SeverityStatusFigure {
  const severities = [...SEVERITY_ROWS];
  const statuses = [...STATUSES];
  const counts = severities.map(() => statuses.map(() => 0));
  for (const f of findings) counts[severities.indexOf(sevKey(f.severity))][statuses.indexOf(f.status)]++;
  return { severities, statuses, counts };
}

export function phaseSeverity(findings: readonly InsightFinding[]): PhaseSeverityFigure {
  const severities = [...SEVERITY_ROWS];
  const rows = new Map<string | null, number[]>();
  for (const f of findings) {
    if (!isOpen(f.status)) continue;
    let row = rows.get(f.phase);
    if (!row) rows.set(f.phase, (row = severities.map(() => 0)));
    row[severities.indexOf(sevKey(f.severity))]++;
  }
  const phases = [...rows.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'en', { numeric: true })));
  return { phases, severities, counts: phases.map((p) => rows.get(p) ?? []) };
}

export function gateFigure(findings: readonly InsightFinding[], gateItems: ReadonlyArray<{ checked: boolean }>): GateFigure {
  const blockers = { open: 0, done: 0 };
  for (const f of findings) if (f.blocksDeployment === true) blockers[isOpen(f.status) ? 'open' : 'done']++;
  const done = gateItems.filter((i) => i.checked).length;
  return { blockers, gateItems: { open: gateItems.length - done, done } };
}

/** effort of one finding: its own hours, else the default for its severity */
export function effortOf(
  f: Pick<InsightFinding, 'severity' | 'effortMinHours' | 'effortMaxHours'>,
  settings: PlanSettings = DEFAULT_PLAN_SETTINGS,
): [number, number] {
  const d = settings.effortDefaults[sevKey(f.severity)];
  const min = f.effortMinHours ?? (f.effortMaxHours != null ? Math.min(f.effortMaxHours, d[0]) : d[0]);
  const max = f.effortMaxHours ?? Math.max(min, d[1]);
  return [min, max];
}

const dayOf = (iso: string) => iso.slice(0, 10);
function addDay(day: string, n: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export const BURNDOWN_MAX_DAYS = 366;

const FIELD_OF: Record<string, keyof FindingState> = {
  status: 'status',
  severity: 'severity',
  blocksDeployment: 'blocksDeployment',
  effortMinHours: 'effortMinHours',
  effortMaxHours: 'effortMaxHours',
};
type FindingState = Pick<InsightFinding, 'status' | 'severity' | 'blocksDeployment' | 'effortMinHours' | 'effortMaxHours'>;

/**
 * Open findings, open blockers and remaining effort (min–max hours) at the end of each UTC day,
 * from the first finding's day to `now`, replaying the event log forward from each finding's
 * state at ingest (its current values, rolled back through its recorded changes).
 */
export function burndown(data: InsightsData, now: string, reportLabel: (id: number) => string = (id) => `#${id}`): BurndownFigure {
  const settings = data.settings ?? DEFAULT_PLAN_SETTINGS;
  const events = [...(data.events ?? [])].filter((e) => FIELD_OF[e.field] !== undefined);
  // stable by time; events of one instant keep their log order
  events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  // initial state = current state with every change undone, newest first
  const initial = new Map<number, FindingState>();
  for (const f of data.findings) {
    initial.set(f.id, {
      status: f.status,
      severity: f.severity,
      blocksDeployment: f.blocksDeployment,
      effortMinHours: f.effortMinHours,
      effortMaxHours: f.effortMaxHours,
    });
  }
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    const s = initial.get(e.findingId);
    if (s) (s as Record<string, unknown>)[FIELD_OF[e.field]] = e.oldValue ?? null;
  }
  const created = [...data.findings].sort((a, b) => ((a.createdAt ?? '') < (b.createdAt ?? '') ? -1 : (a.createdAt ?? '') > (b.createdAt ?? '') ? 1 : 0));
  const firstAt = [created[0]?.createdAt, events[0]?.at].filter((x): x is string => !!x).sort()[0] ?? now;
  const lastDay = dayOf(now);
  let firstDay = dayOf(firstAt) < lastDay ? dayOf(firstAt) : lastDay;
  if (Date.parse(lastDay) - Date.parse(firstDay) > (BURNDOWN_MAX_DAYS - 1) * 86_400_000) firstDay = addDay(lastDay, -(BURNDOWN_MAX_DAYS - 1));

  const reportIds = [...new Set(data.findings.map((f) => f.reportId))].sort((a, b) => a - b);
  const reportIndex = new Map(reportIds.map((id, i) => [id, i]));
  const reportOf = new Map(data.findings.map((f) => [f.id, f.reportId]));
  const live = new Map<number, FindingState>();
  let open = 0;
  let blockers = 0;
  let effMin = 0;
  let effMax = 0;
  const perReport = reportIds.map(() => 0);
  const apply = (id: number, s: FindingState, sign: 1 | -1) => {
    if (!isOpen(s.status)) return;
    open += sign;
    if (s.blocksDeployment === true) blockers += sign;
    const [a, b] = effortOf(s, settings);
    effMin += sign * a;
    effMax += sign * b;
    perReport[reportIndex.get(reportOf.get(id) ?? -1) ?? 0] += sign;
  };

  const out: BurndownFigure = { days: [], open: [], blockers: [], effortMin: [], effortMax: [], byReport: [] };
  const series = reportIds.map((): number[] => []);
  let ci = 0;
  let ei = 0;
  for (let day = firstDay; day <= lastDay; day = addDay(day, 1)) {
    const end = `${day}T23:59:59.999Z`;
    // creations first within the same instant: a finding exists before it is changed
    while (ci < created.length || ei < events.length) {
      const cAt = ci < created.length ? (created[ci].createdAt ?? '') : null;
      const eAt = ei < events.length ? events[ei].at : null;
      if (cAt !== null && cAt <= end && (eAt === null || cAt <= eAt)) {
        const f = created[ci++];
        const s = { ...(initial.get(f.id) as FindingState) };
        live.set(f.id, s);
        apply(f.id, s, 1);
      } else if (eAt !== null && eAt <= end) {
        const e = events[ei++];
        const s = live.get(e.findingId);
        if (!s) continue;
        apply(e.findingId, s, -1);
        (s as Record<string, unknown>)[FIELD_OF[e.field]] = e.newValue ?? null;
        apply(e.findingId, s, 1);
      } else break;
    }
    out.days.push(day);
    out.open.push(open);
    out.blockers.push(blockers);
    out.effortMin.push(round2(effMin));
    out.effortMax.push(round2(effMax));
    perReport.forEach((n, i) => series[i].push(n));
  }
  out.byReport = reportIds.map((id, i) => ({ reportId: id, label: reportLabel(id), open: series[i] }));
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** the folders a path lies in ("a/b/c.ts" → "a/", "a/b/") */
function foldersOf(path: string): string[] {
  const out: string[] = [];
  for (let i = path.indexOf('/'); i >= 0 && i < path.length - 1; i = path.indexOf('/', i + 1)) out.push(path.slice(0, i + 1));
  return out;
}

/**
 * Files and folders by the summed severity weight of the open findings located under them, with
 * the board's own rule: a finding is under P when any of its location paths starts with P.
 */
export function hotspots(findings: readonly InsightFinding[], settings: PlanSettings = DEFAULT_PLAN_SETTINGS, limit = 15): HotspotEntry[] {
  const byPath = new Map<string, Set<number>>();
  const weightOf = new Map<number, number>();
  for (const f of findings) {
    if (!isOpen(f.status) || f.paths.length === 0) continue;
    weightOf.set(f.id, settings.severityWeights[sevKey(f.severity)]);
    for (const p of f.paths) {
      if (!p) continue;
      let s = byPath.get(p);
      if (!s) byPath.set(p, (s = new Set()));
      s.add(f.id);
    }
  }
  const paths = [...byPath.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const keys = new Map<string, 'file' | 'folder'>();
  for (const p of paths) {
    keys.set(p, p.endsWith('/') ? 'folder' : 'file');
    for (const d of foldersOf(p)) if (!keys.has(d)) keys.set(d, 'folder');
  }
  const lowerBound = (k: string) => {
    let lo = 0;
    let hi = paths.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paths[mid] < k) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const entries: HotspotEntry[] = [];
  for (const [key, kind] of keys) {
    const ids = new Set<number>();
    for (let i = lowerBound(key); i < paths.length && paths[i].startsWith(key); i++) for (const id of byPath.get(paths[i]) ?? []) ids.add(id);
    let weight = 0;
    for (const id of ids) weight += weightOf.get(id) ?? 0;
    entries.push({ path: key, kind, count: ids.size, weight });
  }
  // a folder that holds exactly what its only child holds says nothing new: keep the deepest
  const sorted = entries.sort((a, b) => b.weight - a.weight || b.count - a.count || b.path.length - a.path.length || a.path.localeCompare(b.path));
  const out: HotspotEntry[] = [];
  for (const e of sorted) {
    if (out.length >= limit) break;
    const shadow = out.some((o) => o.count === e.count && o.weight === e.weight && o.path.startsWith(e.path));
    if (!shadow) out.push(e);
  }
  return out;
}

export function reportLabel(r: Pick<InsightReport, 'title' | 'sourcePath'>): string {
  const base = r.sourcePath.split(/[\\/]/).pop() || r.sourcePath;
  return r.title?.trim() || base;
}

export function drift(data: InsightsData): DriftEntry[] {
  const found = new Map<number, Required<Claims>>();
  for (const r of data.reports) found.set(r.id, { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 });
  for (const f of data.findings) {
    const c = found.get(f.reportId);
    if (!c) continue;
    if (f.severity) c[f.severity]++;
    c.total++;
  }
  return data.reports.map((r) => {
    const f = found.get(r.id) as Required<Claims>;
    const claimedTotal = r.claims?.total ?? null;
    return { reportId: r.id, label: reportLabel(r), claims: r.claims, found: f, difference: claimedTotal === null ? null : f.total - claimedTotal };
  });
}

/** consecutive versions of the same report: new, gone, changed (severity or title) and unchanged findings by fingerprint */
export function versionDiffs(data: InsightsData): VersionDiffEntry[] {
  const byReport = new Map<number, Map<string, InsightFinding>>();
  for (const f of data.findings) {
    let m = byReport.get(f.reportId);
    if (!m) byReport.set(f.reportId, (m = new Map()));
    if (!m.has(f.fingerprint)) m.set(f.fingerprint, f);
  }
  const out: VersionDiffEntry[] = [];
  for (const g of familyGroups(data.reports)) {
    if (g.length < 2) continue;
    g.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || (a.ingestedAt ?? '').localeCompare(b.ingestedAt ?? '') || a.id - b.id);
    for (let i = 1; i < g.length; i++) {
      const older = byReport.get(g[i - 1].id) ?? new Map<string, InsightFinding>();
      const newer = byReport.get(g[i].id) ?? new Map<string, InsightFinding>();
      const e: VersionDiffEntry = { label: reportLabel(g[i]), olderId: g[i - 1].id, newerId: g[i].id, added: 0, gone: 0, changed: 0, unchanged: 0 };
      for (const [fp, f] of newer) {
        const o = older.get(fp);
        if (!o) e.added++;
        else if (o.severity !== f.severity || o.title !== f.title) e.changed++;
        else e.unchanged++;
      }
      for (const fp of older.keys()) if (!newer.has(fp)) e.gone++;
      out.push(e);
    }
  }
  return out;
}

/** every figure in one pass over the data */
export function computeInsights(data: InsightsData, now: string): InsightsFigures {
  const labels = new Map(data.reports.map((r) => [r.id, reportLabel(r)]));
  const settings = data.settings ?? DEFAULT_PLAN_SETTINGS;
  return {
    generatedAt: now,
    totals: { findings: data.findings.length, open: data.findings.filter((f) => isOpen(f.status)).length },
    severityStatus: severityStatus(data.findings),
    phaseSeverity: phaseSeverity(data.findings),
    gate: gateFigure(data.findings, data.gateItems),
    burndown: burndown(data, now, (id) => labels.get(id) ?? `#${id}`),
    hotspots: hotspots(data.findings, settings),
    drift: drift(data),
    versions: versionDiffs(data),
  };
}

// ---- the board filter behind each chart element ----

const OPEN_FILTER = (): InsightFilter => ({ status: [...OPEN_STATUSES] });

export const filterFor = {
  open: OPEN_FILTER,
  severityStatus: (severity: SeverityOrUnrated, status: Status): InsightFilter => ({ severity: [severity], status: [status] }),
  /** a missing phase filters as NO_PHASE */
  phase: (phase: string | null): InsightFilter => ({ ...OPEN_FILTER(), phase: [phase ?? NO_PHASE] }),
  phaseSeverity: (phase: string | null, severity: SeverityOrUnrated): InsightFilter => ({ phase: [phase ?? NO_PHASE], severity: [severity], ...OPEN_FILTER() }),
  blockers: (open: boolean): InsightFilter => ({ blocksDeployment: true, status: open ? [...OPEN_STATUSES] : [...CLOSED_STATUSES] }),
  hotspot: (path: string): InsightFilter => ({ pathPrefix: path, ...OPEN_FILTER() }),
  report: (reportId: number): InsightFilter => ({ reportId: [reportId] }),
  openOfReport: (reportId: number): InsightFilter => ({ reportId: [reportId], ...OPEN_FILTER() }),
};
