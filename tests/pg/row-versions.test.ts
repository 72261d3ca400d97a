// Row versions (issue 18): two people edit the same findings through two cores on one database; a
// write on a version someone else has moved past is refused with a message naming what changed, who
// and when, and writes nothing. Runs on SQLite and PostgreSQL. Expected values are read back with
// plain SQL (engine.query), not through the code under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import type { FindingCard } from '../../shared/api';
import { ok, seedFiles } from '../service/helpers';
import { engines } from './engines';

for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let dbPath: string;
    let alice: Core;
    let bob: Core;
    let projectId: number;

    beforeAll(async () => {
      dbPath = await engine.fresh('versions');
      alice = openCore({ dbPath, actor: 'alice' });
      projectId = ok(await alice.call('projects.list', {}))[0].id;
      for (const r of ok(await alice.call('ingest.paths', { projectId, paths: [seedFiles()[0]] }))) if (!r.ok) throw new Error(r.error);
      bob = openCore({ dbPath, actor: 'bob', now: () => '2026-12-03T08:50:12.345Z' });
    });
    afterAll(() => {
      alice?.close();
      bob?.close();
    });

    const cards = async (core: Core) => ok(await core.call('findings.list', { projectId })) as FindingCard[];
    const stored = async (id: number) =>
      (await engine.query<{ status: string; severity: string | null; version: number }>(dbPath, 'SELECT status, severity, version FROM findings WHERE id = ?', [id]))[0];
    const eventCount = async () => Number((await engine.query<{ n: number }>(dbPath, 'SELECT count(*) AS n FROM events'))[0].n);

    it('gives every finding version 1 at ingest and one more per accepted write', async () => {
      const [card] = await cards(alice);
      expect(card.version).toBe(1);
      expect((await stored(card.id)).version).toBe(1);
      const next = card.status === 'in_progress' ? 'open' : 'in_progress';
      const [after] = ok(await alice.call('findings.update', { ids: [card.id], patch: { status: next }, versions: [{ id: card.id, version: 1 }] }));
      expect(after.version).toBe(2);
      expect(await stored(card.id)).toMatchObject({ status: next, version: 2 });
    });

    it("refuses a write on the version someone else has changed, naming the change, who and when", async () => {
      const card = (await cards(alice))[1];
      const read = card.version;
      const bobStatus = card.status === 'fixed' ? 'verified' : 'fixed';
      // bob moves the card first (he read it too)
      const [bobs] = ok(await bob.call('findings.update', { ids: [card.id], patch: { status: bobStatus }, versions: [{ id: card.id, version: read }] }));
      expect(bobs.version).toBe(read + 1);
      const events = await eventCount();
      // alice still has the card as she read it
      const r = await alice.call('findings.update', { ids: [card.id], patch: { severity: 'low', status: 'wont_fix' }, versions: [{ id: card.id, version: read }] });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('conflict');
      expect(r.error.message).toContain(`finding ${card.id} "${card.title}"`);
      expect(r.error.message).toContain(`${engine.expectedActor('bob')} changed status ${card.status} → ${bobStatus} at 2026-12-03 08:50:12 UTC`);
      // the current value of what alice meant to change
      expect(r.error.message).toContain(`it now has status ${bobStatus}, severity ${card.severity ?? 'none'}`);
      // nothing written: bob's value stays, no event added
      expect(await stored(card.id)).toMatchObject({ status: bobStatus, severity: card.severity, version: read + 1 });
      expect(await eventCount()).toBe(events);
      // with the version she has now, her edit goes through
      const [again] = ok(await alice.call('findings.update', { ids: [card.id], patch: { severity: 'low' }, versions: [{ id: card.id, version: read + 1 }] }));
      expect(again).toMatchObject({ severity: 'low', status: bobStatus, version: read + 2 });
    });

    it('refuses a whole multi-card edit when one card is stale, and counts the changes since', async () => {
      const [a, b, c] = (await cards(alice)).slice(2, 5);
      ok(await bob.call('findings.update', { ids: [c.id], patch: { phase: 'P-bob-1' } }));
      ok(await bob.call('findings.update', { ids: [c.id], patch: { phase: 'P-bob-2' } }));
      const before = await Promise.all([a, b, c].map((x) => stored(x.id)));
      const r = await alice.call('findings.update', {
        ids: [a.id, b.id, c.id],
        patch: { status: 'false_positive' },
        versions: [a, b, c].map((x) => ({ id: x.id, version: x.version })),
      });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('conflict');
      expect(r.error.message).toContain(`finding ${c.id} "${c.title}" changed after you read it (2 changes since you read it; the latest: ${engine.expectedActor('bob')} changed phase P-bob-1 → P-bob-2`);
      expect(r.error.message).not.toContain(`finding ${a.id} `);
      expect(await Promise.all([a, b, c].map((x) => stored(x.id)))).toEqual(before);
    });

    it('counts an undo as a change: a write on the version before it is refused', async () => {
      const card = (await cards(alice))[5];
      const [mine] = ok(await alice.call('findings.update', { ids: [card.id], patch: { severity: 'critical' }, versions: [{ id: card.id, version: card.version }] }));
      ok(await alice.call('history.undo', { projectId }));
      const now = await stored(card.id);
      expect(now).toMatchObject({ severity: card.severity, version: mine.version + 1 });
      const r = await bob.call('findings.update', { ids: [card.id], patch: { severity: 'high' }, versions: [{ id: card.id, version: mine.version }] });
      expect(r.ok ? 'accepted' : r.error.code).toBe('conflict');
      expect(await stored(card.id)).toEqual(now);
    });

    it('applies a write without versions (a CLI one-shot command) to whatever is current', async () => {
      const card = (await cards(alice))[6];
      ok(await bob.call('findings.update', { ids: [card.id], patch: { phase: 'P-x' } }));
      const [after] = ok(await alice.call('findings.update', { ids: [card.id], patch: { phase: 'P-y' } }));
      expect(after).toMatchObject({ phase: 'P-y', version: card.version + 2 });
    });
  });
}
