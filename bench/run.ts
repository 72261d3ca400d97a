// npm run bench [-- --smoke] : performance figures, each printed with its ratio to a floor measured
// in the same run on the same machine, and a JSON summary in bench/results/. Inputs are generated
// with a seeded generator. --smoke runs tiny sizes (npm test uses it so the benchmark never rots).
import { buildSync } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchMarkdown } from '../core/ingest/markdown/bench';
import { benchPlan } from '../shared/plan/bench';
import { generateSarif } from '../tests/ingest/gen-sarif';
import { benchBrowser } from './browser';
import { benchReingest } from './reingest';

const smoke = process.argv.includes('--smoke');
/** --no-browser: leave out figures 5 and 7 (Chromium) */
const skipBrowser = process.argv.includes('--no-browser');
const extra: string[] = [];
const loadStart = loadavg().map((x) => x.toFixed(2)).join(', ');
const root = new URL('..', import.meta.url).pathname;
const N = smoke ? 2_000 : 200_000;
const RUNS = smoke ? 1 : 3;
const work = mkdtempSync(join(tmpdir(), 'punchlist-bench-'));

interface Figure {
  name: string;
  value: number;
  unit: string;
  /** what the value is compared with, measured in this run (or the absolute target) */
  floor: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
}
const figures: Figure[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

// The measuring children run as plain-Node bundles (as the app runs its bundled core), not through
// tsx: compiling TypeScript on the fly costs ~110 MB of RSS, which would swamp the peak-RSS figure.
// (written under node_modules/.cache: packages resolve from there, and linters and git leave it alone)
const build = join(root, 'node_modules', '.cache', 'punchlist-bench');
buildSync({
  entryPoints: ['sarif-child.ts', 'search-child.ts'].map((f) => join(root, 'bench', f)),
  outdir: build,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'error',
});

function child(script: string, args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, [join(build, script.replace(/\.ts$/, '.mjs')), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${script} ${args[0]} failed: ${r.stderr || r.stdout}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

function add(name: string, value: number, unit: string, floor: number | null, limit: number, kind: 'ratio' | 'abs') {
  const ratio = floor ? value / floor : null;
  const pass = kind === 'ratio' ? (ratio ?? Infinity) <= limit : value <= limit;
  figures.push({
    name,
    value: round(value),
    unit,
    floor: floor === null ? null : round(floor),
    ratio: ratio === null ? null : round(ratio),
    target: kind === 'ratio' ? `≤ ${limit}x` : `≤ ${limit} ${unit}`,
    pass,
  });
  const f = figures[figures.length - 1];
  console.log(`  ${f.name}: ${f.value} ${f.unit}${f.ratio === null ? '' : ` (${f.ratio}x of ${f.floor})`} [load ${loadavg()[0].toFixed(1)}]`);
}

try {
  // 1-2. SARIF ingest and unchanged re-ingest
  const file = join(work, 'bench.sarif');
  writeFileSync(file, generateSarif(N, 1));
  const mb = statSync(file).size / 1e6;
  console.log(`generated ${N} SARIF results, ${mb.toFixed(1)} MB (${smoke ? 'smoke' : 'full'} run)`);
  const floors: number[] = [];
  const ingests: number[] = [];
  const floorsCpu: number[] = [];
  const ingestsCpu: number[] = [];
  const rss: number[] = [];
  let lastDb = '';
  for (let i = 0; i < RUNS; i++) {
    lastDb = join(work, `ingest-${i}.sqlite`);
    const r = child('sarif-child.ts', ['ingest', file, lastDb]);
    if (r.added !== N) throw new Error(`ingest added ${r.added} findings, expected ${N}`);
    ingests.push(r.ms);
    ingestsCpu.push(r.cpuMs);
    rss.push(r.rssMb);
    // the floor inserts the very rows this ingest stored (see sarif-child.ts)
    const f = child('sarif-child.ts', ['floor', file, join(work, `floor-${i}.sqlite`), lastDb]);
    if (f.added !== N) throw new Error(`floor inserted ${f.added} findings, expected ${N}`);
    floors.push(f.ms);
    floorsCpu.push(f.cpuMs);
    rmSync(join(work, `floor-${i}.sqlite`), { force: true });
  }
  const floorMs = median(floors);
  const ingestMs = median(ingests);
  add(`SARIF ingest, ${N} results (FTS included), wall clock`, ingestMs, 'ms', floorMs, 2.0, 'ratio');
  // CPU time of the same runs: what the work costs, whatever else the machine runs meanwhile
  add(`SARIF ingest, ${N} results (FTS included), CPU time`, median(ingestsCpu), 'ms', median(floorsCpu), 2.0, 'ratio');
  add('SARIF ingest peak RSS', median(rss), 'MB', mb, 3.0, 'ratio');
  const again = child('sarif-child.ts', ['ingest', file, lastDb]);
  if (again.added !== 0) throw new Error(`re-ingest of unchanged file added ${again.added}`);
  add('re-ingest unchanged (nothing added)', again.ms, 'ms', ingestMs, 0.5, 'ratio');

  // 4. Search through the API over that database
  const s = child('search-child.ts', [lastDb]);
  add(`search p95 over ${N} findings (${s.queries} queries), wall clock`, s.p95, 'ms', null, 20, 'abs');
  add(`search p95 over ${N} findings, CPU time per query`, s.cpuP95, 'ms', null, 20, 'abs');

  // 8. The next nightly run of that log, 1% of its results changed, against its first ingest (bench/reingest.ts)
  const re = benchReingest(root, join(build, 'sarif-child.mjs'), work, N, RUNS);
  add(`re-ingest of the next run, ${N} results, 1% changed, wall clock`, median(re.reingestMs), 'ms', median(re.ingestMs), 1.0, 'ratio');
  add(`re-ingest of the next run, ${N} results, 1% changed, CPU time`, median(re.reingestCpuMs), 'ms', median(re.ingestCpuMs), 1.0, 'ratio');

  // 3. Markdown extraction against remark's own parse of the same text
  const md = benchMarkdown({ targetBytes: smoke ? 100_000 : 1_000_000, runs: smoke ? 1 : 5 });
  add(`Markdown extraction, ${(md.bytes / 1e6).toFixed(2)} MB`, md.extractMs, 'ms', md.parseMs, 1.5, 'ratio');

  // 6. Planning
  const planRuns = smoke ? 1 : 5;
  const pc0 = process.cpuUsage();
  const p = smoke ? benchPlan(1_000, 500, planRuns) : benchPlan(10_000, 5_000, planRuns);
  const pcpu = process.cpuUsage(pc0);
  add(`plan ${p.findings} findings, ${p.deps} dependencies, wall clock`, p.ms, 'ms', null, 200, 'abs');
  // benchPlan plans planRuns + 1 times (one warm-up) after building its input: an upper bound per plan
  add(`plan ${p.findings} findings, ${p.deps} dependencies, CPU time (mean, input building included)`, (pcpu.user + pcpu.system) / 1000 / (planRuns + 1), 'ms', null, 200, 'abs');

  // 5 and 7. The board in Chromium over 10,000 findings, and startup on an empty database
  if (!skipBrowser) {
    const boardN = smoke ? 1_000 : 10_000;
    const boardFile = join(work, 'board.sarif');
    writeFileSync(boardFile, generateSarif(boardN, 2));
    const boardDb = join(work, 'board.sqlite');
    const b0 = child('sarif-child.ts', ['ingest', boardFile, boardDb]);
    if (b0.added !== boardN) throw new Error(`board ingest added ${b0.added}`);
    const b = await benchBrowser(root, boardDb, join(work, 'empty.sqlite'), smoke ? 1 : 5);
    add(`board interactive, ${boardN} findings (${b.boardApiCalls} API calls)`, median(b.interactiveMs), 'ms', null, 1000, 'abs');
    add('board switching grouping', median(b.regroupMs), 'ms', null, 300, 'abs');
    add(`scroll ${b.scrollCards}-card column, dropped frames (${b.scrollFrames} frames)`, b.droppedPct, '%', null, 5, 'abs');
    add('drag-and-drop persisted (drop → findings.update answered)', median(b.dropMs), 'ms', null, 100, 'abs');
    add('startup, empty database: empty state painted', median(b.startupMs), 'ms', null, 500, 'abs');
    extra.push(`first-contentful-paint (empty database): ${round(median(b.fcpMs))} ms`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const w = Math.max(...figures.map((f) => f.name.length));
console.log(`\n${'figure'.padEnd(w)}  ${'value'.padStart(10)}  ${'floor'.padStart(10)}  ${'ratio'.padStart(6)}  target    `);
for (const f of figures) {
  console.log(
    `${f.name.padEnd(w)}  ${`${f.value} ${f.unit}`.padStart(10)}  ${String(f.floor ?? '-').padStart(10)}  ${String(f.ratio ?? '-').padStart(6)}  ${f.target.padEnd(9)} ${f.pass ? 'ok' : smoke ? '(smoke: not judged)' : 'MISSED'}`,
  );
}
for (const e of extra) console.log(e);
console.log(`load average at the end: ${loadavg().map((x) => x.toFixed(2)).join(', ')} (load at the start: ${loadStart})`);
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const summary = { at: new Date().toISOString(), smoke, node: process.version, loadavg: { start: loadStart, end: loadavg() }, figures, notes: extra };
writeFileSync(join(root, 'bench', 'results', smoke ? 'smoke.json' : 'last.json'), JSON.stringify(summary, null, 2));
if (!smoke) {
  // the table for the README (bench/RESULTS.md), from this run
  const cpus = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}`;
  const md = [
    '# Benchmark figures (issue 8)',
    '',
    `Command: \`npm run bench${skipBrowser ? ' -- --no-browser' : ''}\` — run ${summary.at} on ${cpus}, Node ${process.version}, ` +
      `load average ${loadStart} at the start and ${loadavg().map((x) => x.toFixed(2)).join(', ')} at the end ` +
      '(a load average near 2 is the benchmark itself on 2 cores; more means other work shared the machine). Inputs are generated with a seeded generator; every time is the median of several runs; ' +
      'ratios are to a floor measured in the same run (see bench/sarif-child.ts for what the ingest floor does).',
    '',
    '| figure | value | floor | ratio | target | |',
    '|---|---:|---:|---:|---|---|',
    ...figures.map((f) => `| ${f.name} | ${f.value} ${f.unit} | ${f.floor ?? '–'} | ${f.ratio === null ? '–' : `${f.ratio}x`} | ${f.target} | ${f.pass ? 'ok' : 'MISSED'} |`),
    '',
    ...extra.map((e) => `- ${e}`),
    '',
  ].join('\n');
  writeFileSync(join(root, 'bench', 'RESULTS.md'), md);
  if (figures.some((f) => !f.pass)) process.exitCode = 1;
}
