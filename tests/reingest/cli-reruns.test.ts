// Issue 19 on real files through the real command line: two nightly runs of a real SARIF log (the
// second derived from the first: results removed, moved 3 lines down, added) and two versions of a
// Markdown report (one finding removed, one retitled, one added). After the second ingest the project
// holds the union of the findings, decisions survive, the absent ones are marked, and the summary
// line says what the files say. `--fail-on new:high` exits 2 exactly when a run adds a high finding;
// `--dry-run` and `--baseline` leave the database byte-for-byte as it was.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import type { FindingDetail } from '../../shared/api';
import type { Status } from '../../shared/types';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { hasMultitool, multitoolErrors, validate } from '../export/sarif-validate';
import { ok, writeCopy } from './helpers';

const FIXTURES = join(__dirname, '..', 'fixtures');
/** real ShellCheck SARIF, 27 results (tests/fixtures/sarif/SOURCES.md) */
const SARIF = join(FIXTURES, 'sarif', 'defectdojo_bash-report.sarif');
/** in-repo Markdown fixture with stable refs MOB-101…MOB-104 and its golden */
const MARKDOWN = join(FIXTURES, 'markdown', 'unseen-jira-style.md');
const MARKDOWN_GOLDEN = join(FIXTURES, 'markdown', 'unseen-jira-style.expected.json');

type Result = Record<string, unknown> & { ruleId: string; level: string; locations: Array<{ physicalLocation: Record<string, any> }> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Log = { runs: Array<{ results: Result[] }> };

/** results [at] moved `by` lines down (region and context region) */
function moveDown(r: Result, by: number): Result {
  const c = structuredClone(r);
  const pl = c.locations[0].physicalLocation;
  pl.region.startLine += by;
  pl.contextRegion.startLine += by;
  pl.contextRegion.endLine += by;
  return c;
}

/** a result of another rule at another place, with fingerprints of its own */
function another(r: Result, n: number, level = 'note'): Result {
  const c = structuredClone(r);
  c.level = level;
  c.ruleId = '2071';
  c.ruleIndex = 1;
  (c.message as { text: string }).text = `> is for string comparisons. Use -gt instead. (${n})`;
  c.locations[0].physicalLocation.artifactLocation.uri = `file:///home/damien/dd/docker/added-${n}.sh`;
  c.partialFingerprints = { scanPrimaryLocationHash: `added${n}`.padEnd(16, '0'), scanFileHash: `file${n}`.padEnd(16, '0') };
  return c;
}

/**
 * The next nightly run: removes `remove` results, moves `move` results 3 lines down, appends
 * `add`. Indexes into the first run's results.
 */
function nextRun(text: string, remove: number[], move: number[], add: Result[]): string {
  const log = JSON.parse(text) as Log;
  const results = log.runs[0].results;
  log.runs[0].results = [...results.map((r, i) => (move.includes(i) ? moveDown(r, 3) : r)).filter((_, i) => !remove.includes(i)), ...add];
  return JSON.stringify(log, null, 2);
}

const hashFile = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
/** the database file and its WAL, byte for byte */
const dbState = (db: string) => [db, `${db}-wal`, `${db}-shm`].map((p) => (existsSync(p) ? hashFile(p) : null));

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('punchlist-reruns-');
});
afterAll(() => tmp.cleanup());

async function withCore<T>(db: string, fn: (core: Core, projectId: number) => Promise<T>): Promise<T> {
  const core = openCore({ dbPath: db, actor: 'test' });
  try {
    return await fn(core, ok(await core.call('projects.list', {}))[0].id);
  } finally {
    core.close();
  }
}

const STATUSES: Status[] = ['in_progress', 'wont_fix', 'false_positive', 'fixed', 'verified', 'open'];
const SUMMARY = /^(updated|would update) "(.+)" from (.+): (.+)$/;

describe('punchlist ingest: a nightly SARIF run updates the report it is a newer version of', () => {
  const v1Text = readFileSync(SARIF, 'utf8');
  const v1Results = (JSON.parse(v1Text) as Log).runs[0].results;
  // what the second run does, by index into the first run's 27 results
  const REMOVED = [0, 5, 6, 9, 12, 13, 19, 20, 24, 26];
  const MOVED = [1, 2, 3, 7, 16];
  const ADDED = [another(v1Results[1], 1), another(v1Results[1], 2), another(v1Results[1], 3)];
  const v2Text = nextRun(v1Text, REMOVED, MOVED, ADDED);
  const HIGH = another(v1Results[1], 4, 'error'); // SARIF's most severe level
  const v3Text = nextRun(v2Text, [], [], [HIGH]);
  const db = () => join(tmp.dir, 'nightly.sqlite');
  const first = () => join(tmp.dir, 'run-1', 'bash-report.sarif');
  const second = () => join(tmp.dir, 'run-2', 'bash-report.sarif');
  const third = () => join(tmp.dir, 'run-3', 'bash-report-2026-03-03.sarif');
  let before: FindingDetail[] = [];
  /** findings --close-absent closed, with the status they had */
  const closedNow = new Map<number, Status>();
  let dojoData = 0;

  it('the first run adds every result', async () => {
    expect(v1Results).toHaveLength(27);
    writeCopy(join(tmp.dir, 'run-1'), 'bash-report.sarif', v1Text);
    const r = cli(['ingest', first(), '--db', db()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`${first()}: added 27 findings (sarif)`);
    // a decision on every finding: status, notes, effort
    before = await withCore(db(), async (core, projectId) => {
      const cards = ok(await core.call('findings.list', { projectId }));
      expect(cards).toHaveLength(27);
      for (const [i, c] of cards.entries()) {
        ok(await core.call('findings.update', { ids: [c.id], patch: { status: STATUSES[i % STATUSES.length], notes: `triaged #${i}`, effortMinHours: 1 } }));
      }
      const out: FindingDetail[] = [];
      for (const c of cards) out.push(ok(await core.call('findings.get', { id: c.id })));
      return out;
    });
  });

  it('--dry-run prints what would happen and leaves the database byte-for-byte unchanged', () => {
    writeCopy(join(tmp.dir, 'run-2'), 'bash-report.sarif', v2Text);
    const state = dbState(db());
    const r = cli(['ingest', second(), '--db', db(), '--dry-run']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(
      `would update "Shell Script Analysis 1.0.0-scan (SARIF)" from ${second()}: 3 new, 10 gone, 5 moved, 12 unchanged, decisions kept on 17`,
    );
    expect(dbState(db())).toEqual(state);
  });

  it('the second run updates the report: the union of findings, decisions kept, the gone ones marked, the line as the files say', async () => {
    const r = cli(['ingest', second(), '--db', db(), '--fail-on', 'new:high']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0); // it adds no high finding
    const m = SUMMARY.exec(r.stdout.trim())!;
    expect(m[1]).toBe('updated');
    expect(m[2]).toBe('Shell Script Analysis 1.0.0-scan (SARIF)');
    expect(m[3]).toBe(second());
    const kept = 27 - REMOVED.length;
    expect(m[4]).toBe(
      `${ADDED.length} new, ${REMOVED.length} gone, ${MOVED.length} moved, ${kept - MOVED.length} unchanged, decisions kept on ${kept}`,
    );
    await withCore(db(), async (core, projectId) => {
      const reports = ok(await core.call('reports.list', { projectId }));
      expect(reports).toHaveLength(1);
      const all = ok(await core.call('findings.list', { projectId }));
      expect(all).toHaveLength(27 + ADDED.length); // the union, nothing twice
      const absent = ok(await core.call('findings.absent', { projectId }));
      expect(absent).toHaveLength(REMOVED.length);
      // every decision is where it was
      for (const b of before) {
        const a = ok(await core.call('findings.get', { id: b.id }));
        expect({ status: a.status, notes: a.notes, effort: a.effortMinHours }).toEqual({ status: b.status, notes: b.notes, effort: b.effortMinHours });
      }
      // the moved ones are 3 lines further down, and the move is in their history
      const movedNow = [];
      for (const b of before) {
        const a = ok(await core.call('findings.get', { id: b.id }));
        if (a.history.some((e) => e.action === 'report.update' && e.field === 'locations')) movedNow.push([b.primaryLine, a.primaryLine]);
      }
      expect(movedNow).toHaveLength(MOVED.length);
      for (const [was, is] of movedNow) expect(is).toBe((was ?? 0) + 3);
      // the new ones are open, from the second run
      const added = all.filter((c) => !before.some((b) => b.id === c.id));
      expect(added.map((c) => c.primaryPath).sort()).toEqual(['1', '2', '3'].map((n) => `home/damien/dd/docker/added-${n}.sh`));
      expect(added.every((c) => c.status === 'open')).toBe(true);
    });
  });

  it('the SARIF export says how the latest run compares with the one before (baselineState), and validates', () => {
    const out = join(tmp.dir, 'export.sarif');
    const r = cli(['export', '--format', 'sarif', '--out', out, '--db', db()]);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    const log = JSON.parse(text) as { runs: Array<{ results: Array<{ baselineState?: string }> }> };
    const states = log.runs[0].results.map((x) => x.baselineState);
    const count = (s: string) => states.filter((x) => x === s).length;
    expect({ new: count('new'), absent: count('absent'), updated: count('updated'), unchanged: count('unchanged') }).toEqual({
      new: ADDED.length,
      absent: REMOVED.length,
      updated: MOVED.length,
      unchanged: 27 - REMOVED.length - MOVED.length,
    });
    expect(validate(log), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    if (hasMultitool) expect(multitoolErrors(text)).toEqual([]);
  });

  it('--fail-on new:high exits 2 exactly when the run adds a high finding (dry run, baseline and real)', async () => {
    writeCopy(join(tmp.dir, 'run-3'), 'bash-report-2026-03-03.sarif', v3Text);
    const state = dbState(db());
    const critical = cli(['ingest', third(), '--db', db(), '--dry-run', '--fail-on', 'new:critical']);
    expect(critical.code).toBe(0); // high is below critical
    const dry = cli(['ingest', third(), '--db', db(), '--dry-run', '--fail-on', 'new:critical,new:high']);
    expect(dry.code).toBe(2);
    expect(dry.stderr).toContain('new:high: 1 new finding (1 high)');
    expect(dry.stdout).toMatch(/^would update .*: 1 new, 0 gone, 0 moved, 20 unchanged, decisions kept on 17$/m);
    // compared with the first version: what is new and gone since then; nothing written
    const base = cli(['ingest', third(), '--db', db(), '--baseline', '1', '--json', '--fail-on', 'new:high']);
    expect(base.code).toBe(2);
    const [b] = JSON.parse(base.stdout);
    expect(b.update.baseline).toMatchObject({ number: 1, sourcePath: first() });
    expect(b.update.counts).toMatchObject({ new: ADDED.length + 1, gone: REMOVED.length, moved: MOVED.length });
    expect(b.failOn).toEqual(['new:high: 1 new finding (1 high)']);
    expect(dbState(db())).toEqual(state);

    // the real run: updated (dated file name, same family), and CI told
    const real = cli(['ingest', third(), '--db', db(), '--fail-on', 'new:high', '--json']);
    expect(real.code).toBe(2);
    const [r] = JSON.parse(real.stdout);
    expect(r).toMatchObject({ ok: true, action: 'updated', added: 1, gate: { newBySeverity: { high: 1, critical: 0 } }, update: { version: 3 } });
    expect(r.summary).toMatch(/^updated "Shell Script Analysis 1\.0\.0-scan \(SARIF\)" from .*: 1 new, 0 gone, 0 moved, 20 unchanged, decisions kept on 17$/);

    // triaged as a false positive: the same high finding in the next run gates nothing
    await withCore(db(), async (core, projectId) => {
      const high = ok(await core.call('findings.list', { projectId, severity: ['high'] }));
      expect(high).toHaveLength(1);
      ok(await core.call('findings.update', { ids: [high[0].id], patch: { status: 'false_positive' } }));
    });
    const v4 = writeCopy(join(tmp.dir, 'run-4'), 'bash-report.sarif', nextRun(v3Text, [], [0], []));
    const again = cli(['ingest', v4, '--db', db(), '--fail-on', 'new:high']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/: 0 new, 0 gone, 1 moved, 20 unchanged/);
  });

  it('--close-absent closes what the run no longer has, with the reason, in the history', async () => {
    // the one ShellCheck SC2071 result (docker/dojo-data.bash) is being worked on; the run drops it
    dojoData = await withCore(db(), async (core, projectId) => {
      const [c] = ok(await core.call('findings.list', { projectId, pathPrefix: 'home/damien/dd/docker/dojo-data.bash' }));
      ok(await core.call('findings.update', { ids: [c.id], patch: { status: 'in_progress' } }));
      return c.id;
    });
    const statusBefore = await withCore(db(), async (core, projectId) => new Map(ok(await core.call('findings.list', { projectId })).map((c) => [c.id, c.status])));
    const v5 = writeCopy(join(tmp.dir, 'run-5'), 'bash-report.sarif', nextRun(v3Text, [0, 1], [], []));
    const r = cli(['ingest', v5, '--db', db(), '--close-absent']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toMatch(/: 0 new, 2 gone, 0 moved, 19 unchanged, decisions kept on 16, \d+ closed$/);
    await withCore(db(), async (core, projectId) => {
      const absent = ok(await core.call('findings.absent', { projectId })).map((a) => a.findingId);
      expect(absent).toHaveLength(REMOVED.length + 2);
      let closed = 0;
      for (const id of absent) {
        const d = ok(await core.call('findings.get', { id }));
        const was = statusBefore.get(id)!;
        if (was === 'open' || was === 'in_progress') {
          closed++;
          closedNow.set(id, was);
          expect(d.status).toBe('fixed');
          expect(d.history.some((e) => e.field === 'status' && e.newValue === 'fixed' && e.reason === 'not in latest report')).toBe(true);
        } else expect(d.status).toBe(was);
      }
      expect(closedNow.get(dojoData)).toBe('in_progress');
      expect(r.stdout).toContain(`, ${closed} closed`);
    });
  });

  it('findings closed for being absent that come back are open again, as they were', async () => {
    const v6 = writeCopy(join(tmp.dir, 'run-6'), 'bash-report.sarif', nextRun(v3Text, [], [5], []));
    const r = cli(['ingest', v6, '--db', db()]);
    expect(r.code).toBe(0);
    // decisions: the first run's 17 that are still there and the high one triaged as a false positive
    expect(r.stdout.trim()).toMatch(/: 0 new, 2 back, 0 gone, 1 moved, 18 unchanged, decisions kept on 18$/);
    await withCore(db(), async (core, projectId) => {
      // back in the report: no longer absent, and in progress again, the reopening in its history
      expect(ok(await core.call('findings.absent', { projectId })).map((a) => a.findingId)).not.toContain(dojoData);
      const d = ok(await core.call('findings.get', { id: dojoData }));
      expect(d.status).toBe('in_progress');
      expect(d.history.some((e) => e.action === 'report.update' && e.field === 'status' && e.oldValue === 'fixed' && e.newValue === 'in_progress')).toBe(true);
      // the ones still absent stay closed
      for (const [id] of closedNow) if (id !== dojoData) expect(ok(await core.call('findings.get', { id })).status).toBe('fixed');
    });
  });

  it('--as-new adds the run as a separate report', async () => {
    const copy = writeCopy(join(tmp.dir, 'run-6'), 'bash-report.sarif', nextRun(v1Text, [3], [], []));
    const r = cli(['ingest', copy, '--db', db(), '--as-new']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(`${copy}: added 26 findings (sarif)`);
    await withCore(db(), async (core, projectId) => expect(ok(await core.call('reports.list', { projectId }))).toHaveLength(2));
  });
});

describe('punchlist ingest --dry-run creates nothing', () => {
  it('no database file, or no such project: says what it would add, and writes nothing', () => {
    const missing = join(tmp.dir, 'never.sqlite');
    const r = cli(['ingest', SARIF, '--db', missing, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ ok: true, action: 'added', dryRun: true, added: 27, summary: `${SARIF}: would add 27 findings (sarif)` }]);
    expect(existsSync(missing)).toBe(false);
    const db = join(tmp.dir, 'nightly.sqlite');
    const state = dbState(db);
    const other = cli(['ingest', SARIF, '--db', db, '--project', 'Not there', '--dry-run']);
    expect(other.stdout.trim()).toBe(`${SARIF}: would add 27 findings (sarif)`);
    expect(dbState(db)).toEqual(state);
  });
});

describe('punchlist ingest: a new version of a Markdown report', () => {
  it('same title apart from its version number: updated, the retitled finding keeps its status', async () => {
    const golden = JSON.parse(readFileSync(MARKDOWN_GOLDEN, 'utf8')) as { findingCount: number; findings: Array<{ ref: string; title: string }> };
    const v1 = readFileSync(MARKDOWN, 'utf8');
    const db = join(tmp.dir, 'markdown.sqlite');
    const p1 = writeCopy(join(tmp.dir, 'md-1'), 'qa-defects-4.2.md', v1);
    // v2: release 4.3, MOB-103 gone, MOB-102 retitled, MOB-105 new
    const start = v1.indexOf('### [MOB-103]');
    const end = v1.indexOf('### [MOB-104]');
    const retitled = 'Push token kept after logout';
    const v2 = (v1.slice(0, start) + v1.slice(end))
      .replace('Mobile App Release 4.2', 'Mobile App Release 4.3')
      .replace('12 February 2026', '3 March 2026')
      .replace(golden.findings[1].title, retitled)
      .replace('## Release Gate', '### [MOB-105] Major: Session cookie not marked Secure\n- **Affected files:** `server/session.ts:12`\n- **Status:** Open\n\n## Release Gate');
    const p2 = writeCopy(join(tmp.dir, 'md-2'), 'qa-defects-4.3.md', v2);

    expect(cli(['ingest', p1, '--db', db]).stdout.trim()).toBe(`${p1}: added ${golden.findingCount} findings (markdown)`);
    const ids = await withCore(db, async (core, projectId) => {
      const cards = ok(await core.call('findings.list', { projectId }));
      expect(cards.map((c) => c.ref).sort()).toEqual(golden.findings.map((f) => f.ref).sort());
      const byRef = new Map(cards.map((c) => [c.ref, c.id]));
      ok(await core.call('findings.update', { ids: [byRef.get('MOB-102')!], patch: { status: 'wont_fix', notes: 'server side' } }));
      return byRef;
    });
    const r = cli(['ingest', p2, '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    // 4 findings, MOB-103 gone, MOB-105 new, MOB-102 retitled in place; one decision (on MOB-102)
    expect(r.stdout.trim()).toBe(
      `updated "${'Mobile App Release 4.2 — QA Defect Report'}" from ${p2}: 1 new, 1 gone, 0 moved, 1 changed, 2 unchanged, decisions kept on 1`,
    );
    await withCore(db, async (core, projectId) => {
      const cards = ok(await core.call('findings.list', { projectId }));
      expect(cards).toHaveLength(golden.findingCount + 1); // the union
      const mob102 = ok(await core.call('findings.get', { id: ids.get('MOB-102')! }));
      expect(mob102).toMatchObject({ title: retitled, status: 'wont_fix', notes: 'server side' });
      const absent = ok(await core.call('findings.absent', { projectId }));
      expect(absent.map((a) => a.findingId)).toEqual([ids.get('MOB-103')]);
      expect(ok(await core.call('reports.list', { projectId }))).toHaveLength(1);
    });
  });
});
