// Crashes: the ingest process (`punchlist ingest BIG.sarif`) and a bulk edit are killed with SIGKILL
// at seeded random moments, many times. After every kill the database opens, PRAGMA integrity_check
// is ok, foreign keys hold, the earlier triage work is intact, and the report is wholly present
// (every finding) or wholly absent; the bulk edit changed every finding or none.
// CRASH_SEED=n and CRASH_KILLS=n rerun it with other moments / more kills.
import BetterSqlite3 from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { copyFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportText } from '../../core/ingest/index';
import { openCore } from '../../core/service';
import { tempDir } from '../db/helpers';
import { generateSarif, prng } from '../ingest/gen-sarif';
import { ok } from '../service/helpers';
import { VENDORED } from '../team';

const ROOT = join(__dirname, '..', '..');
const SEED = Number(process.env.CRASH_SEED ?? 20261122);
const KILLS = Number(process.env.CRASH_KILLS ?? 26);
const BULK_KILLS = Number(process.env.CRASH_BULK_KILLS ?? 16);
const BIG = Number(process.env.CRASH_FINDINGS ?? 2500);

let tmp: ReturnType<typeof tempDir>;
let base: string;
let bigSarif: string;
let expected: number;
let baseFindings: number;
let baseTriage: string;

interface Run {
  /** ms from spawn to the kill (null: it finished first) */
  killedAt: number | null;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a child; kills it with SIGKILL `delay` ms after `after` appears on its stdout (or after spawn). */
function runAndKill(args: string[], delay: number | null, after?: string, walOf?: { path: string; base: number }): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const t0 = Date.now();
    let stdout = '';
    let stderr = '';
    let killedAt: number | null = null;
    let timer: NodeJS.Timeout | null = null;
    const arm = () => {
      if (delay === null || timer) return;
      timer = setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) {
          killedAt = Date.now() - t0;
          child.kill('SIGKILL');
        }
      }, delay);
    };
    if (walOf) {
      // the moment the write transaction's pages reach the WAL, then `delay` ms more
      const poll = setInterval(() => {
        if (child.exitCode !== null || child.signalCode !== null) return clearInterval(poll);
        if (walSize(walOf.path) > walOf.base) {
          clearInterval(poll);
          arm();
        }
      }, 1);
      child.on('exit', () => clearInterval(poll));
    } else if (!after) arm();
    child.stdout.on('data', (b: Buffer) => {
      stdout += b.toString('utf8');
      if (after && stdout.includes(after)) arm();
    });
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    child.on('exit', (code) => {
      if (timer) clearTimeout(timer);
      resolve({ killedAt, code, stdout, stderr });
    });
  });
}

const walSize = (p: string) => {
  try {
    return statSync(`${p}-wal`).size;
  } catch {
    return 0;
  }
};

function triage(db: BetterSqlite3.Database): string {
  return JSON.stringify(
    db.prepare(`SELECT id, status, notes, severity FROM findings WHERE report_id IN (SELECT id FROM reports WHERE sha256 <> ?) ORDER BY id`).all(bigSha),
  );
}

let bigSha = '';

/** the checks after every kill; returns whether the big report is there */
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
    expect(locs).toBeGreaterThan(0);
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
  expected = parseReportText(text, 'BIG.sarif').findings.length;
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

const fresh = (name: string) => {
  const p = join(tmp.dir, name);
  for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
  copyFileSync(base, p);
  return p;
};

describe('SIGKILL during a large ingest', () => {
  it(`${KILLS} kills at seeded random moments: integrity ok, the report wholly present or wholly absent`, async () => {
    const cli = join(ROOT, 'bin', 'punchlist.mjs');
    // one run to the end: how long the whole command takes here (startup, parse, write)
    const calib = fresh('calibrate.sqlite');
    const t0 = Date.now();
    const full = await runAndKill([cli, 'ingest', bigSarif, '--db', calib], null);
    const span = Date.now() - t0;
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toContain(`added ${expected} findings`);
    expect(checkAfterKill(calib)).toEqual({ present: true, findings: expected });

    const rand = prng(SEED);
    const outcome = { killed: 0, absent: 0, present: 0, finished: 0, midWrite: 0, rolledBack: 0 };
    const baseWal = walSize(fresh('wal-probe.sqlite'));
    // until KILLS runs were really killed (a run that finishes first does not count as a kill)
    for (let i = 0; outcome.killed < KILLS && i < KILLS * 3; i++) {
      const path = fresh(`kill-${i}.sqlite`);
      // the first half anywhere from early startup to just past the calibrated end; the second half
      // while the write transaction is being written (0-40 ms after its first page reaches the WAL)
      const targeted = i % 2 === 1;
      const delay = targeted ? Math.round(rand() * 15) : Math.round(span * (0.1 + rand() * 1.0));
      const r = await runAndKill([cli, 'ingest', bigSarif, '--db', path], delay, undefined, targeted ? { path, base: baseWal } : undefined);
      if (r.killedAt === null) {
        outcome.finished++;
        expect(r.code, r.stderr).toBe(0);
      }
      // pages of the ingest transaction already in the WAL when it died: killed once writing began
      const wrote = r.killedAt !== null && walSize(path) > baseWal + 64 * 1024;
      const c = checkAfterKill(path);
      if (r.killedAt !== null) {
        outcome.killed++;
        if (wrote) outcome.midWrite++;
        if (wrote && !c.present) outcome.rolledBack++; // died inside the transaction: rolled back whole
      }
      if (c.present) outcome.present++;
      else outcome.absent++;
      // now and then: the app opens it and ingests the report again (absent) or finds it there (present)
      if (i % 8 === 0) {
        const core = openCore({ dbPath: path });
        const again = ok(await core.call('ingest.paths', { projectId: 1, paths: [bigSarif] }))[0];
        expect(again.ok).toBe(true);
        if (again.ok) expect(again.alreadyPresent).toBe(c.present);
        core.close();
      }
      for (const s of ['', '-wal', '-shm']) rmSync(path + s, { force: true });
    }
    console.log(
      `crash: ${outcome.killed} SIGKILLs during ingest of ${expected} findings survived out of ${outcome.killed} tried (${outcome.midWrite} after the write transaction had reached the WAL, ${outcome.rolledBack} of them inside it and rolled back whole; ${outcome.absent} report wholly absent, ${outcome.present} wholly present, ${outcome.finished} runs finished before the kill; seed ${SEED}, run ${span} ms)`,
    );
    expect(outcome.killed).toBe(KILLS);
  }, 900_000);
});

describe('SIGKILL during a bulk edit', () => {
  it(`${BULK_KILLS} kills during findings.update of every finding: all changed or none`, async () => {
    // a database with the big report in it, so the edit is a long write
    const big = fresh('bulk-base.sqlite');
    const core = openCore({ dbPath: big });
    expect(ok(await core.call('ingest.paths', { projectId: 1, paths: [bigSarif] }))[0].ok).toBe(true);
    core.close();
    const child = join(ROOT, 'tests', 'crash', 'bulk-edit-child.ts');
    const run = join(ROOT, 'bin', 'run-ts.mjs');
    const copy = (name: string) => {
      const p = join(tmp.dir, name);
      for (const s of ['', '-wal', '-shm']) rmSync(p + s, { force: true });
      copyFileSync(big, p);
      return p;
    };
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
    const n = before.rows.length;
    expect(n).toBe(baseFindings + expected);

    const calib = copy('bulk-calibrate.sqlite');
    const full = await runAndKill([run, child, calib, 'verified', 'bulk note'], null);
    expect(full.code, full.stderr).toBe(0);
    const editMs = Number(/done (\d+)/.exec(full.stdout)?.[1]);
    expect(editMs).toBeGreaterThan(0);
    const done = snapshot(calib);
    expect(done.rows.every((r) => r.status === 'verified' && r.notes === 'bulk note')).toBe(true);
    const eventsPerEdit = done.events;
    expect(eventsPerEdit).toBeGreaterThan(0);

    const rand = prng(SEED + 1);
    const outcome = { killed: 0, none: 0, all: 0, finished: 0 };
    for (let i = 0; outcome.killed < BULK_KILLS && i < BULK_KILLS * 3; i++) {
      const p = copy(`bulk-${i}.sqlite`);
      // every other run from the moment the edit starts to a little past its calibrated end; the
      // others 0-40 ms after the edit's first page reaches the WAL (the copy starts without one)
      const targeted = i % 2 === 1;
      const delay = targeted ? Math.round(rand() * 40) : Math.round(editMs * rand() * 1.2);
      const r = targeted
        ? await runAndKill([run, child, p, 'verified', 'bulk note'], delay, undefined, { path: p, base: 0 })
        : await runAndKill([run, child, p, 'verified', 'bulk note'], delay, 'ready');
      if (r.killedAt === null) outcome.finished++;
      else outcome.killed++;
      const s = snapshot(p);
      const changed = s.rows.filter((row) => row.status === 'verified' && row.notes === 'bulk note').length;
      if (s.events === 0) {
        expect(s.rows).toEqual(before.rows);
        outcome.none++;
      } else {
        expect(changed).toBe(n);
        expect(s.events).toBe(eventsPerEdit);
        outcome.all++;
      }
      for (const suffix of ['', '-wal', '-shm']) rmSync(p + suffix, { force: true });
    }
    console.log(
      `crash: ${outcome.killed} SIGKILLs during a bulk edit of ${n} findings survived out of ${outcome.killed} tried (${outcome.none} none changed, ${outcome.all} all changed, ${outcome.finished} finished before the kill; seed ${SEED + 1}, edit ${editMs} ms)`,
    );
    expect(outcome.killed).toBe(BULK_KILLS);
  }, 900_000);
});
