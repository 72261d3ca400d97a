// JSON export: versioned, lossless round trip, clear errors on bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJson, ImportError, toJson } from '../../core/export';
import { applyManualOrder, generatePlan, toManualSteps } from '../../shared/plan';
import { snapshotFromParsed, type ProjectSnapshot } from '../../shared/snapshot';
import { ALL_SEEDS, parsedByParser, parsedFromGolden } from '../plan/fixtures';
import { arbSnapshot } from '../plan/make';
import { hostileSnapshot } from './hostile';

const AT = { exportedAt: '2026-11-22T00:00:00.000Z' };

function triaged(): ProjectSnapshot {
  const snap = snapshotFromParsed(ALL_SEEDS.map(parsedFromGolden), { projectName: 'All seeds', sourcePaths: ALL_SEEDS.map((s) => `${s}.txt`) });
  snap.findings[0].status = 'in_progress';
  snap.findings[1].status = 'wont_fix';
  snap.findings[1].statusReason = 'Accepted risk until Q3';
  snap.findings[2].notes = 'Talked to **Ana**; see PR 42.\nSecond line';
  snap.findings[3].effortMinHours = 1.5;
  snap.findings[3].effortMaxHours = 2.25;
  snap.findings[3].effortSource = 'user';
  snap.findings[4].duplicateOf = 1;
  snap.findings[4].status = 'duplicate';
  snap.findings[5].suppression = { kind: 'inSource', status: 'accepted', justification: 'nosec' };
  snap.dependencies.push({ findingId: 3, dependsOnId: 7 });
  snap.checklists[0].items[0] = { ...snap.checklists[0].items[0], checked: true, manual: true, findingIds: [1, 2] };
  snap.planSteps = toManualSteps(applyManualOrder(generatePlan(snap), [{ title: 'Mine first', findingIds: [8, 3] }]));
  snap.settings.effortDefaults.high = [3, 6];
  snap.settings.severityWeights.low = 0.5;
  return snap;
}

describe('toJson / fromJson', () => {
  it('writes a versioned document with the plan for readers', () => {
    const doc = JSON.parse(toJson(triaged(), AT));
    expect(doc.punchlist).toBe(1);
    expect(doc.exportedAt).toBe(AT.exportedAt);
    expect(doc.plan.kind).toBe('manual');
    expect(doc.snapshot.project.name).toBe('All seeds');
  });

  it('round-trips a triaged project without loss (statuses, notes, effort, deps, checklists, plan, settings)', () => {
    const snap = triaged();
    const back = fromJson(toJson(snap, AT));
    expect(back).toEqual(snap);
    expect(toJson(back, AT)).toBe(toJson(snap, AT));
    expect(fromJson(toJson(hostileSnapshot(), { ...AT, includePlan: false }))).toEqual(hostileSnapshot());
  });

  it('round-trips the real parser output of every seed', () => {
    const parsed = ALL_SEEDS.map((s) => parsedByParser(s));
    expect(parsed.map((p) => p.findings.length > 0)).toEqual(ALL_SEEDS.map(() => true));
    const snap = snapshotFromParsed(parsed);
    expect(fromJson(toJson(snap, AT))).toEqual(snap);
  });

  it('round-trips random snapshots', () => {
    fc.assert(
      fc.property(arbSnapshot(15), fc.string(), fc.string(), (snap, title, note) => {
        if (snap.findings[0]) {
          snap.findings[0].title = title;
          snap.findings[0].notes = note;
        }
        expect(fromJson(toJson(snap, AT))).toEqual(snap);
      }),
      { numRuns: 100 },
    );
  });

  it('rejects bad input with clear messages', () => {
    const good = JSON.parse(toJson(triaged(), { ...AT, includePlan: false }));
    const attempt = (v: unknown) => {
      try {
        fromJson(typeof v === 'string' ? v : JSON.stringify(v));
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError);
        return (e as Error).message;
      }
      throw new Error('accepted');
    };
    expect(attempt('{not json')).toMatch(/^Not a Punchlist export: the file is not valid JSON/);
    expect(attempt({ version: '2.1.0' })).toMatch(/no "punchlist" version field/);
    expect(attempt({ ...good, punchlist: 2 })).toBe(
      'This export was written by a newer Punchlist (format 2); this version reads format 1.',
    );
    const badStatus = structuredClone(good);
    badStatus.snapshot.findings[2].status = 'done';
    expect(attempt(badStatus)).toMatch(/^Invalid Punchlist export \(1 problem\): snapshot\.findings\[2\]\.status: /);
    const badRef = structuredClone(good);
    badRef.snapshot.dependencies.push({ findingId: 1, dependsOnId: 9999 });
    expect(attempt(badRef)).toMatch(/snapshot\.dependencies\[\d+\]\.dependsOnId: no finding 9999/);
    const dup = structuredClone(good);
    dup.snapshot.findings.push(dup.snapshot.findings[0]);
    expect(attempt(dup)).toMatch(/duplicate finding id 1/);
    // a BOM is fine
    expect(fromJson(`\uFEFF${JSON.stringify(good)}`).findings.length).toBe(good.snapshot.findings.length);
  });
});
