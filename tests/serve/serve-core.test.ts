// The serve host in front of the real core, run as `npm run serve` runs it (in a worker thread, long
// work in a job thread): a call made over HTTP lands in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreClient } from '../../core/worker/start-thread';
import { TOKEN_HEADER, type ServeHost } from '../../core/serve/server';
import { CALL_ID_HEADER } from '../../shared/channel';
import { startTestHost, type TestHost } from './test-host';
import { generateSarif } from '../ingest/gen-sarif';
import { VENDORED } from '../team';
import { engines } from '../pg/engines';

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let t: TestHost;
    let dir: string;
    let host: ServeHost;
    let core: CoreClient;

    beforeAll(async () => {
      t = await startTestHost('punchlist-serve-core-', engine.name === 'postgres' ? await engine.fresh() : undefined);
      ({ dir, host, core } = t);
    });

    afterAll(() => t.close());

    const call = (method: string, input: unknown) => t.call(method, input);

    /** an ingest.bytes with its progress as JSON lines, read until it stores findings; `rest()` reads the rest of its answer */
    async function storingFindings(input: object, headers: Record<string, string>, signal?: AbortSignal): Promise<{ rest(): Promise<string> }> {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/ingest.bytes`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/x-ndjson', [TOKEN_HEADER]: host.token, ...headers },
        body: JSON.stringify(input),
        signal,
      });
      const reader = res.body!.getReader();
      let text = '';
      const read = async (until: (text: string) => boolean) => {
        while (!until(text)) {
          const { value, done } = await reader.read();
          if (done) break;
          text += Buffer.from(value).toString('utf8');
        }
      };
      await read((t) => t.includes('"phase":"store"'));
      expect(text).toContain('"phase":"store"');
      return { rest: () => read(() => false).then(() => text) };
    }

    describe('serve host + core', () => {
      it('creates a project, ingests a report and lists its findings over HTTP', async () => {
        const project = await call('projects.create', { name: 'Over HTTP' });
        expect(project.ok).toBe(true);
        const projectId = project.value.id as number;
        const seed = `${VENDORED}/seeds/000_fc571ca0a1401530.txt`;
        const base64 = readFileSync(seed).toString('base64');
        const ingested = await call('ingest.bytes', { projectId, name: 'seed.md', base64 });
        expect(ingested).toMatchObject({ ok: true, value: { ok: true } });
        const list = await call('findings.list', { projectId });
        expect(list.ok).toBe(true);
        expect(list.value.length).toBe(ingested.value.added);
        const bad = await call('findings.list', { projectId: -1 });
        expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      });

      // issue 19: the serve host's API, the app's drop (ingest.bytes) and the CLI (ingest.paths) are one
      // ingest path: a newer version of a report updates it, with the same counts whichever way it came
      // (paths through the core, as the CLI calls it: the serve host refuses them, see below)
      it('a newer version of a report sent over HTTP updates it, with the counts the CLI path gives', async () => {
        const v1 = readFileSync(join(__dirname, '..', 'fixtures', 'sarif', 'defectdojo_bash-report.sarif'), 'utf8');
        const log = JSON.parse(v1) as { runs: Array<{ results: unknown[] }> };
        log.runs[0].results.splice(0, 2); // the next run no longer has the first two results
        const v2 = JSON.stringify(log);
        const counts = [];
        for (const via of ['bytes', 'paths'] as const) {
          const projectId = (await call('projects.create', { name: `re-run via ${via}` })).value.id as number;
          const send = async (text: string, folder: string, extra: object = {}) => {
            if (via === 'bytes') return call('ingest.bytes', { projectId, name: 'bash-report.sarif', base64: Buffer.from(text).toString('base64'), ...extra });
            const path = join(dir, via, folder, 'bash-report.sarif');
            mkdirSync(join(dir, via, folder), { recursive: true });
            writeFileSync(path, text);
            const r = await core.call('ingest.paths', { projectId, paths: [path], ...extra });
            if (!r.ok) throw new Error(r.error.message);
            return { ...r, value: r.value[0] as any }; // eslint-disable-line @typescript-eslint/no-explicit-any
          };
          expect((await send(v1, 'a')).value).toMatchObject({ ok: true, action: 'added', added: 27 });
          const dry = await send(v2, 'b', { dryRun: true });
          expect(dry.value).toMatchObject({ ok: true, action: 'updated', dryRun: true });
          const r = await send(v2, 'b');
          expect(r.value).toMatchObject({ ok: true, action: 'updated', dryRun: false, added: 0 });
          expect(r.value.update.counts).toEqual(dry.value.update.counts);
          expect(r.value.update.counts).toMatchObject({ new: 0, gone: 2, moved: 0, unchanged: 25 });
          expect((await call('reports.list', { projectId })).value).toHaveLength(1);
          expect((await call('findings.list', { projectId })).value).toHaveLength(27);
          counts.push(r.value.update.counts);
        }
        expect(counts[0]).toEqual(counts[1]);
      });

      it('refuses what takes a filesystem path: the page sends bytes, never paths', async () => {
        const projectId = (await call('projects.list', {})).value[0].id as number;
        const report = join(dir, 'outside.md');
        writeFileSync(report, '# Review\n\n### BUG-1: Token leaked\n- **Severity:** High\n');
        const backup = await call('backup.create', {});
        // a team database is backed up by its server: there is no backup file to restore
        if (engine.name === 'postgres') expect(backup).toMatchObject({ ok: false, error: { code: 'unavailable' } });
        else expect(backup.ok).toBe(true);
        const reports = async () => (await call('reports.list', { projectId })).value;
        const before = await reports();
        const forbidden = { ok: false, error: { code: 'forbidden' } };
        expect(await call('ingest.paths', { projectId, paths: [report] })).toMatchObject(forbidden);
        expect(await call('ingest.paths', { projectId, paths: ['/etc/passwd'] })).toMatchObject(forbidden);
        expect(await call('backup.restore', { file: backup.value?.file ?? join(dir, 'some.sqlite') })).toMatchObject(forbidden);
        expect(await call('reingest.preview', { projectId, path: report })).toMatchObject(forbidden);
        expect(await call('reingest.apply', { projectId, reportId: 1, path: report })).toMatchObject(forbidden);
        expect(await reports()).toEqual(before);
        const base64 = readFileSync(report).toString('base64');
        expect(await call('reingest.preview', { projectId, name: 'outside.md', base64 })).toMatchObject({ ok: true });
      });

      // issue 16: long work over HTTP: progress as it goes, and a client that goes away cancels
      it('streams an ingest\'s progress as JSON lines when asked, then its result', async () => {
        const projectId = (await call('projects.create', { name: 'Progress' })).value.id as number;
        const base64 = Buffer.from(generateSarif(5_000, 11)).toString('base64');
        const res = await fetch(`http://127.0.0.1:${host.port}/api/ingest.bytes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/x-ndjson', [TOKEN_HEADER]: host.token },
          body: JSON.stringify({ projectId, name: 'scan.sarif', base64 }),
        });
        expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
        const lines = (await res.text()).trim().split('\n').map((l) => JSON.parse(l) as { progress?: { phase: string; done: number; total: number }; result?: unknown });
        const last = lines.pop()!;
        expect(last.result).toMatchObject({ ok: true, value: { ok: true, added: 5_000 } });
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.every((l) => l.progress !== undefined)).toBe(true);
        expect(lines.find((l) => l.progress!.phase === 'store')!.progress).toMatchObject({ total: 5_000, file: 'scan.sarif' });
      });

      it('an ingest whose client goes away is cancelled and leaves nothing behind', async () => {
        const projectId = (await call('projects.create', { name: 'Abandoned' })).value.id as number;
        const base64 = Buffer.from(generateSarif(60_000, 12)).toString('base64');
        const abort = new AbortController();
        // wait until it is storing findings, then go away
        await storingFindings({ projectId, name: 'big.sarif', base64 }, {}, abort.signal);
        abort.abort();
        // the next long call runs after the abandoned one has stopped
        const small = Buffer.from(generateSarif(10, 13)).toString('base64');
        expect(await call('ingest.bytes', { projectId, name: 'small.sarif', base64: small })).toMatchObject({ ok: true, value: { ok: true, added: 10 } });
        expect((await call('findings.list', { projectId })).value).toHaveLength(10);
        expect((await call('reports.list', { projectId })).value).toHaveLength(1);
      });

      // the app window's Cancel: the call named in its header is stopped by calls.cancel, and answers so
      it('calls.cancel stops the call it names; the call answers "cancelled" within a second, nothing kept', async () => {
        const projectId = (await call('projects.create', { name: 'Cancelled by name' })).value.id as number;
        const base64 = Buffer.from(generateSarif(60_000, 14)).toString('base64');
        const callId = 'e2e-cancel-0001';
        const answer = await storingFindings({ projectId, name: 'big.sarif', base64 }, { [CALL_ID_HEADER]: callId });
        // another id stops nothing
        expect(await call('calls.cancel', { callId: 'not-running-1' })).toEqual({ ok: true, value: { cancelled: false } });
        const asked = performance.now();
        expect(await call('calls.cancel', { callId })).toEqual({ ok: true, value: { cancelled: true } });
        const text = await answer.rest();
        const took = performance.now() - asked;
        const last = JSON.parse(text.trim().split('\n').pop()!) as { result: unknown };
        expect(last.result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
        expect(took).toBeLessThan(1000);
        expect((await call('findings.list', { projectId })).value).toEqual([]);
        expect((await call('reports.list', { projectId })).value).toEqual([]);
        // done: the id names nothing any more
        expect(await call('calls.cancel', { callId })).toEqual({ ok: true, value: { cancelled: false } });
      });
    });
  });
}
