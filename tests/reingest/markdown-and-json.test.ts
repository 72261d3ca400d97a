// Markdown "v2 (updated)" of a seed: whitespace reworded, sections moved and renumbered, one finding
// dropped, one added → decisions kept. Scanner JSON (gosec) with repeated identical findings in one
// file: distinct fingerprints, and a line shift matches every one. "Close absent" is one undoable action.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintAll, isStableRef, normalizePath } from '../../core/ingest/fingerprint';
import { parseReportText } from '../../core/ingest/index';
import { CORPUS, decisions, details, freshProjects, ok, read, seed, writeCopy } from './helpers';
import { engines } from '../pg/engines';

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    const fresh = freshProjects(engine);

    /** splits "## 1. …" into its "### 1.x" sections */
    function sections(text: string, chapter: string) {
      const lines = text.split('\n');
      const start = lines.findIndex((l) => l.startsWith(`## ${chapter}.`));
      const end = lines.findIndex((l, i) => i > start && /^## /.test(l));
      const body = lines.slice(start + 1, end);
      const blocks: string[][] = [];
      const head: string[] = [];
      for (const l of body) {
        if (l.startsWith(`### ${chapter}.`)) blocks.push([l]);
        else if (blocks.length) blocks[blocks.length - 1].push(l);
        else head.push(l);
      }
      return { before: lines.slice(0, start + 1), head, blocks, after: lines.slice(end) };
    }

    /** v2 of seed 003: chapter 1 reordered (1.3 moved after 1.5) and renumbered, 1.8 dropped, a new 1.x added, spacing changed */
    function version2(text: string): { text: string; droppedTitle: string; addedTitle: string } {
      const { before, head, blocks, after } = sections(text, '1');
      const titleOf = (b: string[]) => b[0].replace(/^### [\d.]+\s+\w+:\s*/, '');
      const dropped = blocks.find((b) => b[0].startsWith('### 1.8 '))!;
      const moved = blocks.find((b) => b[0].startsWith('### 1.3 '))!;
      let order = blocks.filter((b) => b !== dropped && b !== moved);
      const at = order.findIndex((b) => b[0].startsWith('### 1.5 '));
      order = [...order.slice(0, at + 1), moved, ...order.slice(at + 1)];
      const added = ['### 1.99 HIGH: Unpinned Base Image In Dockerfile', '', '**File:** `/Dockerfile:1`', '**Severity:** HIGH', '', 'The image tag `python:latest` changes under you.', ''];
      order.push(added);
      const renumbered = order.map((b, i) => {
        const [first, ...rest] = b;
        const heading = first.replace(/^### 1\.\d+/, `### 1.${i + 1}`).replace(/: /, ':   '); // renumber, more spaces
        return [heading, ...rest.map((l) => (l.trim() && !l.startsWith('    ') && !l.startsWith('```') ? l.replace(/ /g, '  ') + '  ' : l))];
      });
      return {
        text: [...before, ...head, ...renumbered.flat(), ...after].join('\n'),
        droppedTitle: titleOf(dropped),
        addedTitle: 'Unpinned Base Image In Dockerfile',
      };
    }

    describe('Markdown v2 (updated)', () => {
      it('keeps decisions through reworded spacing, moved and renumbered sections; marks the dropped one, adds the new one', async () => {
        const { core, projectId, dir } = await fresh.open();
        const v1 = read(seed('003_'));
        const v2 = version2(v1);
        const p1 = writeCopy(join(dir, 'v1'), 'code-review.md', v1);
        const [r1] = ok(await core.call('ingest.paths', { projectId, paths: [p1] }));
        if (!r1.ok) throw new Error(r1.error);
        const cards = ok(await core.call('findings.list', { projectId }));
        // parsed v2 has the same number of findings: one out, one in
        const parsedV2 = parseReportText(v2.text, 'code-review.md');
        expect(parsedV2.findings).toHaveLength(cards.length);
        for (const [i, c] of cards.entries()) {
          ok(await core.call('findings.update', { ids: [c.id], patch: { status: i % 3 ? 'in_progress' : 'wont_fix', notes: `decided ${c.ref}` } }));
        }
        const before = await details(core, cards.map((c) => c.id));
        const p2 = writeCopy(join(dir, 'v2'), 'code-review.md', v2.text);
        const preview = ok(await core.call('reingest.preview', { projectId, path: p2 }));
        expect(preview.previous?.id).toBe(r1.reportId);
        expect(preview.counts).toMatchObject({ matched: cards.length - 1, added: 1, absent: 1 });
        expect(preview.samples.absent).toEqual([v2.droppedTitle]);
        ok(await core.call('reingest.apply', { projectId, reportId: r1.reportId, path: p2 }));
        const after = await details(core, cards.map((c) => c.id));
        after.forEach((a, i) => expect(decisions(a)).toEqual(decisions(before[i])));
        const absent = ok(await core.call('findings.absent', { projectId }));
        expect(absent.map((x) => after.find((a) => a.id === x.findingId)?.title)).toEqual([v2.droppedTitle]);
        const all = ok(await core.call('findings.list', { projectId }));
        expect(all).toHaveLength(cards.length + 1);
        const added = all.find((c) => !cards.some((o) => o.id === c.id))!;
        expect(added).toMatchObject({ title: v2.addedTitle, status: 'open', reportId: r1.reportId });
        // renumbered refs are report-owned: they follow the new version, logged
        const moved = after.find((a) => a.title === before.find((b) => b.ref === '1.3')!.title)!;
        expect(moved.ref).not.toBe('1.3');
        expect(moved.history.some((e) => e.action === 'report.update' && e.field === 'ref' && e.oldValue === '1.3')).toBe(true);
      });
    });

    describe('scanner JSON re-ingest (gosec)', () => {
      it('repeated identical findings in one file get distinct fingerprints; a +10 line shift matches them all', async () => {
        const text = read(join(CORPUS, 'json/gosec_many_vulns.json'));
        const parsed = parseReportText(text, 'gosec.json');
        const fps = fingerprintAll('json', parsed.findings);
        expect(new Set(fps).size).toBe(parsed.findings.length);
        const shift = (line: string) => line.replace(/\d+/g, (n) => String(Number(n) + 10));
        const log = JSON.parse(text) as { Issues: Array<{ line: string; code: string }> };
        for (const issue of log.Issues) {
          issue.line = shift(issue.line);
          issue.code = issue.code.replace(/^(\d+):/gm, (_, n: string) => `${Number(n) + 10}:`);
        }
        const shifted = parseReportText(JSON.stringify(log), 'gosec.json');
        expect(fingerprintAll('json', shifted.findings)).toEqual(fps);

        const { core, projectId, dir } = await fresh.open();
        const [r1] = ok(await core.call('ingest.paths', { projectId, paths: [writeCopy(join(dir, 'a'), 'gosec.json', text)] }));
        if (!r1.ok) throw new Error(r1.error);
        const cards = ok(await core.call('findings.list', { projectId }));
        ok(await core.call('findings.update', { ids: cards.map((c) => c.id), patch: { notes: 'seen' } }));
        const applied = ok(
          await core.call('reingest.apply', { projectId, reportId: r1.reportId, path: writeCopy(join(dir, 'b'), 'gosec.json', JSON.stringify(log)) }),
        );
        expect(applied.counts).toMatchObject({ matched: cards.length, added: 0, absent: 0 });
        const after = ok(await core.call('findings.list', { projectId }));
        after.forEach((c, i) => expect(c.primaryLine).toBe((cards[i].primaryLine ?? 0) + 10));
      });
    });

    describe('close absent findings', () => {
      it('closes every open "not in latest report" finding in one action that one undo restores', async () => {
        const { core, projectId, dir } = await fresh.open();
        const text = read(join(CORPUS, 'json/gosec_many_vulns.json'));
        const [r1] = ok(await core.call('ingest.paths', { projectId, paths: [writeCopy(join(dir, 'a'), 'gosec.json', text)] }));
        if (!r1.ok) throw new Error(r1.error);
        const log = JSON.parse(text) as { Issues: unknown[] };
        log.Issues.splice(3, 4);
        const cards = ok(await core.call('findings.list', { projectId }));
        ok(await core.call('findings.update', { ids: [cards[4].id], patch: { status: 'false_positive' } })); // already closed by the user
        ok(await core.call('reingest.apply', { projectId, reportId: r1.reportId, path: writeCopy(join(dir, 'b'), 'gosec.json', JSON.stringify(log)) }));
        const absent = ok(await core.call('findings.absent', { projectId, reportId: r1.reportId }));
        expect(absent.map((a) => a.findingId)).toEqual(cards.slice(3, 7).map((c) => c.id));
        const before = ok(await core.call('findings.list', { projectId }));
        const closed = ok(await core.call('findings.closeAbsent', { projectId, reportId: r1.reportId }));
        expect(closed.closed).toBe(3); // the false positive stays as the user set it
        const statuses = ok(await core.call('findings.list', { projectId })).map((c) => c.status);
        expect(statuses.slice(3, 7)).toEqual(['fixed', 'false_positive', 'fixed', 'fixed']);
        ok(await core.call('history.undo', { projectId }));
        expect(ok(await core.call('findings.list', { projectId })).map((c) => c.status)).toEqual(before.map((c) => c.status));
        // still marked: closing does not unmark
        expect(ok(await core.call('findings.absent', { projectId }))).toHaveLength(4);
      });
    });

    describe('fingerprints', () => {
      it('positional refs are not identities; named ids are', () => {
        for (const r of ['1.1', '#3', 'Issue #3', '12.', 'Bug 4']) expect(isStableRef(r)).toBe(false);
        for (const r of ['BUG-A01', 'SEC-3', 'CVE-2024-1234', 'G104']) expect(isStableRef(r)).toBe(true);
      });

      it('strips configured prefixes ("*" = one segment) and the default CI checkout folders', () => {
        expect(normalizePath('/home/runner/work/api/api/src/a.ts', { stripPrefixes: ['home/runner/work/*/*/'] })).toBe('src/a.ts');
        expect(normalizePath('C:\\builds\\acme\\src\\a.ts', { stripPrefixes: ['C:/builds/acme'] })).toBe('src/a.ts');
        expect(normalizePath('src/a.ts', { stripPrefixes: ['src/a.ts'] })).toBe('src/a.ts'); // never strips to nothing
        const f = (path: string) =>
          fingerprint('sarif', { ref: null, title: 'm', severity: null, severityText: null, status: 'open', phase: null, category: null, locations: [{ path }], blocksDeployment: null, dependsOn: [], effort: null, body: '', ruleId: 'R' }, { stripPrefixes: ['github/workspace/'] });
        expect(f('/github/workspace/src/a.ts')).toBe(f('./src/a.ts'));
      });

      it('answers a path asked again as the first time, for each set of prefixes apart', () => {
        const builds = { stripPrefixes: ['builds/'] };
        const other = { stripPrefixes: ['other/'] };
        for (let i = 0; i < 2; i++) {
          expect(normalizePath('/builds/src/a.ts', builds)).toBe('src/a.ts');
          expect(normalizePath('/builds/src/a.ts', other)).toBe('builds/src/a.ts');
          expect(normalizePath('/builds/src/a.ts')).toBe('builds/src/a.ts');
          expect(normalizePath('/builds/src/a.ts', { stripPrefixes: ['builds/src/'] })).toBe('a.ts');
        }
      });

      it('the prefix setting applies at ingest', async () => {
        const { core, projectId } = await fresh.open();
        ok(await core.call('settings.set', { projectId, key: 'ingest.pathPrefixes', value: ['vagrant/go/src/'] }));
        ok(await core.call('ingest.paths', { projectId, paths: [join(CORPUS, 'json/gosec_many_vulns.json')] }));
        const cards = ok(await core.call('findings.list', { projectId }));
        expect(cards[0].primaryPath).toBe('govwa/app.go');
      });
    });
  });
}
