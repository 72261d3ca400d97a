// Small builders for synthetic snapshots in tests.
import fc from 'fast-check';
import { resolveSettings, type ProjectSnapshot, type SnapshotFinding } from '../../shared/snapshot';
import { SEVERITIES, STATUSES } from '../../shared/types';

export function finding(id: number, over: Partial<SnapshotFinding> = {}): SnapshotFinding {
  return {
    id,
    reportId: 1,
    ref: `F-${id}`,
    title: `Finding ${id}`,
    severity: 'medium',
    severityText: null,
    status: 'open',
    phase: null,
    category: null,
    ruleId: null,
    fingerprint: `fp-${id}`,
    toolFingerprints: null,
    blocksDeployment: null,
    effortMinHours: null,
    effortMaxHours: null,
    effortSource: null,
    body: '',
    notes: null,
    locations: [],
    duplicateOf: null,
    suppression: null,
    statusReason: null,
    baselineState: null,
    ...over,
  };
}

export function snapshot(findings: SnapshotFinding[], deps: Array<[number, number]> = [], over: Partial<ProjectSnapshot> = {}): ProjectSnapshot {
  return {
    project: { id: 1, name: 'Test project' },
    reports: [
      { id: 1, title: 'Report one', sourcePath: 'one.md', format: 'markdown', tool: null, date: null, claims: null, effortBySeverity: null, fixOrder: [] },
      { id: 2, title: 'Report two', sourcePath: 'two.sarif', format: 'sarif', tool: 'semgrep', date: null, claims: null, effortBySeverity: null, fixOrder: [] },
    ],
    findings,
    dependencies: deps.map(([findingId, dependsOnId]) => ({ findingId, dependsOnId })),
    checklists: [],
    planSteps: null,
    settings: resolveSettings(),
    ...over,
  };
}

const hours = fc.integer({ min: 0, max: 40 }).map((n) => n / 2);

/** Random snapshots: up to `max` findings, any statuses/severities/efforts, random (cyclic) dependencies. */
export function arbSnapshot(max = 40): fc.Arbitrary<ProjectSnapshot> {
  return fc
    .integer({ min: 0, max })
    .chain((n) =>
      fc.record({
        n: fc.constant(n),
        fs: fc.array(
          fc.record({
            severity: fc.option(fc.constantFrom(...SEVERITIES), { nil: null }),
            status: fc.constantFrom(...STATUSES),
            blocks: fc.option(fc.boolean(), { nil: null }),
            effort: fc.option(fc.tuple(hours, hours, fc.constantFrom('report', 'user', 'default', null)), { nil: null }),
            reportId: fc.constantFrom(1, 2),
          }),
          { minLength: n, maxLength: n },
        ),
        deps: n === 0 ? fc.constant<Array<[number, number]>>([]) : fc.array(fc.tuple(fc.integer({ min: 1, max: n }), fc.integer({ min: 1, max: n })), { maxLength: n * 2 }),
        group: fc.option(fc.tuple(fc.constantFrom(...SEVERITIES), hours, hours), { nil: null }),
      }),
    )
    .map(({ fs, deps, group }) => {
      const snap = snapshot(
        fs.map((f, i) =>
          finding(i + 1, {
            severity: f.severity,
            status: f.status,
            blocksDeployment: f.blocks,
            reportId: f.reportId,
            effortMinHours: f.effort ? f.effort[0] : null,
            effortMaxHours: f.effort ? f.effort[1] : null,
            effortSource: f.effort ? (f.effort[2] as SnapshotFinding['effortSource']) : null,
          }),
        ),
        deps,
      );
      if (group) snap.reports[0].effortBySeverity = { [group[0]]: { minHours: group[1], maxHours: group[1] + group[2], text: 'x' } };
      return snap;
    });
}
