// Long work other than the ingest (issue 16): backup.create, export.render (every format) and
// reingest.apply on a project of 200,000 findings, through the core entry (worker thread + job
// thread, as `npm run serve` and the CLI run it). Each reports progress that goes up, and a cancel
// returns within a second with no file left behind and the database exactly as it was.
import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Progress } from '../../core/service/job';
import { startCoreThread, type CoreClient } from '../../core/worker/start-thread';
import { generateSarif } from '../ingest/gen-sarif';
import { shiftedSarif } from '../reingest/helpers';
import { dbState } from './db-state';

const N = 200_000;
let dir: string;
let core: CoreClient;
let big: string;
let dbPath: string;

/** every file under `root`, relative, sorted (the backups folder included) */
function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
}

/** runs `method`, cancelling it at the first progress `when` accepts; how long the cancel took */
async function cancelAt(method: 'backup.create' | 'export.render' | 'reingest.apply', input: object, when: (p: Progress) => boolean) {
  const seen: Progress[] = [];
  const abort = new AbortController();
  let cancelledAt = 0;
  const result = await core.call(method, input as never, {
    signal: abort.signal,
    onProgress(p) {
      seen.push(p);
      if (!cancelledAt && when(p)) {
        cancelledAt = performance.now();
        abort.abort();
      }
    },
  });
  const took = performance.now() - cancelledAt;
  expect(cancelledAt, `${method}: no progress reached the point of the cancel`).toBeGreaterThan(0);
  return { result, took, seen };
}

/** the `done` of one phase's progress, in the order they came */
const dones = (seen: Progress[], phase: string) => seen.filter((p) => p.phase === phase).map((p) => p.done);

function expectIncreasing(values: number[]): void {
  expect(values.length).toBeGreaterThan(1);
  for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-cancel-jobs-'));
  dbPath = join(dir, 'db.sqlite');
  mkdirSync(join(dir, 'v1'));
  big = join(dir, 'v1', 'big.sarif');
  writeFileSync(big, generateSarif(N, 7));
  core = await startCoreThread({ dbPath });
  const first = await core.call('ingest.paths', { projectId: 1, paths: [big] });
  expect(first).toMatchObject({ ok: true, value: [{ ok: true, added: N }] });
}, 180_000);

afterAll(async () => {
  await core?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('cancelling a backup', () => {
  it('reports its pages, and a cancel returns within 1 s with no backup file and the database as it was', async () => {
    const pages = (() => {
      const db = new Database(dbPath, { readonly: true });
      try {
        return Number(db.pragma('page_count', { simple: true }));
      } finally {
        db.close();
      }
    })();
    expect(pages).toBeGreaterThan(10_000); // a database big enough that the copy takes many steps
    const before = dbState(dbPath);
    const files = filesUnder(dir);
    const { result, took, seen } = await cancelAt('backup.create', {}, (p) => p.phase === 'backup' && p.done > 0);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(took).toBeLessThan(1000);
    expect(seen[0]).toEqual({ phase: 'backup', done: 0, total: pages });
    expect(seen.every((p) => p.total === pages)).toBe(true);
    // no backup, no .partial: the same files as before
    expect(filesUnder(dir)).toEqual(files);
    expect(dbState(dbPath)).toEqual(before);

    // not cancelled: progress goes up to the whole file, and the backup has every finding
    const full: Progress[] = [];
    const made = await core.call('backup.create', {}, { onProgress: (p) => full.push(p) });
    expect(made).toMatchObject({ ok: true });
    expectIncreasing(dones(full, 'backup'));
    expect(full.at(-1)!.done).toBeLessThanOrEqual(pages);
    expect(filesUnder(join(dir, 'backups'))).toEqual([made.ok ? made.value.name : '']);
    const copy = new Database(made.ok ? made.value.file : '', { readonly: true });
    try {
      expect(copy.prepare('SELECT count(*) AS n FROM findings').get()).toEqual({ n: N });
    } finally {
      copy.close();
    }
  }, 120_000);
});

describe('cancelling an export', () => {
  for (const format of ['md', 'csv', 'json', 'html', 'sarif'] as const) {
    it(`${format}: a cancel while the findings are read returns within 1 s; nothing written, the database as it was`, async () => {
      const before = dbState(dbPath);
      const files = filesUnder(dir);
      const { result, took, seen } = await cancelAt('export.render', { projectId: 1, format }, (p) => p.phase === 'read findings' && p.done >= 20_000);
      expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
      expect(took).toBeLessThan(1000);
      expect(seen[0]).toEqual({ phase: 'read', done: 0, total: 7 });
      expectIncreasing(dones(seen, 'read findings'));
      expect(filesUnder(dir)).toEqual(files);
      expect(dbState(dbPath)).toEqual(before);
    }, 120_000);
  }

  it('not cancelled, its progress goes through every step and every finding', async () => {
    const seen: Progress[] = [];
    const done = await core.call('export.render', { projectId: 1, format: 'csv' }, { onProgress: (p) => seen.push(p) });
    expect(done).toMatchObject({ ok: true });
    // every finding is in it: more than 50 characters each
    expect(done.ok && done.value.text.length).toBeGreaterThan(N * 50);
    const read = dones(seen, 'read');
    expect(read[0]).toBe(0);
    expect(read.at(-1)).toBe(7);
    expectIncreasing(read);
    const findings = dones(seen, 'read findings');
    expectIncreasing(findings);
    expect(findings.at(-1)).toBe(N);
    expect(seen.filter((p) => p.phase === 'render')).toEqual([
      { phase: 'render', done: 0, total: 1 },
      { phase: 'render', done: 1, total: 1 },
    ]);
  }, 180_000);
});

describe('cancelling a re-ingest', () => {
  it('a newer version of the report, cancelled while it updates, leaves the database as it was', async () => {
    mkdirSync(join(dir, 'v2'));
    const v2 = join(dir, 'v2', 'big.sarif');
    writeFileSync(v2, shiftedSarif(readFileSync(big, 'utf8'), 10, 0).text);
    const before = dbState(dbPath);
    const { result, took, seen } = await cancelAt('reingest.apply', { projectId: 1, reportId: 1, path: v2 }, (p) => p.phase === 'update' && p.done >= 1);
    expect(result).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    expect(took).toBeLessThan(1000);
    expect(seen.some((p) => p.phase === 'parse')).toBe(true);
    expect(dbState(dbPath)).toEqual(before);
  }, 180_000);
});
