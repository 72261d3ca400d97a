// toSarif: SARIF 2.1.0 carrying Punchlist's triage state (status, effort, suppressions, baseline).
import { revealHiddenChars } from '../../shared/hidden-chars';
import { isOpen, type ProjectSnapshot, type SnapshotFinding } from '../../shared/snapshot';
import type { Severity } from '../../shared/types';
import { exportedAt, lookup, resolvePlan, type ExportOptions } from './common';
import { jsonWithVisibleEscapes } from './escape';
import { APP_VERSION } from '../service/version';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const PUNCHLIST_FINGERPRINT_KEY = 'punchlistFingerprint/v1';

type Level = 'error' | 'warning' | 'note' | 'none';
const LEVEL: Record<Severity | 'unrated', Level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
  unrated: 'warning',
};
/** GitHub code scanning's "security-severity" (CVSS-like) per severity */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '0.0' };
const SEVERITY_ORDER: Array<Severity | 'unrated'> = ['critical', 'high', 'medium', 'unrated', 'low', 'info'];
const BASELINE_STATES = new Set(['new', 'unchanged', 'updated', 'absent']);
/** SARIF result.baselineState: how a result compares with the run before */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';
const SUPPRESSION_KINDS = new Set(['inSource', 'external']);
const SUPPRESSION_STATUSES = new Set(['accepted', 'underReview', 'rejected']);

/** A path from a report as a SARIF artifact URI (relative reference, or file: URI when absolute). */
export function pathToUri(path: string): string {
  // hidden characters stay in the path: encodeURI writes them as visible %-escapes
  const p = path.trim().replace(/\\/g, '/');
  const enc = (s: string) => encodeURI(s).replace(/[?#]/g, (c) => encodeURIComponent(c));
  if (/^[A-Za-z]:\//.test(p)) return `file:///${enc(p)}`;
  if (p.startsWith('//')) return `file:${enc(p)}`;
  if (p.startsWith('/')) return `file://${enc(p)}`;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p)) return enc(p);
  return enc(p.replace(/^\.\//, ''));
}

/** The rule id a finding is exported under: its tool rule, else a Punchlist id from report + ref. */
export function sarifRuleId(f: SnapshotFinding): string {
  if (f.ruleId) return f.ruleId;
  return `punchlist/${f.reportId}/${(f.ref ?? `finding-${f.id}`).replace(/\s+/g, '-')}`;
}

function baselineState(f: SnapshotFinding, fingerprintCount: Map<string, number>, versions?: ReadonlyMap<number, string>): string | undefined {
  const compared = versions?.get(f.id);
  if (compared) return compared;
  if (f.baselineState && BASELINE_STATES.has(f.baselineState)) return f.baselineState;
  if (f.status === 'fixed' || f.status === 'verified') return 'absent';
  if ((fingerprintCount.get(f.fingerprint) ?? 0) > 1) return 'unchanged';
  return 'new';
}

function suppressions(f: SnapshotFinding): Array<Record<string, unknown>> | undefined {
  if (f.status === 'wont_fix' || f.status === 'false_positive') {
    const why = f.statusReason ?? f.suppression?.justification ?? null;
    return [
      {
        kind: 'external',
        status: 'accepted',
        justification: why ? revealHiddenChars(why) : f.status === 'wont_fix' ? "Triaged as won't fix in Punchlist." : 'Triaged as a false positive in Punchlist.',
        properties: { punchlistStatus: f.status },
      },
    ];
  }
  if (f.suppression && SUPPRESSION_KINDS.has(f.suppression.kind)) {
    const s: Record<string, unknown> = { kind: f.suppression.kind };
    if (f.suppression.status && SUPPRESSION_STATUSES.has(f.suppression.status)) s.status = f.suppression.status;
    if (f.suppression.justification) s.justification = revealHiddenChars(f.suppression.justification);
    return [s];
  }
  return undefined;
}

function region(l: SnapshotFinding['locations'][number]): Record<string, number> | undefined {
  if (l.startLine == null || l.startLine < 1) return undefined;
  const r: Record<string, number> = { startLine: l.startLine };
  if (l.endLine != null && l.endLine >= l.startLine) r.endLine = l.endLine;
  if (l.startColumn != null && l.startColumn >= 1) r.startColumn = l.startColumn;
  if (l.endColumn != null && l.endColumn >= 1) r.endColumn = l.endColumn;
  return r;
}

/**
 * One run, tool.driver "Punchlist", a rule per rule id (tool rules kept, Markdown findings get
 * "punchlist/<reportId>/<ref>"), one result per finding (all statuses): level from severity,
 * message = title, locations, partialFingerprints (ours + the tool's), suppressions for
 * wont_fix / false_positive (external, accepted, with the user's reason), baselineState (for a
 * report updated by a newer version, how its latest version compares with the one before:
 * `baselineStates`; else the source's, else absent when fixed, unchanged when the fingerprint recurs
 * across reports, else new),
 * and properties.punchlist with status, effort, plan position and notes.
 */
export function toSarif(
  snapshot: ProjectSnapshot,
  options: ExportOptions & { toolVersion?: string; baselineStates?: ReadonlyMap<number, BaselineState> } = {},
): string {
  const plan = resolvePlan(snapshot, options);
  const L = lookup(snapshot, plan);
  const fingerprintCount = new Map<string, number>();
  for (const f of snapshot.findings) fingerprintCount.set(f.fingerprint, (fingerprintCount.get(f.fingerprint) ?? 0) + 1);
  const deps = new Map<number, number[]>();
  for (const d of snapshot.dependencies) deps.set(d.findingId, [...(deps.get(d.findingId) ?? []), d.dependsOnId]);

  const rules: Array<Record<string, unknown>> = [];
  const ruleIndex = new Map<string, number>();
  const ruleWorst = new Map<string, Severity | 'unrated'>();
  for (const f of snapshot.findings) {
    const rid = sarifRuleId(f);
    const sev = f.severity ?? 'unrated';
    const prev = ruleWorst.get(rid);
    if (!prev || SEVERITY_ORDER.indexOf(sev) < SEVERITY_ORDER.indexOf(prev)) ruleWorst.set(rid, sev);
    if (ruleIndex.has(rid)) continue;
    ruleIndex.set(rid, rules.length);
    rules.push({ id: rid, shortDescription: { text: revealHiddenChars(f.ruleId ? f.ruleId : f.title) || rid } });
  }
  for (const [rid, sev] of ruleWorst) {
    const rule = rules[ruleIndex.get(rid)!];
    rule.defaultConfiguration = { level: LEVEL[sev] };
    if (sev !== 'unrated') rule.properties = { 'security-severity': SECURITY_SEVERITY[sev] };
  }

  const results = snapshot.findings.map((f) => {
    const rid = sarifRuleId(f);
    const e = L.efforts.get(f.id)!;
    const pos = L.planPos.get(f.id);
    const result: Record<string, unknown> = {
      ruleId: rid,
      ruleIndex: ruleIndex.get(rid),
      level: LEVEL[f.severity ?? 'unrated'],
      message: { text: revealHiddenChars(f.title) || '(untitled finding)' },
    };
    const locs = f.locations
      .filter((l) => l.path && l.path.trim())
      .map((l) => {
        const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: pathToUri(l.path) } };
        const r = region(l);
        if (r) physicalLocation.region = r;
        return { physicalLocation };
      });
    if (locs.length > 0) result.locations = locs;
    result.partialFingerprints = { ...(f.toolFingerprints ?? {}), [PUNCHLIST_FINGERPRINT_KEY]: f.fingerprint };
    const supp = suppressions(f);
    if (supp) result.suppressions = supp;
    const bs = baselineState(f, fingerprintCount, options.baselineStates);
    if (bs) result.baselineState = bs;
    result.properties = {
      punchlist: {
        id: f.id,
        reportId: f.reportId,
        ref: f.ref,
        status: f.status,
        open: isOpen(f.status),
        severity: f.severity,
        severityText: f.severityText,
        phase: f.phase,
        category: f.category,
        blocksDeployment: f.blocksDeployment,
        effort: { minHours: e.minHours, maxHours: e.maxHours, source: e.source },
        planStep: pos ? pos.step : null,
        planPosition: pos ? pos.position : null,
        dependsOn: deps.get(f.id) ?? [],
        duplicateOf: f.duplicateOf,
        notes: f.notes,
      },
    };
    return result;
  });

  const driver: Record<string, unknown> = { name: 'Punchlist', version: options.toolVersion ?? APP_VERSION, rules };
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver },
        results,
        columnKind: 'unicodeCodePoints',
        properties: {
          punchlist: {
            project: snapshot.project,
            exportedAt: exportedAt(options),
            reports: snapshot.reports.map((r) => ({ id: r.id, title: r.title, sourcePath: r.sourcePath, tool: r.tool, date: r.date })),
            totals: plan.totals,
          },
        },
      },
    ],
  };
  return `${jsonWithVisibleEscapes(JSON.stringify(log, null, 2))}\n`;
}
