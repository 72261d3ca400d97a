// syntheticSnapshot: a seeded synthetic project (default 10,000 findings, 5,000 dependencies) for
// `npm run bench` (bench/run.ts times generatePlan on it) and the plan tests. Pure.
import { resolveSettings, type ProjectSnapshot, type SnapshotFinding } from '../snapshot';
import { SEVERITIES, type Status } from '../types';

/** Deterministic PRNG (mulberry32). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticSnapshot(findings = 10_000, deps = 5_000, seed = 42): ProjectSnapshot {
  const rnd = mulberry32(seed);
  const statuses: Status[] = ['open', 'open', 'open', 'in_progress', 'fixed', 'wont_fix'];
  const fs: SnapshotFinding[] = [];
  for (let i = 1; i <= findings; i++) {
    const severity = rnd() < 0.05 ? null : SEVERITIES[Math.floor(rnd() * SEVERITIES.length)];
    const hasEffort = rnd() < 0.3;
    const min = Math.round(rnd() * 8 * 2) / 2;
    fs.push({
      id: i,
      reportId: 1 + (i % 5),
      ref: `F-${i}`,
      title: `Synthetic finding ${i}`,
      severity,
      severityText: severity,
      status: statuses[Math.floor(rnd() * statuses.length)],
      phase: null,
      category: null,
      ruleId: `rule-${i % 97}`,
      fingerprint: `fp${i}`,
      toolFingerprints: null,
      blocksDeployment: rnd() < 0.02 ? true : null,
      effortMinHours: hasEffort ? min : null,
      effortMaxHours: hasEffort ? min + 2 : null,
      effortSource: hasEffort ? 'report' : null,
      body: '',
      notes: null,
      locations: [{ path: `src/file${i % 300}.ts`, startLine: 1 + (i % 500) }],
      duplicateOf: null,
      suppression: null,
      statusReason: null,
      baselineState: null,
    });
  }
  const dependencies: ProjectSnapshot['dependencies'] = [];
  for (let k = 0; k < deps; k++) {
    const a = 1 + Math.floor(rnd() * findings);
    const b = 1 + Math.floor(rnd() * findings);
    if (a !== b) dependencies.push({ findingId: a, dependsOnId: b });
  }
  return {
    project: { id: 1, name: 'bench' },
    reports: [1, 2, 3, 4, 5].map((id) => ({
      id,
      title: `Report ${id}`,
      sourcePath: `r${id}.md`,
      format: 'markdown',
      tool: null,
      date: null,
      claims: null,
      effortBySeverity: id === 1 ? { high: { minHours: 100, maxHours: 200, text: '100-200 hours' } } : null,
      fixOrder: [],
    })),
    findings: fs,
    dependencies,
    checklists: [],
    planSteps: null,
    settings: resolveSettings(),
  };
}
