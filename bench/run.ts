// npm run bench [-- --smoke] : performance figures, each printed with its ratio to a floor measured
// in the same run on the same machine, and a JSON summary in bench/results/. Inputs are generated
// with a seeded generator. --smoke runs tiny sizes (npm test uses it so the benchmark never rots).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchMarkdown } from '../core/ingest/markdown/bench';
import { benchPlan } from '../shared/plan/bench';
import { generateSarif } from '../tests/ingest/gen-sarif';

const smoke = process.argv.includes('--smoke');
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

function child(script: string, args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, [join(root, 'bin/run-ts.mjs'), join(root, 'bench', script), ...args], {
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
}

try {
  // 1-2. SARIF ingest and unchanged re-ingest
  const file = join(work, 'bench.sarif');
  writeFileSync(file, generateSarif(N, 1));
  const mb = statSync(file).size / 1e6;
  console.log(`generated ${N} SARIF results, ${mb.toFixed(1)} MB (${smoke ? 'smoke' : 'full'} run)`);
  const floors: number[] = [];
  const ingests: number[] = [];
  const rss: number[] = [];
  let lastDb = '';
  for (let i = 0; i < RUNS; i++) {
    floors.push(child('sarif-child.ts', ['floor', file, join(work, `floor-${i}.sqlite`)]).ms);
    lastDb = join(work, `ingest-${i}.sqlite`);
    const r = child('sarif-child.ts', ['ingest', file, lastDb]);
    if (r.added !== N) throw new Error(`ingest added ${r.added} findings, expected ${N}`);
    ingests.push(r.ms);
    rss.push(r.rssMb);
  }
  const floorMs = median(floors);
  const ingestMs = median(ingests);
  add(`SARIF ingest, ${N} results (FTS included)`, ingestMs, 'ms', floorMs, 2.0, 'ratio');
  add('SARIF ingest peak RSS', median(rss), 'MB', mb, 3.0, 'ratio');
  const again = child('sarif-child.ts', ['ingest', file, lastDb]);
  if (again.added !== 0) throw new Error(`re-ingest of unchanged file added ${again.added}`);
  add('re-ingest unchanged (nothing added)', again.ms, 'ms', ingestMs, 0.5, 'ratio');

  // 4. Search through the API over that database
  const s = child('search-child.ts', [lastDb]);
  add(`search p95 over ${N} findings (${s.queries} queries)`, s.p95, 'ms', null, 20, 'abs');

  // 3. Markdown extraction against remark's own parse of the same text
  const md = benchMarkdown({ targetBytes: smoke ? 100_000 : 1_000_000, runs: smoke ? 1 : 5 });
  add(`Markdown extraction, ${(md.bytes / 1e6).toFixed(2)} MB`, md.extractMs, 'ms', md.parseMs, 1.5, 'ratio');

  // 6. Planning
  const p = smoke ? benchPlan(1_000, 500, 1) : benchPlan(10_000, 5_000, 5);
  add(`plan ${p.findings} findings, ${p.deps} dependencies`, p.ms, 'ms', null, 200, 'abs');
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
console.log('not measured here yet: board in Chromium (issue 8 figure 5), renderer startup paint (figure 7)');
mkdirSync(join(root, 'bench', 'results'), { recursive: true });
const summary = { at: new Date().toISOString(), smoke, node: process.version, figures };
writeFileSync(join(root, 'bench', 'results', smoke ? 'smoke.json' : 'last.json'), JSON.stringify(summary, null, 2));
if (!smoke && figures.some((f) => !f.pass)) process.exitCode = 1;
