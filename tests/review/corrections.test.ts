// Issue 15: corrections through the contract, on real SQLite and the real fixture reports. Each
// correction is a rule and one undoable step; findings follow the rules; history names the rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import type { ReviewView } from '../../shared/api';
import { tempDir } from '../db/helpers';
import { ok, seedFiles } from '../service/helpers';
import { fixtureItems } from './fixture-items';
import { engines } from '../pg/engines';

const DIR = join(__dirname, '..', 'fixtures', 'review');
const V1 = join(DIR, 'walkthrough-v1.md');
const V2 = join(DIR, 'walkthrough-v2.md');

/** the numbered items of a fixture, as written: [rating word, text] */
const items = (path: string): Array<[string, string]> => fixtureItems(path).map((x) => [x.word, x.title]);

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let tmp: ReturnType<typeof tempDir> | undefined;
    let core: Core | undefined;
    afterEach(() => {
      core?.close();
      tmp?.cleanup();
      core = tmp = undefined;
    });

    async function project() {
      tmp = tempDir();
      core = openCore({ dbPath: engine.name === 'postgres' ? await engine.fresh() : join(tmp.dir, 'c.sqlite'), actor: 'test' });
      const projectId = ok(await core.call('projects.list', {}))[0].id;
      return { c: core, projectId };
    }

    const b64 = (path: string) => readFileSync(path).toString('base64');
    const itemBlock = (v: ReviewView, text: string) => v.blocks.find((b) => b.kind === 'item' && b.text.includes(text))!;

    describe('review and corrections through the contract', () => {
      it('take all, reject one, map severity words, undo and redo; the next version follows', async () => {
        const { c, projectId } = await project();
        const r1 = ok(await c.call('ingest.bytes', { projectId, name: 'walkthrough-v1.md', base64: b64(V1) }));
        if (!r1.ok) throw new Error(r1.error);
        expect(r1.added).toBe(0);
        const want = items(V1);
        let v = ok(await c.call('review.get', { reportId: r1.reportId }));
        expect(v.text).toBe(readFileSync(V1, 'utf8'));
        const lines = v.text.split('\n');
        const listed = v.blocks.filter((b) => b.kind === 'item');
        expect(listed.map((b) => lines[b.startLine - 1])).toEqual(lines.filter((l) => /^\d+\. /.test(l)));
        expect(listed.every((b) => b.state === 'plain')).toBe(true);

        // "this is a finding" on the first item, for every item like it
        const first = itemBlock(v, want[0][1]);
        const take = ok(await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'take', blocks: [first.index], all: true } }));
        expect(take.touched).toBe(want.length);
        const titles = async () => ok(await c.call('findings.list', { projectId })).map((f) => [f.title, f.severity, f.status]);
        expect((await titles()).map((t) => t[0]).sort()).toEqual(want.map(([, t]) => t).sort());
        v = take.review;
        expect(v.blocks.filter((b) => b.state === 'finding')).toHaveLength(want.length);

        // not a finding: the Green one is set aside as a false positive, and comes back on undo
        const green = itemBlock(v, want.find(([w]) => w === 'Green')![1]);
        const greenId = green.findingId!;
        ok(await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'drop', blocks: [green.index] } }));
        expect(ok(await c.call('findings.get', { id: greenId })).status).toBe('false_positive');
        expect(ok(await c.call('review.get', { reportId: r1.reportId })).blocks[green.index].state).toBe('dropped');
        ok(await c.call('history.undo', { projectId }));
        expect(ok(await c.call('findings.get', { id: greenId })).status).toBe('open');
        expect(ok(await c.call('rules.list', { projectId }))).toHaveLength(1);

        // the report's scheme: Red, Amber, Green
        for (const [word, severity] of [['Red', 'critical'], ['Amber', 'medium'], ['Green', 'low']] as const) {
          ok(await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'severity', word, severity, scope: 'family' } }));
        }
        const sev: Record<string, string> = { Red: 'critical', Amber: 'medium', Green: 'low' };
        const byTitle = new Map(want.map(([w, t]) => [t, sev[w]]));
        for (const [t, s] of await titles()) expect(s).toBe(byTitle.get(t as string));
        // history lists the correction with the rule as reason
        const red = ok(await c.call('findings.get', { id: itemBlock(v, want[0][1]).findingId! }));
        const change = red.history.find((h) => h.field === 'severity');
        expect(change?.reason).toBe('rule: "Red" → critical');
        expect([change?.oldValue, change?.newValue]).toEqual([null, 'critical']);

        // undo the Green mapping, redo it
        ok(await c.call('history.undo', { projectId }));
        expect(ok(await c.call('findings.get', { id: greenId })).severity).toBe(null);
        expect(ok(await c.call('rules.list', { projectId })).map((r) => r.label)).not.toContain('"Green" → low');
        ok(await c.call('history.redo', { projectId }));
        expect(ok(await c.call('findings.get', { id: greenId })).severity).toBe('low');

        // a rule turned off takes its corrections back; on again, they return (same rows)
        const rules = ok(await c.call('rules.list', { projectId }));
        const takeRule = rules.find((r) => r.spec.kind === 'take')!;
        ok(await c.call('rules.setEnabled', { id: takeRule.id, enabled: false }));
        expect((await titles()).every((t) => t[2] === 'false_positive')).toBe(true);
        ok(await c.call('rules.setEnabled', { id: takeRule.id, enabled: true }));
        expect((await titles()).every((t) => t[2] === 'open')).toBe(true);
        expect(ok(await c.call('findings.list', { projectId }))).toHaveLength(want.length);

        // the next version: rules apply with no correction, the summary says so
        const r2 = ok(await c.call('ingest.bytes', { projectId, name: 'walkthrough-v2.md', base64: b64(V2) }));
        if (!r2.ok) throw new Error(r2.error);
        const want2 = items(V2);
        expect(r2.reportId).toBe(r1.reportId);
        expect(r2.summary).toContain(`every item under "walkthrough items" is a finding (${want2.length})`);
        expect(r2.summary).toContain(`"Red" → critical (${want2.filter(([w]) => w === 'Red').length})`);
        const after = await titles();
        expect(after).toHaveLength(want2.length);
        for (const [t, s] of after) expect(s).toBe(new Map(want2.map(([w, x]) => [x, sev[w]])).get(t as string));

        // undo all the way back: the take rule's rows go (the one the v2 ingest added stays: ingest is not undone)
        const before = ok(await c.call('findings.list', { projectId })).length;
        for (let i = 0; i < 6; i++) ok(await c.call('history.undo', { projectId }));
        expect(ok(await c.call('rules.list', { projectId }))).toEqual([]);
        expect(ok(await c.call('findings.list', { projectId })).length).toBe(before - want.length);
        // and redo brings them back with their ids
        for (let i = 0; i < 6; i++) ok(await c.call('history.redo', { projectId }));
        expect(ok(await c.call('findings.get', { id: greenId })).title).toBe(want.find(([w]) => w === 'Green')![1]);
      });

      it('on the five seeds: a correction changes its own block and nothing else', async () => {
        const { c, projectId } = await project();
        for (const file of seedFiles()) {
          const r = ok(await c.call('ingest.bytes', { projectId, name: file.split('/').pop()!, base64: b64(file) }));
          if (!r.ok) throw new Error(r.error);
          const v = ok(await c.call('review.get', { reportId: r.reportId }));
          const found = v.blocks.filter((b) => b.state === 'finding');
          // every finding of the report is on a block of the text, as the row it is
          expect(found.map((b) => b.findingId).sort()).toEqual(ok(await c.call('findings.list', { projectId, reportId: [r.reportId] })).map((f) => f.id).sort());
          const rejected = v.blocks.find((b) => b.state === 'rejected' && b.kind !== 'heading');
          // every seed has candidates the extractor set aside
          expect(rejected, file).toBeDefined();
          const take = ok(await c.call('review.correct', { reportId: r.reportId, correction: { action: 'take', blocks: [rejected!.index] } }));
          expect(take.touched, file).toBe(1);
          expect(take.review.blocks[rejected!.index].state).toBe('finding');
          const drop = ok(await c.call('review.correct', { reportId: r.reportId, correction: { action: 'drop', blocks: [found[0].index] } }));
          expect(drop.touched, file).toBe(1);
          expect(ok(await c.call('findings.get', { id: found[0].findingId! })).status).toBe('false_positive');
        }
      });

      it('the JSON export carries texts, rules, corrections in history and "not in latest report" marks', async () => {
        const { c, projectId } = await project();
        const r1 = ok(await c.call('ingest.bytes', { projectId, name: 'walkthrough-v1.md', base64: b64(V1) }));
        if (!r1.ok) throw new Error(r1.error);
        const v = ok(await c.call('review.get', { reportId: r1.reportId }));
        const want = items(V1);
        ok(await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'take', blocks: [itemBlock(v, want[0][1]).index], all: true } }));
        ok(await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'severity', word: 'Red', severity: 'critical', scope: 'project' } }));
        // a next version without the Green item: that finding is marked "not in latest report"
        const green = want.find(([w]) => w === 'Green')!;
        const v3 = readFileSync(V1, 'utf8').split('\n').filter((l) => !l.includes(green[1])).join('\n');
        const r3 = ok(await c.call('ingest.bytes', { projectId, name: 'walkthrough-v1.md', base64: Buffer.from(v3).toString('base64') }));
        if (!r3.ok) throw new Error(r3.error);
        expect(ok(await c.call('findings.absent', { projectId }))).toHaveLength(1);

        const exported = ok(await c.call('export.render', { projectId, format: 'json' }));
        const imp = ok(await c.call('import.json', { base64: Buffer.from(exported.text).toString('base64') }));
        const p2 = imp.project.id;
        expect(ok(await c.call('rules.list', { projectId: p2 })).map((r) => [r.label, r.family === null])).toEqual(
          ok(await c.call('rules.list', { projectId })).map((r) => [r.label, r.family === null]),
        );
        const absent = ok(await c.call('findings.absent', { projectId: p2 }));
        expect(absent).toHaveLength(1);
        expect(ok(await c.call('findings.get', { id: absent[0].findingId })).title).toBe(green[1]);
        const list = ok(await c.call('findings.list', { projectId: p2 }));
        const red = list.find((f) => f.title === want[0][1])!;
        expect(red.severity).toBe('critical');
        expect(ok(await c.call('findings.get', { id: red.id })).history.map((h) => h.reason)).toContain('rule: "Red" → critical');
        // the imported history is not on the new project's undo stack
        expect(ok(await c.call('history.undo', { projectId: p2 })).undone).toBe(0);
        // the kept text came along: the review of the copy shows the same findings
        const review2 = ok(await c.call('review.get', { reportId: list[0].reportId }));
        expect(review2.text).toBe(v3);
        expect(review2.blocks.filter((b) => b.state === 'finding').map((b) => b.title)).toEqual(want.filter(([w]) => w !== 'Green').map(([, t]) => t));
      });

      it('bad input comes back as an error value', async () => {
        const { c, projectId } = await project();
        const r1 = ok(await c.call('ingest.bytes', { projectId, name: 'walkthrough-v1.md', base64: b64(V1) }));
        if (!r1.ok) throw new Error(r1.error);
        const bad = await c.call('review.correct', { reportId: r1.reportId, correction: { action: 'take', blocks: [99999] } });
        expect(bad).toEqual({ ok: false, error: { code: 'invalid_input', message: `report ${r1.reportId} has no block 99999` } });
        const invalid = await c.dispatch('review.correct', { reportId: r1.reportId, correction: { action: 'severity', word: '', severity: 'urgent' } });
        expect(invalid.ok).toBe(false);
        if (!invalid.ok) expect(invalid.error.code).toBe('invalid_input');
        expect((await c.call('review.get', { reportId: 4242 })).ok).toBe(false);
      });
    });
  });
}
