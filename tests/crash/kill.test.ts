// Crashes: the ingest process (`punchlist ingest BIG.sarif`) and a bulk edit are killed with SIGKILL
// inside their write transaction, many times. The process is held at a marked point of the open
// transaction (PUNCHLIST_WRITE_PROBE=hold:<n>, db/write-probe.ts), another connection checks that
// the write lock is really held, and then the kill lands, deterministically mid-write. The points
// are taken in turn: for the ingest its report row, its findings, its checklists/events and just
// before COMMIT; for the bulk edit half-way through the rows and just before COMMIT. After every
// kill the database opens, PRAGMA integrity_check is ok, foreign keys hold, and nothing was
// half-written: the database is logically what it was before (every table, FTS shadow tables
// included), the report absent, no finding edited.
// CRASH_KILLS=n and CRASH_BULK_KILLS=n rerun it with more kills; CRASH_FINDINGS the report's size.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { dumpFile, tempDir } from '../db/helpers';
import { generateSarif } from '../ingest/gen-sarif';
import { ok } from '../service/helpers';
import { VENDORED } from '../team';

const ROOT = join(__dirname, '..', '..');
const KILLS = Number(process.env.CRASH_KILLS ?? 26);
const BULK_KILLS = Number(process.env.CRASH_BULK_KILLS ?? 16);
const BIG = Number(process.env.CRASH_FINDINGS ?? 2500);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let bigSarif: string;
let expected: number;
let baseFindings: number;
let baseTriage: string;

interface Probe {
  n: number;
  stage: string;
}
interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** the probe point the process was held (and killed) at */
  held: Probe | null;
  /** another connection could not take the write lock while the process was held there */
  writeLocked: boolean | null;
}

/** the probe points a run printed (PUNCHLIST_WRITE_PROBE=print) */
function probes(stderr: string): Probe[] {
  return [...stderr.matchAll(/^punchlist-write-probe: (\d+) (.+)$/gm)].map((m) => ({ n: Number(m[1]), stage: m[2] }));
}

/** true when a second connection cannot begin a write: a write transaction is open on `path` */
function writeLockHeld(path: string): boolean {
  const other = new BetterSqlite3(path, { timeout: 0 });
  try {
    other.exec('BEGIN IMMEDIATE');
    other.exec('ROLLBACK');
    return false;
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw e;
  } finally {
    other.close();
  }
}

/**
 * Runs a child with PUNCHLIST_WRITE_PROBE=`probe`. With "hold:<n>": when the child says it is held at
 * point n, checks the write lock on `dbPath` and kills it with SIGKILL.
 */
function runProbed(args: string[], probe: string, dbPath: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, PUNCHLIST_WRITE_PROBE: probe } });
    let stdout = '';
    let stderr = '';
    let held: Probe | null = null;
    let writeLocked: boolean | null = null;
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString('utf8')));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString('utf8');
      const m = /^punchlist-write-probe: holding (\d+) (.+)$/m.exec(stderr);
      if (m && !held) {
        held = { n: Number(m[1]), stage: m[2] };
        writeLocked = writeLockHeld(dbPath);
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => resolve({ code, signal, stdout, stderr, held, writeLocked }));
  });
}

/** the probe points of the last write transaction a run printed: from `first` to the COMMIT after it */
function lastWrite(all: Probe[], first: string): Probe[] {
  const start = all.map((p) => p.stage).lastIndexOf(first);
  expect(start, `probe "${first}" printed`).toBeGreaterThanOrEqual(0);
  const end = all.findIndex((p, i) => i > start && p.stage === 'commit');
  expect(end).toBeGreaterThan(start);
  return all.slice(start, end + 1);
}

function triage(db: BetterSqlite3.Database): string {
  return JSON.stringify(
    db.prepare(`SELECT id, status, notes, severity FROM findings WHERE report_id IN (SELECT id FROM reports WHERE sha256 <> ?) ORDER BY id`).all(bigSha),
  );
}

let bigSha = '';

/** the checks after every run; returns whether the big report is there */
function checkAfterKill(path: string): { present: boolean; findings: number } {
  // a read-write open, as the app does: SQLite recovers the WAL here
  const db = new BetterSqlite3(path);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const reports = db.prepare('SELECT id FROM reports WHERE sha256 = ?').all(bigSha) as Array<{ id: number }>;
    expect(reports.length).toBeLessThanOrEqual(1);
    const total = (db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n;
    expect(triage(db), 'earlier triage work intact').toBe(baseTriage);
    if (reports.length === 0) {
      expect(total).toBe(baseFindings);
      return { present: false, findings: 0 };
    }
    const mine = (db.prepare('SELECT count(*) AS n FROM findings WHERE report_id = ?').get(reports[0].id) as { n: number }).n;
    expect(mine).toBe(expected);
    expect(total).toBe(baseFindings + expected);
    const locs = (db.prepare('SELECT count(DISTINCT finding_id) AS n FROM locations WHERE finding_id IN (SELECT id FROM findings WHERE report_id = ?)').get(reports[0].id) as { n: number }).n;
    expect(locs).toBe(expected);
    return { present: true, findings: mine };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  tmp = tempDir('punchlist-crash-');
  bigSarif = join(tmp.dir, 'BIG.sarif');
  const text = generateSarif(BIG, 99);
  writeFileSync(bigSarif, text);
  // the file's own structure: one finding per SARIF result
  expected = (JSON.parse(text) as { runs: Array<{ results: unknown[] }> }).runs.reduce((n, r) => n + r.results.length, 0);
  expect(expected).toBe(BIG);
  const { createHash } = await import('node:crypto');
  bigSha = createHash('sha256').update(Buffer.from(text)).digest('hex');
  // the base database: a lead's earlier work (two reports, edits) that no crash may touch
  base = join(tmp.dir, 'base.sqlite');
  const core = openCore({ dbPath: base });
  const projectId = ok(await core.call('projects.list', {}))[0].id;
  for (const r of ok(
    await core.call('ingest.paths', {
      projectId,
      paths: [`${VENDORED}/corpus/markdown/echelon_DEEP_AUDIT_BUGS.md`, `${VENDORED}/corpus/json/trivy_misconfigurations_and_secrets.json`],
    }),
  )) {
    expect(r.ok).toBe(true);
  }
  const ids = ok(await core.call('findings.list', { projectId })).map((c) => c.id);
  ok(await core.call('findings.update', { ids: ids.slice(0, 4), patch: { status: 'wont_fix', notes: 'risk accepted' }, reason: 'crash-test base' }));
  core.close();
  const db = new BetterSqlite3(base);
  baseFindings = (db.prepare('SELECT count(*) AS n FROM findings').get() as { n: number }).n;
  baseTriage = triage(db);
  db.close();
});
afterAll(() => tmp?.cleanup());

const copyOf = (from: string, name: string) => {
  const p = join(tmp.dir, name);
  for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  copyFileSync(from, p);
  return p;
};
const remove = (p: string) => {
  for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
};

describe('SIGKILL during a large ingest', () => {
  it(`${KILLS} kills, every one inside the write transaction: integrity ok, nothing half-written`, async () => {
    const cli = join(ROOT, 'bin', 'punchlist.cjs');
    // one run to the end, printing the probe points: the ingest's write transaction and its stages
    const calib = copyOf(base, 'calibrate.sqlite');
    const full = await runProbed([cli, 'ingest', bigSarif, '--db', calib], 'print', calib);
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toContain(`added ${expected} findings`);
    expect(checkAfterKill(calib)).toEqual({ present: true, findings: expected });
    const points = lastWrite(probes(full.stderr), 'report row');
    expect(points.map((p) => p.stage)).toEqual(['report row', `findings ${expected}`, 'checklists, fix order, events', 'commit']);
    const before = dumpFile(base);

    const outcome = { killed: 0, insideWrite: 0, unchanged: 0, byStage: {} as Record<string, number> };
    for (let i = 0; i < KILLS; i++) {
      const at = points[i % points.length];
      const path = copyOf(base, `kill-${i}.sqlite`);
      const r = await runProbed([cli, 'ingest', bigSarif, '--db', path], `hold:${at.n}`, path);
      expect(r.held, r.stderr).toEqual(at);
      expect(r.signal).toBe('SIGKILL');
      outcome.killed++;
      expect(r.writeLocked, `kill ${i} at "${at.stage}": the write transaction was open`).toBe(true);
      outcome.insideWrite++;
      outcome.byStage[at.stage] = (outcome.byStage[at.stage] ?? 0) + 1;
      // nothing half-written: rolled back whole, the database logically as it was
      expect(checkAfterKill(path)).toEqual({ present: false, findings: 0 });
      expect(dumpFile(path) === before, `kill ${i} at "${at.stage}": database unchanged`).toBe(true);
      outcome.unchanged++;
      // now and then the app opens it and ingests the report in full
      if (i % 8 === 0) {
        const core = openCore({ dbPath: path });
        const again = ok(await core.call('ingest.paths', { projectId: 1, paths: [bigSarif] }))[0];
        expect(again).toMatchObject({ ok: true, added: expected, alreadyPresent: false });
        core.close();
        expect(checkAfterKill(path)).toEqual({ present: true, findings: expected });
      }
      remove(path);
    }
    console.log(
      `crash: ${outcome.killed} SIGKILLs during ingest of ${expected} findings, ${outcome.insideWrite} of them inside the write transaction (write lock held at the kill; ${Object.entries(outcome.byStage).map(([s, n]) => `${n} at "${s}"`).join(', ')}); ${outcome.unchanged} left the database logically unchanged, integrity ok`,
    );
    expect(outcome).toMatchObject({ killed: KILLS, insideWrite: KILLS, unchanged: KILLS });
  }, 900_000);
});

describe('SIGKILL during a bulk edit', () => {
  it(`${BULK_KILLS} kills inside findings.update of every finding: no finding changed`, async () => {
    // a database with the big report in it, so the edit is a long write
    const big = copyOf(base, 'bulk-base.sqlite');
    const core = openCore({ dbPath: big });
    expect(ok(await core.call('ingest.paths', { projectId: 1, paths: [bigSarif] }))[0].ok).toBe(true);
    core.close();
    const child = join(ROOT, 'tests', 'crash', 'bulk-edit-child.ts');
    const run = join(ROOT, 'bin', 'run-ts.mjs');
    const snapshot = (p: string) => {
      const db = new BetterSqlite3(p);
      try {
        expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(db.pragma('foreign_key_check')).toEqual([]);
        const rows = db.prepare('SELECT status, notes FROM findings ORDER BY id').all() as Array<{ status: string; notes: string | null }>;
        const events = (db.prepare(`SELECT count(*) AS n FROM events WHERE actor = 'crash-test'`).get() as { n: number }).n;
        return { rows, events };
      } finally {
        db.close();
      }
    };
    const before = snapshot(big);
    const beforeDump = dumpFile(big);
    const n = before.rows.length;
    expect(n).toBe(baseFindings + expected);

    const calib = copyOf(big, 'bulk-calibrate.sqlite');
    const full = await runProbed([run, child, calib, 'verified', 'bulk note'], 'print', calib);
    expect(full.code, full.stderr).toBe(0);
    const done = snapshot(calib);
    expect(done.rows.every((r) => r.status === 'verified' && r.notes === 'bulk note')).toBe(true);
    expect(done.events).toBeGreaterThan(0);
    const points = lastWrite(probes(full.stderr), 'half of the findings updated');
    expect(points.map((p) => p.stage)).toEqual(['half of the findings updated', 'commit']);

    const outcome = { killed: 0, insideWrite: 0, none: 0 };
    for (let i = 0; i < BULK_KILLS; i++) {
      const at = points[i % points.length];
      const p = copyOf(big, `bulk-${i}.sqlite`);
      const r = await runProbed([run, child, p, 'verified', 'bulk note'], `hold:${at.n}`, p);
      expect(r.held, r.stderr).toEqual(at);
      expect(r.signal).toBe('SIGKILL');
      outcome.killed++;
      expect(r.writeLocked, `kill ${i} at "${at.stage}": the write transaction was open`).toBe(true);
      outcome.insideWrite++;
      const s = snapshot(p);
      expect(s.events).toBe(0);
      expect(s.rows).toEqual(before.rows);
      expect(dumpFile(p) === beforeDump, `kill ${i} at "${at.stage}": database unchanged`).toBe(true);
      outcome.none++;
      remove(p);
    }
    console.log(
      `crash: ${outcome.killed} SIGKILLs during a bulk edit of ${n} findings, ${outcome.insideWrite} of them inside its write transaction (half-way through the rows and just before COMMIT); ${outcome.none} with no finding changed, integrity ok`,
    );
    expect(outcome).toEqual({ killed: BULK_KILLS, insideWrite: BULK_KILLS, none: BULK_KILLS });
  }, 900_000);
});
