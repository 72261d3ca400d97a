// Malformed input through the real core, on a database that already holds triage work: every bad
// file gives one clear message naming the file and the problem, the database's logical content
// (every table, FTS shadow tables included) is the same afterwards, and the app keeps working.
// Oversized inputs are refused before they are read (PUNCHLIST_MAX_INPUT_MB).
import BetterSqlite3 from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, maxInputBytes } from '../../core/ingest/files';
import { openCore, type Core } from '../../core/service';
import { dumpFile, tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { BAD_FILES } from './malformed-corpus';
import { VENDORED } from '../team';

const ROOT = join(__dirname, '..', '..');
const CORPUS = `${VENDORED}/corpus`;
let tmp: ReturnType<typeof tempDir>;
let dbPath: string;
let core: Core;
let projectId: number;
const tally = { tried: 0, refused: 0, changed: 0 };

const dump = (): string => dumpFile(dbPath);

/** one bad input: refused with a message naming it and the problem; the database unchanged */
function expectRefused(results: Array<{ file: string; ok: boolean; error?: string }>, path: string, problem: RegExp, before: string) {
  tally.tried++;
  expect(results, path).toHaveLength(1);
  const r = results[0];
  expect(r.ok, `${path}: ${JSON.stringify(r)}`).toBe(false);
  expect(r.error, path).toContain(path);
  expect(r.error, path).toMatch(problem);
  expect(r.error, path).not.toContain('\n');
  const after = dump();
  if (after !== before) tally.changed++;
  expect(after === before, `${path}: database unchanged`).toBe(true);
  tally.refused++;
}

beforeAll(async () => {
  tmp = tempDir('punchlist-malformed-');
  chmodSync(tmp.dir, 0o777); // the permission case runs as another user
  dbPath = join(tmp.dir, 'work.sqlite');
  core = openCore({ dbPath });
  projectId = ok(await core.call('projects.list', {}))[0].id;
  const seeded = ok(
    await core.call('ingest.paths', {
      projectId,
      paths: [join(CORPUS, 'markdown', 'echelon_CRITICAL_BUGS_FOUND.md'), join(CORPUS, 'sarif', 'defectdojo_njsscan.sarif')],
    }),
  );
  for (const r of seeded) expect(r.ok).toBe(true);
  const ids = ok(await core.call('findings.list', { projectId })).map((c) => c.id);
  ok(await core.call('findings.update', { ids: ids.slice(0, 3), patch: { status: 'in_progress', notes: 'triaged' }, reason: 'before the bad files' }));
});
afterAll(() => {
  core?.close();
  tmp?.cleanup();
  console.log(`hardening: ${tally.tried} malformed files tried, ${tally.refused} refused with a message naming the file, ${tally.changed} database changes`);
});

describe('malformed files are refused, the database untouched', () => {
  it.each(BAD_FILES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const dir = join(tmp.dir, 'cases');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir);
    const path = c.make(dir);
    const before = dump();
    const saved = { ...process.env };
    Object.assign(process.env, c.env ?? {});
    try {
      const results = ok(await core.call('ingest.paths', { projectId, paths: [path] }));
      expectRefused(results, path, c.expect, before);
    } finally {
      process.env = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a file removed after its folder was listed (drop of a folder, then the file goes away)', async () => {
    const dir = join(tmp.dir, 'vanishing');
    mkdirSync(dir);
    const file = join(dir, 'report.sarif');
    writeFileSync(file, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [] }] }));
    const listed = expandPaths([dir]);
    expect(listed).toEqual([{ file }]);
    rmSync(file);
    const before = dump();
    expectRefused(ok(await core.call('ingest.paths', { projectId, paths: listed.map((e) => e.file) })), file, /file not found/, before);
  });

  it('a file the user may not read (as an unprivileged user: root reads everything)', () => {
    const file = join(tmp.dir, 'secret.md');
    writeFileSync(file, '# Review\n\n### BUG-1: Secret\n- **Severity:** High\n');
    chmodSync(file, 0o000);
    core.close(); // the CLI opens the same file; no other writer meanwhile
    for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) {
      try {
        chmodSync(f, 0o666);
      } catch {
        /* -wal/-shm may not exist */
      }
    }
    const before = dump();
    const asRoot = process.getuid?.() === 0;
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'punchlist.cjs'), 'ingest', file, '--db', dbPath], {
      cwd: ROOT,
      encoding: 'utf8',
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
      env: { ...process.env, HOME: tmp.dir },
    });
    core = openCore({ dbPath });
    tally.tried++;
    expect(r.status, r.stderr).not.toBe(0);
    expect(r.stderr.trim()).toBe(`error: ${file}: permission denied`);
    expect(dump() === before, 'database unchanged').toBe(true);
    tally.refused++;
  });

  it('an upload over the limit (ingest.bytes) is refused before it is decoded', async () => {
    const saved = process.env.PUNCHLIST_MAX_INPUT_MB;
    process.env.PUNCHLIST_MAX_INPUT_MB = '1';
    try {
      expect(maxInputBytes()).toBe(1024 * 1024);
      const before = dump();
      const base64 = Buffer.alloc(3 * 1024 * 1024, 'A').toString('base64');
      const r = ok(await core.call('ingest.bytes', { projectId, name: 'huge-drop.md', base64 }));
      expectRefused([r], 'huge-drop.md', /file too large \(3145728 bytes, 3 MB; the limit is 1 MB/, before);
    } finally {
      if (saved === undefined) delete process.env.PUNCHLIST_MAX_INPUT_MB;
      else process.env.PUNCHLIST_MAX_INPUT_MB = saved;
    }
    expect(maxInputBytes()).toBe(512 * 1024 * 1024);
    expect(maxInputBytes({ PUNCHLIST_MAX_INPUT_MB: 'lots' })).toBe(512 * 1024 * 1024);
    expect(maxInputBytes({ PUNCHLIST_MAX_INPUT_MB: '0.5' })).toBe(512 * 1024);
  });

  it('an upload that is not base64', async () => {
    const before = dump();
    const r = ok(await core.call('ingest.bytes', { projectId, name: 'drop.sarif', base64: '%%% not base64 %%%' }));
    expectRefused([r], 'drop.sarif', /not valid base64/, before);
  });

  it('the app keeps working: a good file ingests, edits and search work after all of the above', async () => {
    const before = ok(await core.call('findings.list', { projectId })).length;
    const gosec = join(CORPUS, 'json', 'gosec_many_vulns.json');
    const r = ok(await core.call('ingest.paths', { projectId, paths: [gosec] }));
    expect(r[0]).toMatchObject({ ok: true, added: 28 });
    const gosecReport = r[0].ok ? r[0].reportId : -1;
    // the file's own structure: 28 issues, 15 of them "Errors unhandled."
    const issues = (JSON.parse(readFileSync(gosec, 'utf8')) as { Issues: unknown[] }).Issues;
    expect(issues).toHaveLength(28);
    const unhandled = issues.filter((i) => /\bunhandled\b/i.test(JSON.stringify(i))).length;
    expect(unhandled).toBe(15);
    const cards = ok(await core.call('findings.list', { projectId }));
    expect(cards.length).toBe(before + 28);
    const [edited] = ok(await core.call('findings.update', { ids: [cards[0].id], patch: { status: 'fixed' } }));
    expect(edited.status).toBe('fixed');
    const found = ok(await core.call('findings.list', { projectId, reportId: [gosecReport], text: 'unhandled' }));
    expect(found).toHaveLength(unhandled);
    const db = new BetterSqlite3(dbPath, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    expect(tally.tried).toBeGreaterThanOrEqual(40);
    expect(tally.changed).toBe(0);
  });
});
