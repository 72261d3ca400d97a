// Ingest throughput on a big generated SARIF: node bin/run-ts.mjs tests/db/ingest-throughput.ts [N]
// Compares ingestBytes (decode + parse + store + FTS) with JSON.parse + raw prepared-statement inserts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReportBytes } from '../../core/ingest/index';
import { ingestBytes } from '../../core/ingest/reingest';
import { sha256Hex, storeParsedReport } from '../../core/ingest/store';
import type { CoreContext } from '../../core/service';
import { openDatabase } from '../../db';
import { ftsIndexReport } from '../../db/fts';

const N = Number(process.argv[2] ?? 200_000);
const ROUNDS = Number(process.argv[3] ?? 2);

function bigSarif(n: number): string {
  const results = [];
  for (let i = 0; i < n; i++) {
    results.push({
      ruleId: `R${i % 40}`,
      level: ['error', 'warning', 'note'][i % 3],
      message: { text: `Possible issue number ${i} in handler: value flows into sink` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `src/module${i % 500}/file${i % 7000}.ts` },
            region: { startLine: (i % 900) + 1, startColumn: 3, endLine: (i % 900) + 2, endColumn: 9 },
          },
        },
      ],
      ...(i % 2 ? { partialFingerprints: { primaryLocationLineHash: `h${i}:1` } } : {}),
    });
  }
  const rules = Array.from({ length: 40 }, (_, i) => ({ id: `R${i}`, shortDescription: { text: `Rule ${i}` } }));
  return JSON.stringify({
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [{ tool: { driver: { name: 'BenchTool', rules } }, results }],
  });
}

function ctxFor(path: string) {
  const d = openDatabase(path);
  const ctx: CoreContext = {
    db: d.db,
    runner: d.runner,
    dbPath: path,
    schemaVersion: d.schemaVersion,
    actor: 'bench',
    now: () => new Date().toISOString(),
  };
  const projectId = Number(d.sqlite.prepare(`INSERT INTO projects (name, created_at) VALUES ('B', 'now')`).run().lastInsertRowid);
  return { d, ctx, projectId };
}

const ms = (t: bigint) => Number(t) / 1e6;
const dir = mkdtempSync(join(tmpdir(), 'punchlist-bench-'));
try {
  const text = bigSarif(N);
  const bytes = new TextEncoder().encode(text);
  console.log(`SARIF: ${N} results, ${(bytes.length / 1e6).toFixed(1)} MB`);

  const best: Record<string, number> = {};
  const keep = (k: string, v: number) => (best[k] = Math.min(best[k] ?? Infinity, v));
  for (let round = 0; round < ROUNDS; round++) {
    // baseline: JSON.parse + raw prepared inserts (findings + locations), one transaction
    let t = process.hrtime.bigint();
    const json = JSON.parse(text);
    const tParse = process.hrtime.bigint() - t;
    const base = ctxFor(join(dir, `base${round}.sqlite`));
    const reportId = Number(
      base.d.sqlite
        .prepare(`INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES (?, 'x', 'y', 'sarif', 'now')`)
        .run(base.projectId).lastInsertRowid,
    );
    const fi = base.d.sqlite.prepare(
      `INSERT INTO findings (project_id, report_id, ref, title, severity, severity_text, status, phase, category, rule_id, fingerprint,
         blocks_deployment, effort_min_hours, effort_max_hours, effort_source, effort_text, body, duplicate_of, baseline_state,
         suppression, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    );
    const li = base.d.sqlite.prepare(
      `INSERT INTO locations (finding_id, ordinal, path, start_line, end_line, start_column, end_column) VALUES (?,?,?,?,?,?,?)`,
    );
    t = process.hrtime.bigint();
    base.d.sqlite.transaction(() => {
      const now = new Date().toISOString();
      for (const r of json.runs[0].results) {
        const id = fi.run(base.projectId, reportId, null, r.message.text, 'high', r.level, 'open', null, null, r.ruleId, 'fp', null, null, null, null, null, r.message.text, null, null, null, now, now).lastInsertRowid;
        const pl = r.locations[0].physicalLocation;
        li.run(id, 0, pl.artifactLocation.uri, pl.region.startLine, pl.region.endLine, pl.region.startColumn, pl.region.endColumn);
      }
    })();
    const tRaw = process.hrtime.bigint() - t;
    base.d.close();

    // the pieces of ingest
    t = process.hrtime.bigint();
    const parsed = parseReportBytes(bytes, 'big.sarif');
    const tOurParse = process.hrtime.bigint() - t;
    const store = ctxFor(join(dir, `store${round}.sqlite`));
    t = process.hrtime.bigint();
    store.ctx.runner.tx(() => storeParsedReport(store.ctx, store.projectId, 'big.sarif', sha256Hex(bytes), parsed));
    const tStore = process.hrtime.bigint() - t;
    // the FTS part of the store, measured again on its own
    store.d.sqlite.exec("INSERT INTO findings_fts(findings_fts) VALUES('delete-all')");
    t = process.hrtime.bigint();
    store.ctx.runner.tx(() => ftsIndexReport(store.ctx.runner, 1));
    const tFts = process.hrtime.bigint() - t;
    store.d.close();
    // end to end
    const full = ctxFor(join(dir, `full${round}.sqlite`));
    t = process.hrtime.bigint();
    const r = ingestBytes(full.ctx, full.projectId, 'big.sarif', bytes);
    const tFull = process.hrtime.bigint() - t;
    if (!r.ok || r.added !== N) throw new Error(`ingest failed: ${JSON.stringify(r)}`);
    full.d.close();
    keep('jsonParse', ms(tParse));
    keep('rawInserts', ms(tRaw));
    keep('parseReportBytes', ms(tOurParse));
    keep('store', ms(tStore));
    keep('fts', ms(tFts));
    keep('ingestBytes', ms(tFull));
    for (const f of [`base${round}`, `store${round}`, `full${round}`]) rmSync(join(dir, `${f}.sqlite`), { force: true });
  }
  const baselineBest = best.jsonParse + best.rawInserts;
  console.log(`best of ${ROUNDS}:`, Object.fromEntries(Object.entries(best).map(([k, v]) => [k, Math.round(v)])));
  console.log(
    `ingestBytes ${Math.round(best.ingestBytes)} ms = ${((N / best.ingestBytes) * 1000).toFixed(0)} findings/s; ` +
      `${(best.ingestBytes / baselineBest).toFixed(2)}x (JSON.parse + raw inserts = ${Math.round(baselineBest)} ms); ` +
      `store alone ${((N / best.store) * 1000).toFixed(0)} findings/s (FTS ${Math.round(best.fts)} ms of it)`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
