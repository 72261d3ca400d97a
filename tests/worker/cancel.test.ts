// Long work off the core's thread (issue 16): a 200,000-result SARIF ingested through the core
// entry (worker thread + job thread, as `npm run serve` and the CLI run it) reports its progress,
// and cancelling it returns within a second with the database exactly as it was before.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../core/service/job';
import { startCoreThread, type CoreClient } from '../../core/worker/start-thread';
import { generateSarif } from '../ingest/gen-sarif';
import { VENDORED } from '../team';
import { dbState } from './db-state';

const N = 200_000;
let dir: string;
let core: CoreClient;
let big: string;
let dbPath: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-cancel-'));
  dbPath = join(dir, 'db.sqlite');
  big = join(dir, 'big.sarif');
  writeFileSync(big, generateSarif(N, 7));
  writeFileSync(join(dir, 'small.sarif'), generateSarif(500, 3));
  core = await startCoreThread({ dbPath });
  // something in the database already, so "as before" means something
  const first = await core.call('ingest.paths', { projectId: 1, paths: [join(dir, 'small.sarif')] });
  expect(first).toMatchObject({ ok: true, value: [{ ok: true, added: 500 }] });
}, 120_000);

afterAll(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cancelling a long ingest', () => {
  it('a step with no checkpoint in reach (a long Markdown parse) is stopped by ending its thread; the core goes on', async () => {
    // a long audit report: one real report's findings sections repeated, each copy under its own heading
    const one = readFileSync(join(VENDORED, 'markdown', 'unseen-pentest.md'), 'utf8');
    const md = join(dir, 'long.md');
    writeFileSync(md, Array.from({ length: 400 }, (_, i) => one.replace(/^# .*$/m, `# Pentest part ${i + 1}`)).join('\n\n'));
    const before = dbState(dbPath);
    const abort = new AbortController();
    let cancelledAt = 0;
    const result = await core.call('ingest.paths', { projectId: 1, paths: [md] }, {
      signal: abort.signal,
      onProgress(p) {
        if (p.phase === 'parse' && !cancelledAt) {
          cancelledAt = performance.now();
          setTimeout(() => abort.abort(), 100); // inside the parse
        }
      },
    });
    const took = performance.now() - cancelledAt - 100;
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(took).toBeLessThan(1000);
    expect(dbState(dbPath)).toEqual(before);
    const small = await core.call('ingest.paths', { projectId: 1, paths: [join(VENDORED, 'markdown', 'unseen-pentest.md')] });
    expect(small).toMatchObject({ ok: true, value: [{ ok: true }] });
  }, 120_000);

  it('reports progress, and a cancel returns within 1 s leaving the database as it was', async () => {
    const before = dbState(dbPath);
    expect(before.findings).toMatch(/^50\d /); // the 500 of beforeAll (and the earlier test's 4)
    const seen: Progress[] = [];
    const abort = new AbortController();
    let cancelledAt = 0;
    const result = await core.call(
      'ingest.paths',
      { projectId: 1, paths: [big] },
      {
        signal: abort.signal,
        onProgress(p) {
          seen.push(p);
          // well into the store, inside its write transaction
          if (p.phase === 'store' && p.done >= 40_000 && !cancelledAt) {
            cancelledAt = performance.now();
            abort.abort();
          }
        },
      },
    );
    const took = performance.now() - cancelledAt;
    expect(cancelledAt).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(took).toBeLessThan(1000);
    const store = seen.filter((p) => p.phase === 'store');
    expect(store[0]).toMatchObject({ done: 0, total: N, file: big });
    for (let i = 1; i < store.length; i++) expect(store[i].done).toBeGreaterThan(store[i - 1].done);

    expect(dbState(dbPath)).toEqual(before);
    // and the core goes on: the same file ingests in full afterwards; meanwhile a board read answers
    // with the last committed state, and an edit waits for the ingest (in the job queue), not the reads
    const listed = await core.call('findings.list', { projectId: 1 });
    const had = listed.ok ? listed.value.length : 0;
    const someId = listed.ok ? listed.value[0].id : 0;
    let ingestDone = false;
    let during: Promise<[boolean, unknown, unknown]> | null = null;
    const again = await core.call(
      'ingest.paths',
      { projectId: 1, paths: [big] },
      {
        onProgress(p) {
          if (p.phase !== 'store' || during) return;
          const update = core.call('findings.update', { ids: [someId], patch: { status: 'in_progress' } });
          during = core.call('findings.list', { projectId: 1 }).then(async (read) => [ingestDone, read, await update]);
        },
      },
    ).finally(() => (ingestDone = true));
    expect(again).toMatchObject({ ok: true, value: [{ ok: true, added: N }] });
    const [readBeforeIngestEnded, read, update] = await during!;
    expect(readBeforeIngestEnded).toBe(false);
    expect(read).toMatchObject({ ok: true });
    expect((read as { value: unknown[] }).value).toHaveLength(had);
    expect(update).toMatchObject({ ok: true, value: [{ id: someId, status: 'in_progress' }] });
    const list = await core.call('findings.list', { projectId: 1 });
    expect(list.ok && list.value.length).toBe(N + had);
  }, 180_000);
});
