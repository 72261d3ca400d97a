// Effort of each finding as a range with its source, and range arithmetic.
import type { ProjectSnapshot, SnapshotFinding } from '../snapshot';
import type { EffortEstimate, HoursRange } from './types';

export function emptyRange(): HoursRange {
  return { minHours: 0, maxHours: 0 };
}

/** Sum of ranges: sum of min, sum of max (in the order given). */
export function sumRanges(ranges: Iterable<HoursRange>): HoursRange {
  let minHours = 0;
  let maxHours = 0;
  for (const r of ranges) {
    minHours += r.minHours;
    maxHours += r.maxHours;
  }
  return { minHours, maxHours };
}

/**
 * The effort of every finding of the snapshot, by id:
 *  1. its own range when the report or the user gave one (effortSource 'report' | 'user', or unset);
 *  2. else the report's stated effort for its severity group ("P1 bugs: 8-12 hours") spread evenly
 *     over that group's findings ('severity-group') — over the number the report claims for that
 *     severity when it claims more than were found ("P0: 3" but one P0 extracted: a third each);
 *  3. else the default for its severity from the snapshot settings ('default').
 */
export function estimateEfforts(snapshot: ProjectSnapshot): Map<number, EffortEstimate> {
  const groupCounts = new Map<string, number>();
  for (const f of snapshot.findings) {
    if (!f.severity) continue;
    const k = `${f.reportId}:${f.severity}`;
    groupCounts.set(k, (groupCounts.get(k) ?? 0) + 1);
  }
  const reports = new Map(snapshot.reports.map((r) => [r.id, r]));
  const out = new Map<number, EffortEstimate>();
  for (const f of snapshot.findings) {
    out.set(f.id, estimateOne(f, snapshot, reports, groupCounts));
  }
  return out;
}

function estimateOne(
  f: SnapshotFinding,
  snapshot: ProjectSnapshot,
  reports: Map<number, ProjectSnapshot['reports'][number]>,
  groupCounts: Map<string, number>,
): EffortEstimate {
  const own =
    f.effortMinHours !== null &&
    f.effortMaxHours !== null &&
    Number.isFinite(f.effortMinHours) &&
    Number.isFinite(f.effortMaxHours) &&
    (f.effortSource === null || f.effortSource === 'report' || f.effortSource === 'user');
  if (own) {
    const a = Math.max(0, f.effortMinHours!);
    const b = Math.max(0, f.effortMaxHours!);
    return { minHours: Math.min(a, b), maxHours: Math.max(a, b), source: f.effortSource === 'user' ? 'user' : 'report' };
  }
  if (f.severity) {
    const group = reports.get(f.reportId)?.effortBySeverity?.[f.severity];
    const report = reports.get(f.reportId);
    const claimed = report?.claims?.[f.severity] ?? 0;
    const n = Math.max(groupCounts.get(`${f.reportId}:${f.severity}`) ?? 0, Number.isFinite(claimed) ? claimed : 0);
    if (group && n > 0 && Number.isFinite(group.minHours) && Number.isFinite(group.maxHours)) {
      const a = Math.max(0, group.minHours) / n;
      const b = Math.max(0, group.maxHours) / n;
      return { minHours: Math.min(a, b), maxHours: Math.max(a, b), source: 'severity-group' };
    }
  }
  const [minHours, maxHours] = snapshot.settings.effortDefaults[f.severity ?? 'unrated'];
  return { minHours, maxHours, source: 'default' };
}
