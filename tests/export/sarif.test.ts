// SARIF export: valid against the vendored SARIF 2.1.0 schema and carrying our triage state.
import { describe, expect, it } from 'vitest';
import { pathToUri, PUNCHLIST_FINGERPRINT_KEY, toSarif } from '../../core/export';
import { snapshotFromParsed, type ProjectSnapshot } from '../../shared/snapshot';
import { ALL_SEEDS, parsedByParser, parsedFromGolden } from '../plan/fixtures';
import { hostileSnapshot } from './hostile';
import { hasMultitool, multitoolErrors, validate } from './sarif-validate';

const AT = { exportedAt: '2026-11-22T00:00:00.000Z' };

function seedsSnapshot(): ProjectSnapshot {
  const snap = snapshotFromParsed(ALL_SEEDS.map(parsedFromGolden), { sourcePaths: ALL_SEEDS.map((s) => `${s}.txt`) });
  snap.findings[0].status = 'wont_fix';
  snap.findings[0].statusReason = 'Accepted: internal tool only';
  snap.findings[1].status = 'false_positive';
  snap.findings[2].status = 'fixed';
  snap.findings[3].status = 'in_progress';
  snap.findings[3].notes = 'Ana is on it';
  snap.findings[5].toolFingerprints = { 'primaryLocationLineHash/v1': 'abc:1' };
  return snap;
}

type Log = {
  version: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string }> } };
    results: Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  }>;
};

describe('toSarif', () => {
  it('validates against the SARIF 2.1.0 schema (seeds and hostile input)', () => {
    for (const snap of [seedsSnapshot(), hostileSnapshot()]) {
      const log = JSON.parse(toSarif(snap, AT));
      const ok = validate(log);
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5))).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('validates for the real parser output of every seed', () => {
    const parsed = ALL_SEEDS.map((s) => parsedByParser(s));
    expect(parsed).toHaveLength(5);
    for (const p of parsed) {
      const ok = validate(JSON.parse(toSarif(snapshotFromParsed([p]), AT)));
      expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('the schema check has teeth', () => {
    const log = JSON.parse(toSarif(seedsSnapshot(), AT));
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].tool.driver.name;
    expect(validate(log)).toBe(false);
    expect(validate.errors!.length).toBeGreaterThanOrEqual(2);
  });

  it('carries rules, levels, locations, fingerprints, suppressions, baseline state and triage properties', () => {
    const snap = seedsSnapshot();
    const log = JSON.parse(toSarif(snap, AT)) as Log;
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('Punchlist');
    expect(run.results).toHaveLength(snap.findings.length);
    const ruleIds = new Set(run.tool.driver.rules.map((r) => r.id));
    expect(ruleIds.size).toBe(run.tool.driver.rules.length);
    for (const r of run.results) {
      expect(ruleIds.has(r.ruleId)).toBe(true);
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    }
    const byId = (id: number) => run.results.find((r) => r.properties.punchlist.id === id)!;
    const f0 = byId(1);
    expect(f0.level).toBe('error'); // critical
    expect(f0.message.text).toBe(snap.findings[0].title);
    expect(f0.locations[0].physicalLocation.artifactLocation.uri).toBe('backend/app/api/endpoints/scraper.py');
    expect(f0.locations[0].physicalLocation.region.startLine).toBe(62);
    expect(f0.partialFingerprints[PUNCHLIST_FINGERPRINT_KEY]).toBe(snap.findings[0].fingerprint);
    expect(f0.suppressions).toEqual([
      { kind: 'external', status: 'accepted', justification: 'Accepted: internal tool only', properties: { punchlistStatus: 'wont_fix' } },
    ]);
    expect(byId(2).suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted', justification: 'Triaged as a false positive in Punchlist.' });
    expect(byId(3).baselineState).toBe('absent');
    expect(byId(4).baselineState).toBe('new');
    expect(byId(4).suppressions).toBeUndefined();
    expect(byId(4).properties.punchlist).toMatchObject({ status: 'in_progress', open: true, notes: 'Ana is on it' });
    expect(byId(4).properties.punchlist.effort).toMatchObject({ source: 'default' });
    expect(byId(6).partialFingerprints['primaryLocationLineHash/v1']).toBe('abc:1');
    const medium = snap.findings.find((f) => f.severity === 'medium')!;
    expect(byId(medium.id).level).toBe('warning');
  });

  it('turns report paths into URI references', () => {
    expect(pathToUri('src/a b.ts')).toBe('src/a%20b.ts');
    expect(pathToUri('./src/x#1?.ts')).toBe('src/x%231%3F.ts');
    expect(pathToUri('C:\\work\\x.ts')).toBe('file:///C:/work/x.ts');
    expect(pathToUri('/abs/x.ts')).toBe('file:///abs/x.ts');
  });

  it.skipIf(!hasMultitool)('passes `sarif-multitool validate` with no errors', () => {
    expect(multitoolErrors(toSarif(seedsSnapshot(), AT))).toEqual([]);
  });
});
