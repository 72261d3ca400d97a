import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../core/service';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES, type ParsedFinding } from '../../shared/types';
import { tempDir } from '../db/helpers';
import { coreWithSeeds, ok, parsedSeeds } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let core: Core;
let projectId: number;
let expected: ParsedFinding[];

beforeAll(async () => {
  tmp = tempDir('punchlist-svc-');
  ({ core, projectId } = await coreWithSeeds(join(tmp.dir, 'seeds.sqlite')));
  expected = parsedSeeds().flatMap((s) => s.parsed.findings);
});
afterAll(() => {
  core.close();
  tmp.cleanup();
});

const list = async (filter: Record<string, unknown>) =>
  ok(await core.call('findings.list', { projectId, ...filter })) as FindingCard[];

/** whole-word prefix match, the way FTS5 unicode61 + prefix queries see text */
const wordPrefix = (word: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${word}`, 'iu');
const searchable = (f: ParsedFinding) => [f.title, f.body, ...f.locations.map((l) => l.path), f.ruleId ?? ''].join('\n');

describe('findings.list', () => {
  it('lists every finding of the seeds', async () => {
    expect(expected.length).toBeGreaterThan(10);
    expect((await list({})).length).toBe(expected.length);
  });

  it('filters by severity (and unrated) and status', async () => {
    for (const s of SEVERITIES) {
      expect((await list({ severity: [s] })).length, s).toBe(expected.filter((f) => f.severity === s).length);
    }
    expect((await list({ severity: ['unrated'] })).length).toBe(expected.filter((f) => !f.severity).length);
    expect((await list({ severity: ['critical', 'high'] })).length).toBe(
      expected.filter((f) => f.severity === 'critical' || f.severity === 'high').length,
    );
    for (const st of ['open', 'fixed'] as const) {
      expect((await list({ status: [st] })).length, st).toBe(expected.filter((f) => f.status === st).length);
    }
  });

  it('finds "redis" by full-text search with prefix matching', async () => {
    const want = expected.filter((f) => wordPrefix('redis').test(searchable(f)));
    expect(want.length).toBeGreaterThan(0);
    const got = await list({ text: 'redis' });
    expect(got.map((c) => c.title).sort()).toEqual(want.map((f) => f.title).sort());
    const prefix = await list({ text: 'Red' });
    expect(prefix.length).toBe(expected.filter((f) => wordPrefix('red').test(searchable(f))).length);
    const both = await list({ text: 'redis', severity: ['critical'] });
    expect(both.length).toBe(want.filter((f) => f.severity === 'critical').length);
  });

  it('finds a finding by its ref', async () => {
    const withRef = expected.find((f) => f.ref && /^[A-Za-z]+-[A-Za-z0-9]+$/.test(f.ref));
    expect(withRef).toBeDefined();
    const got = await list({ text: withRef!.ref! });
    expect(got.map((c) => c.ref)).toContain(withRef!.ref);
  });

  it('never lets user text inject FTS syntax', async () => {
    for (const text of ['"', 'redis"', 'AND', 'NEAR(', '(a OR', '*', 'title:redis', '-x', '^', '   ', "'; DROP TABLE findings; --"]) {
      const r = await core.call('findings.list', { projectId, text });
      expect(r.ok, text).toBe(true);
    }
    expect((await list({ text: '   ' })).length).toBe(expected.length);
  });

  it('filters by path prefix through locations', async () => {
    // stored paths are normalized: backslashes → /, no leading ./, / or file://
    const norm = (p: string) => p.replace(/\\/g, '/').replace(/^file:\/*/i, '').replace(/^(\.\/|\/)+/, '');
    const paths = expected.flatMap((f) => f.locations.map((l) => norm(l.path))).filter((p) => p.includes('/'));
    expect(paths.length).toBeGreaterThan(0);
    for (const p of [paths[0], paths[paths.length - 1]]) {
      const prefix = p.slice(0, p.indexOf('/') + 1);
      const want = expected.filter((f) => f.locations.some((l) => norm(l.path).startsWith(prefix)));
      expect((await list({ pathPrefix: prefix })).length, prefix).toBe(want.length);
      expect((await list({ pathPrefix: `./${prefix}` })).length, prefix).toBe(want.length);
    }
  });

  it('returns light cards with the primary location', async () => {
    const withLoc = (await list({})).find((c) => c.primaryPath);
    expect(withLoc).toBeDefined();
    const detail = ok(await core.call('findings.get', { id: withLoc!.id }));
    expect(detail.locations[0].path).toBe(withLoc!.primaryPath);
    expect(detail.body.length).toBeGreaterThan(0);
  });
});

describe('reports.list', () => {
  it('puts found counts next to claims', async () => {
    const reports = ok(await core.call('reports.list', { projectId }));
    const seeds = parsedSeeds();
    expect(reports.length).toBe(seeds.length);
    for (const r of reports) {
      const seed = seeds.find((s) => s.file === r.sourcePath)!;
      expect(r.findingCount).toBe(seed.parsed.findings.length);
      expect(r.claims).toEqual(seed.parsed.report.claims);
      for (const s of SEVERITIES) {
        expect(r.found[s] ?? 0).toBe(seed.parsed.findings.filter((f) => f.severity === s).length);
      }
    }
  });
});

describe('findings.update, history, dependencies', () => {
  it('updates in bulk with one event per changed field, undo restores every finding, redo re-applies', async () => {
    const before = await list({});
    const ids = before.slice(0, Math.min(before.length, 12)).map((c) => c.id);
    const cards = ok(
      await core.call('findings.update', { ids, patch: { status: 'wont_fix', notes: 'bulk' }, reason: 'accepted risk' }),
    );
    expect(cards.map((c) => c.status)).toEqual(ids.map(() => 'wont_fix'));
    const detail = ok(await core.call('findings.get', { id: ids[0] }));
    const updates = detail.history.filter((e) => e.action === 'update');
    expect(updates.map((e) => e.field).sort()).toEqual(
      before[0].status === 'wont_fix' ? ['notes'] : ['notes', 'status'],
    );
    expect(detail.notes).toBe('bulk');
    expect(updates.every((e) => e.reason === 'accepted risk' && e.actor === 'test' && !e.undone)).toBe(true);

    const undone = ok(await core.call('history.undo', { projectId }));
    expect(undone.undone).toBe(ids.length);
    const after = await list({});
    expect(after.map((c) => [c.id, c.status])).toEqual(before.map((c) => [c.id, c.status]));
    const afterUndo = ok(await core.call('findings.get', { id: ids[0] }));
    expect(afterUndo.notes).toBeNull();
    expect(afterUndo.history.filter((e) => e.action === 'update').every((e) => e.undone)).toBe(true);
    expect(afterUndo.history.some((e) => e.action === 'undo')).toBe(true);

    const redone = ok(await core.call('history.redo', { projectId }));
    expect(redone.redone).toBe(ids.length);
    expect((await list({ status: ['wont_fix'] })).map((c) => c.id).filter((id) => ids.includes(id)).length).toBe(ids.length);
    expect(ok(await core.call('history.redo', { projectId })).redone).toBe(0);
    ok(await core.call('history.undo', { projectId }));
  });

  it('sets user effort and records effortSource', async () => {
    const [c] = await list({ limit: 1 });
    const [u] = ok(await core.call('findings.update', { ids: [c.id], patch: { effortMinHours: 1, effortMaxHours: 3 } }));
    expect(u).toMatchObject({ effortMinHours: 1, effortMaxHours: 3, effortSource: 'user' });
    ok(await core.call('history.undo', { projectId }));
    const back = ok(await core.call('findings.get', { id: c.id }));
    expect(back.effortSource).toBe(c.effortSource);
    expect(back.effortMinHours).toBe(c.effortMinHours);
    const bad = await core.call('findings.update', { ids: [c.id], patch: { effortMinHours: 5, effortMaxHours: 3 } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await core.call('findings.update', { ids: [999999], patch: { status: 'fixed' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('adds and removes dependencies, refusing self-links and cycles', async () => {
    const [a, b, c] = (await list({ limit: 3 })).map((x) => x.id);
    const clear = async (x: number, y: number) => core.call('dependencies.remove', { findingId: x, dependsOnId: y });
    await clear(a, b);
    await clear(b, c);
    await clear(c, a);
    ok(await core.call('dependencies.add', { findingId: a, dependsOnId: b }));
    ok(await core.call('dependencies.add', { findingId: b, dependsOnId: c }));
    const cycle = await core.call('dependencies.add', { findingId: c, dependsOnId: a });
    expect(cycle).toMatchObject({ ok: false, error: { code: 'conflict' } });
    if (!cycle.ok) expect(cycle.error.message).toMatch(/cycle/);
    expect(await core.call('dependencies.add', { findingId: a, dependsOnId: a })).toMatchObject({ ok: false });
    const da = ok(await core.call('findings.get', { id: a }));
    const db = ok(await core.call('findings.get', { id: b }));
    expect(da.dependsOn.map((x) => x.id)).toContain(b);
    expect(db.dependents.map((x) => x.id)).toContain(a);
    // undo the last dependency change, then redo it
    ok(await core.call('history.undo', { projectId }));
    expect(ok(await core.call('findings.get', { id: b })).dependsOn.map((x) => x.id)).not.toContain(c);
    ok(await core.call('history.redo', { projectId }));
    expect(ok(await core.call('findings.get', { id: b })).dependsOn.map((x) => x.id)).toContain(c);
    ok(await core.call('dependencies.remove', { findingId: b, dependsOnId: c }));
    expect(await core.call('dependencies.remove', { findingId: b, dependsOnId: c })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
