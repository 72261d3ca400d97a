// Search latency through the API over the database a SARIF ingest left. The app is a long-running
// process, so it is warmed first -- with a DIFFERENT set of queries (other words); then every
// measured query runs for the first time in this process (the figure users feel), and once more
// (repeated: its own pages and statements now warm).
// Prints one JSON line: { warmQueries, queries, firstMs, firstCpuMs, repeatedMs, repeatedCpuMs, hits }
// (per-query samples, in run order).
import { openCore } from '../core/service';
import { mulberry32 } from '../shared/plan/bench';
import { searchQuerySets } from './stats';

const [dbPath] = process.argv.slice(2);
const core = openCore({ dbPath, actor: 'bench' });
const projects = await core.call('projects.list', {});
if (!projects.ok) throw new Error(projects.error.message);
const projectId = projects.value[0].id;

// Words taken from the data itself (titles and paths of a spread of findings), in a seeded order
const sample = await core.call('findings.list', { projectId, limit: 2000 });
if (!sample.ok) throw new Error(sample.error.message);
const words = new Set<string>();
for (const f of sample.value) {
  for (const w of `${f.title} ${f.primaryPath ?? ''}`.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
}
const rand = mulberry32(7);
const vocab = [...words].map((w) => [rand(), w] as const).sort((a, b) => a[0] - b[0]).map(([, w]) => w);
const { warm, measured } = searchQuerySets(vocab);

async function timed(q: string): Promise<{ ms: number; cpu: number; hits: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await core.call('findings.list', { projectId, text: q, limit: 500 });
  const ms = performance.now() - t0;
  const d = process.cpuUsage(c0);
  if (!r.ok) throw new Error(r.error.message);
  return { ms, cpu: (d.user + d.system) / 1000, hits: r.value.length };
}

for (const q of warm) await timed(q);
const first = [];
for (const q of measured) first.push(await timed(q));
const repeated = [];
for (const q of measured) repeated.push(await timed(q));
core.close();
process.stdout.write(
  JSON.stringify({
    warmQueries: warm.length,
    queries: measured.length,
    firstMs: first.map((x) => x.ms),
    firstCpuMs: first.map((x) => x.cpu),
    repeatedMs: repeated.map((x) => x.ms),
    repeatedCpuMs: repeated.map((x) => x.cpu),
    hits: first.reduce((n, x) => n + x.hits, 0),
  }) + '\n',
);
