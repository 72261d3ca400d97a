// One measured run in a fresh process (so peak RSS is this run's own):
//   ingest FILE DB         Punchlist's ingest through the API (decode, detect, parse, store, FTS)
//   floor  FILE DB SRCDB   JSON.parse of the file + raw better-sqlite3 prepared inserts of the same rows
//                          in one transaction
//   lean   FILE DB         the lean floor a user could write: JSON.parse + one raw prepared INSERT per
//                          result of its essential columns (rule, level, message, first path and line)
//                          into a fresh one-table database, one transaction (timed whole by bench/run.ts)
// Prints one JSON line: { ms, cpuMs, rssMb, added }.
//
// The floor is "JSON.parse + inserting the same rows with a raw prepared statement": the same rows
// are the ones the ingest stored (every column of findings -- body, fingerprint, … -- of
// locations, and the rule texts and paths they refer to, read from the ingest's database SRCDB
// before the clock starts), inserted one row per statement run into a database created by our own
// migrations (db/), so the same tables and indexes; no Kysely, no FTS, no parsing beyond
// JSON.parse. What the ingest does on top is exactly Punchlist's work: decoding, detection, turning
// results into findings, fingerprints, the FTS index.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { openDatabase } from '../db';
import { openCore } from '../core/service';

const [mode, file, dbPath, srcDb] = process.argv.slice(2);

type Row = unknown[];
function table(src: Database.Database, name: string): { cols: string[]; rows: Row[] } {
  const cols = (src.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name);
  const rows = src.prepare(`SELECT ${cols.join(', ')} FROM ${name} ORDER BY rowid`).raw().all() as Row[];
  return { cols, rows };
}

async function floor(): Promise<number> {
  // the rows, as the ingest stored them (not timed)
  const src = new Database(srcDb, { readonly: true });
  // (rule texts and paths: stored once, findings and locations refer to them; db/finding-body.ts, db/location-path.ts)
  const tables = ['projects', 'reports', 'rule_texts', 'paths', 'findings', 'locations'].map((t) => ({ name: t, ...table(src, t) }));
  src.close();
  const opened = openDatabase(dbPath); // our migrations: same tables, same indexes
  const db = opened.sqlite;
  db.prepare('DELETE FROM projects').run();

  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: unknown[] };
  let n = 0;
  db.transaction(() => {
    for (const t of tables) {
      const ins = db.prepare(`INSERT INTO ${t.name} (${t.cols.join(', ')}) VALUES (${t.cols.map(() => '?').join(', ')})`);
      for (const row of t.rows) ins.run(row);
      if (t.name === 'findings') n = t.rows.length;
    }
  })();
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  opened.close();
  if (!Array.isArray(log.runs)) throw new Error('not a SARIF log');
  report(ms, n, cpu);
  return ms;
}

async function ingest(): Promise<void> {
  const core = openCore({ dbPath, actor: 'bench' });
  const projects = await core.call('projects.list', {});
  if (!projects.ok) throw new Error(projects.error.message);
  const projectId = projects.value[0].id;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const r = await core.call('ingest.paths', { projectId, paths: [file] });
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  core.close();
  if (!r.ok) throw new Error(r.error.message);
  const first = r.value[0];
  if (!first.ok) throw new Error(first.error);
  report(ms, first.added, cpu);
}

/** CPU time (user + system, all threads) since `from`, in ms: on a shared machine it is what the run itself cost */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function report(ms: number, added: number, cpu: number) {
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, cpuMs: cpu, rssMb, added }) + '\n');
}

interface LeanResult {
  ruleId?: string;
  level?: string;
  message?: { text?: string };
  locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string }; region?: { startLine?: number } } }>;
}

function lean(): void {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const log = JSON.parse(readFileSync(file, 'utf8')) as { runs: Array<{ results?: LeanResult[] }> };
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE results (rule_id TEXT, level TEXT, message TEXT, path TEXT, start_line INTEGER)');
  const ins = db.prepare('INSERT INTO results VALUES (?, ?, ?, ?, ?)');
  let n = 0;
  db.transaction(() => {
    for (const run of log.runs) {
      for (const r of run.results ?? []) {
        const pl = r.locations?.[0]?.physicalLocation;
        ins.run(r.ruleId ?? null, r.level ?? null, r.message?.text ?? null, pl?.artifactLocation?.uri ?? null, pl?.region?.startLine ?? null);
        n++;
      }
    }
  })();
  db.close();
  report(performance.now() - t0, n, cpuMs(c0));
}

if (mode === 'floor') await floor();
else if (mode === 'lean') lean();
else if (mode === 'ingest') await ingest();
else throw new Error(`unknown mode ${mode}`);
