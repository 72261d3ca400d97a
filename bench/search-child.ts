// Search latency through the API over the database a SARIF ingest left: typical words and prefixes
// (after one unmeasured pass of the same queries).
// Prints one JSON line: { queries, p50, p95, max, cpuP95, hits } (cpuP95: the p95 of each query's CPU time).
import { openCore } from '../core/service';

const [dbPath, countArg] = process.argv.slice(2);
const core = openCore({ dbPath, actor: 'bench' });
const projects = await core.call('projects.list', {});
if (!projects.ok) throw new Error(projects.error.message);
const projectId = projects.value[0].id;

// Words taken from the data itself (titles of a spread of findings), whole and as prefixes.
const sample = await core.call('findings.list', { projectId, limit: 2000 });
if (!sample.ok) throw new Error(sample.error.message);
const words = new Set<string>();
for (const f of sample.value) for (const w of f.title.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
const vocab = [...words].slice(0, 40);
const queries: string[] = [];
for (const w of vocab) queries.push(w, w.slice(0, 3), `${w} ${vocab[(vocab.indexOf(w) + 7) % vocab.length]}`);
const n = Number(countArg ?? queries.length);
// one unmeasured pass first: the app is a long-running process, so SQLite's page cache and the JIT
// are warm when a lead searches; a fresh process's first queries measure its start instead
for (const q of queries.slice(0, n)) await core.call('findings.list', { projectId, text: q, limit: 500 });
const times: number[] = [];
const cpu: number[] = [];
let hits = 0;
for (let i = 0; i < n; i++) {
  const q = queries[i % queries.length];
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await core.call('findings.list', { projectId, text: q, limit: 500 });
  times.push(performance.now() - t0);
  const d = process.cpuUsage(c0);
  cpu.push((d.user + d.system) / 1000);
  if (!r.ok) throw new Error(r.error.message);
  hits += r.value.length;
}
core.close();
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);
const at = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))];
process.stdout.write(
  JSON.stringify({ queries: n, p50: at(times, 0.5), p95: at(times, 0.95), max: times[times.length - 1], cpuP95: at(cpu, 0.95), hits }) + '\n',
);
