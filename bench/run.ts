// npm run bench [-- --smoke] [-- --no-browser]: performance figures, each the median of N samples
// (min and max kept) set against what it is compared with, measured in the same run on the same
// machine: a floor (the least the work can cost), a peer tool, or a stated reference. Inputs are
// generated with a seeded generator or built from tests/fixtures.
// A full run writes every sample, the machine's cores and its load to bench/results/<date>-<commit>.json
// (commit it), then regenerates the tables of bench/RESULTS.md and the README from that file
// (scripts/bench-tables.mjs; never edit them by hand). --smoke runs tiny sizes and writes
// bench/results/smoke.json only (npm test runs it so the benchmark never rots).
import { buildSync } from 'esbuild';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan } from '../shared/plan';
import { syntheticSnapshot } from '../shared/plan/bench';
import { generateSarif } from '../tests/ingest/gen-sarif';
// @ts-expect-error -- a plain .mjs script without type declarations
import { buildCli } from '../scripts/build-cli.mjs';
import { BOARD_FINDINGS, benchBrowser, boardDatabase, browserFigureSpecs, SMOKE_BOARD_FINDINGS } from './browser';
import type { MarkdownSamples } from './markdown';
import { benchReingest } from './reingest';
import { benchServeReads, type ServeReadFigures } from './serve-reads';
import { benchTeamLoad, type TeamLoadFigures } from './team-load';
import { benchPgIngest } from './pg-ingest';
import { median, quantile } from './stats';

const smoke = process.argv.includes('--smoke');
/** --no-browser: leave out the figures taken in Chromium */
const skipBrowser = process.argv.includes('--no-browser');
const root = new URL('..', import.meta.url).pathname;
const N = smoke ? 2_000 : 200_000;
/** samples per figure: the long SARIF runs, and everything else */
const RUNS = smoke ? 1 : 3;
const PROCESS_RUNS = smoke ? 1 : 5;
const MANY = smoke ? 1 : 7;
const work = mkdtempSync(join(tmpdir(), 'punchlist-bench-'));
const load1 = () => Math.round(loadavg()[0] * 100) / 100;
const loadStart = loadavg();

type Kind = 'floor' | 'peer' | 'reference' | 'file size';
interface Figure {
  id: string;
  name: string;
  unit: string;
  samples: number[];
  /** the 1-minute load average when each sample was taken */
  load: number[];
  /** what the figure is compared with, measured in this run (or the file's size) */
  compare?: { label: string; kind: Kind; samples: number[] };
  /** 'ratio': median ÷ the comparison's median at most `limit`; 'abs': median at most `limit` */
  target?: { kind: 'ratio' | 'abs'; limit: number };
  note?: string;
}
const figures: Figure[] = [];

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

function add(f: Omit<Figure, 'load'> & { load?: number[] }): void {
  const fig: Figure = { ...f, load: f.load ?? f.samples.map(() => load1()) };
  figures.push(fig);
  const m = median(fig.samples);
  const c = fig.compare ? median(fig.compare.samples) : null;
  console.log(
    `  ${fig.name}: ${round(m)} ${fig.unit} (min ${round(Math.min(...fig.samples))}, max ${round(Math.max(...fig.samples))}, N ${fig.samples.length})` +
      (c !== null ? `, ${round(m / c)}x ${fig.compare!.label} (${round(c)})` : '') +
      ` [load ${load1()}]`,
  );
}

// The measuring children run as plain-Node bundles (as the app runs its bundled core), not through
// tsx: compiling TypeScript on the fly costs ~110 MB of RSS, which would swamp the peak-RSS figure.
// (written under node_modules/.cache: packages resolve from there, and linters and git leave it alone)
const build = join(root, 'node_modules', '.cache', 'punchlist-bench');
buildSync({
  // with the SARIF parse thread's own file beside them, as in the CLI's bundle (core/ingest/sarif-parallel.ts)
  entryPoints: {
    'sarif-child': join(root, 'bench', 'sarif-child.ts'),
    'search-child': join(root, 'bench', 'search-child.ts'),
    'markdown-child': join(root, 'bench', 'markdown-child.ts'),
    'sarif-thread': join(root, 'core', 'ingest', 'sarif-thread.ts'),
  },
  define: { __PUNCHLIST_SARIF_THREAD__: JSON.stringify('./sarif-thread.mjs') },
  // (as scripts/build-cli.mjs: Node 20 has Unicode property escapes, so /\p{…}/u literals stay literals
  // instead of a `new RegExp(…)` built again on every call)
  supported: { 'regexp-unicode-property-escapes': true },
  outdir: build,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});
const childPath = (script: string) => join(build, script.replace(/\.ts$/, '.mjs'));
// the CLI as users run it after `npm run build:cli` (bin/punchlist.cjs runs that bundle while it is up to date)
await (buildCli as (o: { quiet: boolean }) => Promise<unknown>)({ quiet: true });
process.env.PUNCHLIST_CLI = 'bundle'; // a CLI process fails rather than fall back to tsx

function child<T = Record<string, number>>(script: string, args: string[]): T {
  const r = spawnSync(process.execPath, [childPath(script), ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`${script} ${args[0]} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as T;
}

/** a whole process, timed from spawn to exit (what a user waits for) */
function timeProcess(label: string, cmd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${label} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  return ms;
}

const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

try {
  // ---- CLI startup: `punchlist --help` (the bundled CLI) against Node starting an empty script of
  // the entry's own kind (bin/punchlist.cjs is CommonJS)
  const cliBin = join(root, 'bin', 'punchlist.cjs');
  const emptyModule = join(work, 'empty.cjs');
  writeFileSync(emptyModule, '');
  const startup = { help: [] as number[], node: [] as number[], load: [] as number[] };
  for (let i = 0; i < (smoke ? 1 : 21); i++) {
    startup.help.push(timeProcess('punchlist --help', process.execPath, [cliBin, '--help']));
    startup.node.push(timeProcess('node empty.cjs', process.execPath, [emptyModule]));
    startup.load.push(load1());
  }
  add({ id: 'cli-help', name: '`punchlist --help`, whole process', unit: 'ms', samples: startup.help, load: startup.load, compare: { label: 'node starting an empty CommonJS script', kind: 'floor', samples: startup.node }, target: { kind: 'abs', limit: 80 } });

  // ---- SARIF ingest: the same rows, the whole CLI process against a peer tool and the lean floor
  const file = join(work, 'bench.sarif');
  writeFileSync(file, generateSarif(N, 1));
  const bytes = statSync(file).size;
  const mb = bytes / 1e6;
  console.log(`generated ${N} SARIF results, ${mb.toFixed(1)} MB (${smoke ? 'smoke' : 'full'} run)`);
  const ingest = { ms: [] as number[], cpu: [] as number[], rss: [] as number[], load: [] as number[] };
  const floor = { ms: [] as number[], cpu: [] as number[] };
  let lastDb = '';
  for (let i = 0; i < RUNS; i++) {
    lastDb = join(work, `ingest-${i}.sqlite`);
    const r = child('sarif-child.ts', ['ingest', file, lastDb]);
    if (r.added !== N) throw new Error(`ingest added ${r.added} findings, expected ${N}`);
    ingest.ms.push(r.ms);
    ingest.cpu.push(r.cpuMs);
    ingest.rss.push(r.rssMb);
    ingest.load.push(load1());
    // the floor inserts the very rows this ingest stored (see sarif-child.ts)
    const f = child('sarif-child.ts', ['floor', file, join(work, `floor-${i}.sqlite`), lastDb]);
    if (f.added !== N) throw new Error(`floor inserted ${f.added} findings, expected ${N}`);
    floor.ms.push(f.ms);
    floor.cpu.push(f.cpuMs);
    rmSync(join(work, `floor-${i}.sqlite`), { force: true });
    if (i < RUNS - 1) rmSync(lastDb, { force: true });
  }
  const sameRows = { label: 'same-rows floor', kind: 'floor' as const };
  add({ id: 'sarif-ingest-wall', name: `SARIF ingest through the API, ${N} results (FTS included), wall clock`, unit: 'ms', samples: ingest.ms, load: ingest.load, compare: { ...sameRows, samples: floor.ms }, target: { kind: 'ratio', limit: 2 } });
  // CPU time of the same runs: what the work costs, whatever else the machine runs meanwhile
  add({ id: 'sarif-ingest-cpu', name: `SARIF ingest through the API, ${N} results, CPU time`, unit: 'ms', samples: ingest.cpu, load: ingest.load, compare: { ...sameRows, samples: floor.cpu }, target: { kind: 'ratio', limit: 2 } });
  add({
    id: 'sarif-ingest-rss',
    name: 'SARIF ingest peak RSS',
    unit: 'MB',
    samples: ingest.rss,
    load: ingest.load,
    compare: { label: 'the SARIF file\'s size (not a measured process)', kind: 'file size', samples: [mb] },
    target: { kind: 'ratio', limit: 3 },
  });
  const again: number[] = [];
  for (let i = 0; i < MANY; i++) {
    const r = child('sarif-child.ts', ['ingest', file, lastDb]);
    if (r.added !== 0) throw new Error(`re-ingest of unchanged file added ${r.added}`);
    again.push(r.ms);
  }
  add({ id: 'reingest-unchanged', name: 're-ingest of the unchanged file (nothing added)', unit: 'ms', samples: again, compare: { label: 'the first ingest', kind: 'floor', samples: ingest.ms }, target: { kind: 'ratio', limit: 0.1 } });

  // what a user compares: the whole `punchlist ingest` process on a fresh database, Microsoft's
  // `sarif-multitool project` (flat rows of the same file), and a lean floor process; alternated
  const multitool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  const processes = { cli: [] as number[], rss: [] as number[], dbMb: [] as number[], multitool: [] as number[], lean: [] as number[], load: [] as number[] };
  const columns = 'RuleId,Level,Message.Text,Location.Uri,Location.Region.StartLine';
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const order = [0, 1, 2].map((k) => (k + i) % 3);
    for (const k of order) {
      if (k === 0) {
        const db = join(work, `cli-${i}.sqlite`);
        process.env.PUNCHLIST_BENCH_RSS = join(work, 'cli-rss.txt');
        processes.cli.push(timeProcess('punchlist ingest', process.execPath, ['--import', join(root, 'bench', 'rss-preload.mjs'), cliBin, 'ingest', file, '--db', db]));
        delete process.env.PUNCHLIST_BENCH_RSS;
        processes.rss.push(Number(readFileSync(join(work, 'cli-rss.txt'), 'utf8')));
        processes.dbMb.push(['', '-wal'].reduce((sum, s) => sum + (statSync(db + s, { throwIfNoEntry: false })?.size ?? 0), 0) / 1e6);
      }
      if (k === 1) processes.multitool.push(timeProcess('sarif-multitool project', multitool, ['project', file, '-c', columns, '--first-location-only', '-o', join(work, `rows-${i}.csv`), '-f']));
      if (k === 2) processes.lean.push(timeProcess('lean floor', process.execPath, [childPath('sarif-child.ts'), 'lean', file, join(work, `lean-${i}.sqlite`)]));
    }
    processes.load.push(load1());
    for (const f of [`cli-${i}.sqlite`, `rows-${i}.csv`, `lean-${i}.sqlite`]) for (const s of ['', '-wal', '-shm']) rmSync(join(work, f + s), { force: true });
  }
  const cliName = `punchlist ingest FILE (the whole CLI process, fresh database), ${N} results`;
  add({ id: 'cli-vs-multitool', name: cliName, unit: 'ms', samples: processes.cli, load: processes.load, compare: { label: `sarif-multitool project (${columns}), same file`, kind: 'peer', samples: processes.multitool }, target: { kind: 'ratio', limit: 1 } });
  add({ id: 'cli-vs-lean', name: cliName, unit: 'ms', samples: processes.cli, load: processes.load, compare: { label: 'lean floor process: JSON.parse + raw inserts of rule, level, message, path, line', kind: 'floor', samples: processes.lean } });
  const fileSize = { label: "the SARIF file's size (not a measured process)", kind: 'file size' as const, samples: [mb] };
  add({ id: 'cli-ingest-rss', name: 'punchlist ingest FILE, peak RSS of the whole process', unit: 'MB', samples: processes.rss, load: processes.load, compare: fileSize, target: { kind: 'ratio', limit: 3 } });
  add({ id: 'cli-ingest-db-size', name: 'punchlist ingest FILE, size of the fresh database', unit: 'MB', samples: processes.dbMb, load: processes.load, compare: fileSize, target: { kind: 'ratio', limit: 1 } });

  // ---- the same `punchlist ingest` into a team database (issue 18: COPY), a fresh database of a
  // throwaway PostgreSQL cluster each time, set against the SQLite CLI ingests of this run
  // (bench/pg-ingest.ts; alone: node bin/run-ts.mjs bench/pg-ingest.ts)
  const pgIngest = await benchPgIngest(cliBin, file, N, RUNS);
  if ('skipped' in pgIngest) console.log(`  ingest into PostgreSQL skipped: ${pgIngest.skipped}`);
  else {
    add({
      id: 'cli-ingest-postgres',
      name: `punchlist ingest FILE --db postgres://… (whole CLI process, fresh team database, COPY), ${N} results`,
      unit: 'ms',
      samples: pgIngest.pgMs,
      compare: { label: 'punchlist ingest FILE into a fresh SQLite file (the runs above)', kind: 'reference', samples: processes.cli },
      target: { kind: 'ratio', limit: 2 },
      note: `SQLite ingests alternated with these: median ${round(median(pgIngest.sqliteMs))} ms`,
    });
  }

  // ---- search through the API over that database, in fresh processes: each warmed with other
  // queries, then timing queries it has not run yet (first-time) and the same ones again (repeated)
  type Search = { warmQueries: number; queries: number; firstMs: number[]; firstCpuMs: number[]; repeatedMs: number[]; repeatedCpuMs: number[] };
  const searches: Search[] = [];
  for (let i = 0; i < RUNS; i++) searches.push(child<Search>('search-child.ts', [lastDb]));
  const p95 = (pick: (s: Search) => number[]) => searches.map((s) => quantile(pick(s), 0.95));
  const sq = searches[0];
  add({ id: 'search-first-p95', name: `search p95 of a process's first-time queries (${sq.queries}, after ${sq.warmQueries} other ones), ${N} findings, wall clock`, unit: 'ms', samples: p95((s) => s.firstMs), target: { kind: 'abs', limit: 20 } });
  add({ id: 'search-first-cpu-p95', name: 'search p95 of first-time queries, CPU time', unit: 'ms', samples: p95((s) => s.firstCpuMs), target: { kind: 'abs', limit: 20 } });
  add({ id: 'search-repeated-p95', name: 'search p95 of the same queries repeated, wall clock', unit: 'ms', samples: p95((s) => s.repeatedMs), target: { kind: 'abs', limit: 20 } });

  // ---- board reads through the serve host while a big log is ingested through its API (issue 16):
  // the serve host (core in a worker thread, long work in a job thread) against the core on the
  // HTTP thread as it was before (bench/serve-reads.ts), whole processes, alternated
  const serveReads: ServeReadFigures[] = [];
  for (const n of smoke ? [N] : [50_000, N]) {
    const s = await benchServeReads(root, work, n, RUNS);
    serveReads.push(s);
    add({
      id: `serve-reads-during-ingest-${n}`,
      name: `board read p95 (findings.list, 1,000 findings; ${Math.round(median(s.reads))} reads a run) while ${n} SARIF results are ingested through the serve host's API`,
      unit: 'ms',
      samples: s.workerP95,
      compare: { label: 'the core on the HTTP thread (before issue 16)', kind: 'reference', samples: s.inlineP95 },
      target: { kind: 'abs', limit: 100 },
    });
  }

  // ---- the next nightly run of such a log, 1% of its results changed, against its first ingest (bench/reingest.ts, issue 19)
  const re = benchReingest(root, childPath('sarif-child.ts'), work, N, RUNS);
  const firstIngest = { label: 'the first ingest of the same log', kind: 'reference' as const };
  add({ id: 'reingest-next-run-wall', name: `re-ingest of the next run, ${N} results, 1% changed, wall clock`, unit: 'ms', samples: re.reingestMs, compare: { ...firstIngest, samples: re.ingestMs }, target: { kind: 'ratio', limit: 1 } });
  add({ id: 'reingest-next-run-cpu', name: `re-ingest of the next run, ${N} results, 1% changed, CPU time`, unit: 'ms', samples: re.reingestCpuMs, compare: { ...firstIngest, samples: re.ingestCpuMs }, target: { kind: 'ratio', limit: 1 } });

  // ---- Markdown extraction against remark's chunked parse of the same text (what the extractor runs),
  // in a bundled child as the CLI and the app run it (bench/markdown-child.ts)
  const md = child<MarkdownSamples>('markdown-child.ts', [root, String(smoke ? 100_000 : 1_000_000), String(MANY)]);
  add({ id: 'markdown', name: `Markdown extraction, ${(md.bytes / 1e6).toFixed(2)} MB (${md.reports} ${md.repeated ? 'reports, some repeated' : 'distinct reports'})`, unit: 'ms', samples: md.extractMs, compare: { label: "remark's chunked parse of the same text", kind: 'floor', samples: md.chunkedParseMs }, target: { kind: 'ratio', limit: 1.0 } });

  // ---- planning
  const snap = smoke ? syntheticSnapshot(1_000, 500) : syntheticSnapshot(10_000, 5_000);
  generatePlan(snap); // warm-up
  const plan = { ms: [] as number[], cpu: [] as number[] };
  for (let i = 0; i < MANY; i++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    generatePlan(snap);
    plan.ms.push(performance.now() - t0);
    const d = process.cpuUsage(c0);
    plan.cpu.push((d.user + d.system) / 1000);
  }
  const planName = `plan ${snap.findings.length} findings, ${snap.dependencies.length} dependencies`;
  add({ id: 'plan-wall', name: `${planName}, wall clock`, unit: 'ms', samples: plan.ms, target: { kind: 'abs', limit: 200 } });
  add({ id: 'plan-cpu', name: `${planName}, CPU time`, unit: 'ms', samples: plan.cpu, target: { kind: 'abs', limit: 200 } });

  // ---- the board in Chromium over 50,000 findings (issue 17), and startup on an empty database
  // (bench/browser.ts; alone: node bin/run-ts.mjs bench/browser.ts)
  let scrollDeltas: number[][] = [];
  if (!skipBrowser) {
    const boardN = smoke ? SMOKE_BOARD_FINDINGS : BOARD_FINDINGS;
    const boardDb = boardDatabase(work, boardN, (f, db) => child('sarif-child.ts', ['ingest', f, db]).added);
    const b = await benchBrowser(root, boardDb, join(work, 'empty.sqlite'), smoke ? 1 : 5);
    for (const f of browserFigureSpecs(b, boardN)) add(f);
    scrollDeltas = b.scrollDeltas;
  }

  // ---- a team on one PostgreSQL database (issue 18): 20 users triaging the same project through
  // serve hosts' HTTP API (bench/team-load.ts; it checks that no update is lost), taken twice:
  // - each user with a serve host of their own, as each person runs their own app: 20 hosts (60
  //   threads of Node) on this machine's cores, so it measures their scheduling as much as the write;
  // - the same 20 users as concurrent clients of 2 hosts (10 each): the write's own path with a
  //   machine not crowded by processes that would each run on a computer of their own.
  // Last: the hosts and database server leave the machine loaded for a minute after they stop,
  // which the single-process figures before them must not be measured under.
  let team: TeamLoadFigures | null = null;
  let teamFew: TeamLoadFigures | null = null;
  const teamFigure = (t: TeamLoadFigures, id: string, hostsLabel: string) =>
    add({
      id,
      name: `write p95 (findings.update) of ${t.users} users triaging one project of ${t.findings} findings on PostgreSQL, ${hostsLabel}, ${t.seconds} s; each sample: a ${t.windowS}-s window`,
      unit: 'ms',
      samples: t.windowP95,
      target: { kind: 'abs', limit: 50 },
      note: `${t.accepted + t.refused} writes (${round(t.accepted / t.seconds, 1)} accepted/s): ${t.accepted} accepted, all in the event log, replay = final state; ${t.refused} refused as conflicts with a message; p95 of all writes ${round(t.p95)} ms`,
    });
  if (!smoke) {
    const few = await benchTeamLoad(root, { smoke, hosts: 2 });
    if (!('skipped' in few)) {
      teamFew = few;
      teamFigure(few, 'team-write-p95-2-hosts', `as concurrent clients of ${few.hosts} serve hosts (${few.users / few.hosts} users each)`);
    }
  }
  const teamRun = await benchTeamLoad(root, { smoke });
  if ('skipped' in teamRun) console.log(`  team load on PostgreSQL skipped: ${teamRun.skipped}`);
  else {
    team = teamRun;
    teamFigure(team, 'team-write-p95', team.hosts === team.users ? `${team.hosts} serve hosts (one per user)` : `${team.hosts} serve hosts`);
  }

  // ---- the record
  const loadEnd = loadavg();
  const commit = git('rev-parse', 'HEAD');
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== '';
  const at = new Date().toISOString();
  const summary = {
    schema: 1,
    at,
    command: `npm run bench${smoke ? ' -- --smoke' : ''}${skipBrowser ? ' -- --no-browser' : ''}`,
    smoke,
    commit,
    commitSubject: git('log', '-1', '--format=%s', commit),
    dirty,
    node: process.version,
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model.trim() ?? 'unknown', memoryGb: round(os.totalmem() / 2 ** 30, 1), platform: `${os.platform()} ${os.release()}` },
    load: { start: loadStart.map((x) => round(x)), end: loadEnd.map((x) => round(x)) },
    inputs: { sarifResults: N, sarifBytes: bytes, markdownBytes: md.bytes },
    figures: figures.map((f) => ({
      ...f,
      median: median(f.samples),
      min: Math.min(...f.samples),
      max: Math.max(...f.samples),
      n: f.samples.length,
      ...(f.compare ? { compareMedian: median(f.compare.samples), ratio: median(f.samples) / median(f.compare.samples) } : {}),
      ...(f.target ? { pass: (f.target.kind === 'ratio' ? median(f.samples) / median(f.compare!.samples) : median(f.samples)) <= f.target.limit } : {}),
    })),
    raw: {
      searchMs: searches.map((x) => ({ first: x.firstMs, repeated: x.repeatedMs })),
      scrollFrameMs: scrollDeltas,
      teamWritesMs: team ? team.writesMs.map((x) => round(x)) : null,
      teamTwoHostsWritesMs: teamFew ? teamFew.writesMs.map((x) => round(x)) : null,
      serveReadsMs: serveReads.map((s) => ({ n: s.n, worker: s.raw.worker.map((r) => r.readsMs.map((x) => round(x))), inline: s.raw.inline.map((r) => r.readsMs.map((x) => round(x))) })),
    },
  };
  const dir = join(root, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const name = smoke ? 'smoke.json' : `${at.slice(0, 10)}-${commit.slice(0, 10)}.json`;
  writeFileSync(join(dir, name), JSON.stringify(summary, null, 1) + '\n');
  console.log(`\nwrote bench/results/${name}${dirty ? ' (the working tree had uncommitted changes)' : ''}; load average ${summary.load.start.join(', ')} at the start, ${summary.load.end.join(', ')} at the end`);
  if (!smoke) {
    // the tables of bench/RESULTS.md and the README, from that file
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bench-tables.mjs')], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
    if (summary.figures.some((f) => f.pass === false)) process.exitCode = 1;
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
