// One measured run in a fresh process (so peak RSS is this run's own):
//   floor  FILE DB  JSON.parse + raw better-sqlite3 prepared inserts of the same rows, one transaction
//   ingest FILE DB  Punchlist's ingest through the API (decode, detect, parse, store, FTS)
// Prints one JSON line: { ms, rssMb, added }.
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { openCore } from '../core/service';

const [mode, file, dbPath] = process.argv.slice(2);

async function floor(): Promise<number> {
  const t0 = performance.now();
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.exec(`CREATE TABLE findings (id INTEGER PRIMARY KEY, rule_id TEXT, title TEXT, severity TEXT, body TEXT,
             fingerprint TEXT, status TEXT, created_at TEXT);
           CREATE TABLE locations (id INTEGER PRIMARY KEY, finding_id INTEGER, path TEXT, start_line INTEGER,
             end_line INTEGER, start_column INTEGER, end_column INTEGER)`);
  const insF = db.prepare('INSERT INTO findings (rule_id, title, severity, body, fingerprint, status, created_at) VALUES (?,?,?,?,?,?,?)');
  const insL = db.prepare('INSERT INTO locations (finding_id, path, start_line, end_line, start_column, end_column) VALUES (?,?,?,?,?,?)');
  const now = new Date().toISOString();
  let n = 0;
  db.transaction(() => {
    for (const run of log.runs) {
      for (const r of run.results ?? []) {
        const fp = r.partialFingerprints ? JSON.stringify(r.partialFingerprints) : null;
        const id = insF.run(r.ruleId ?? null, r.message?.text ?? '', r.level ?? 'warning', r.message?.text ?? '', fp, 'open', now).lastInsertRowid;
        for (const l of r.locations ?? []) {
          const p = l.physicalLocation;
          insL.run(id, p?.artifactLocation?.uri ?? null, p?.region?.startLine ?? null, p?.region?.endLine ?? null,
            p?.region?.startColumn ?? null, p?.region?.endColumn ?? null);
        }
        n++;
      }
    }
  })();
  db.close();
  const ms = performance.now() - t0;
  report(ms, n);
  return ms;
}

async function ingest(): Promise<void> {
  const core = openCore({ dbPath, actor: 'bench' });
  const projects = await core.call('projects.list', {});
  if (!projects.ok) throw new Error(projects.error.message);
  const projectId = projects.value[0].id;
  const t0 = performance.now();
  const r = await core.call('ingest.paths', { projectId, paths: [file] });
  const ms = performance.now() - t0;
  core.close();
  if (!r.ok) throw new Error(r.error.message);
  const first = r.value[0];
  if (!first.ok) throw new Error(first.error);
  report(ms, first.added);
}

function report(ms: number, added: number) {
  const rssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, rssMb, added }) + '\n');
}

if (mode === 'floor') await floor();
else if (mode === 'ingest') await ingest();
else throw new Error(`unknown mode ${mode}`);
