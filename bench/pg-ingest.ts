// Figure (issue 18): `punchlist ingest FILE --db postgres://…`, the whole CLI process, into a fresh
// team database of a throwaway cluster (tests/pg/cluster.ts), against the same CLI ingesting the same
// file into a fresh SQLite file in the same run (alternated, so both see the same machine load).
// Each PostgreSQL sample checks afterwards, with plain SQL, that every result is stored and indexed
// for search.
// Run alone (builds the CLI bundle, generates the log): node bin/run-ts.mjs bench/pg-ingest.ts [--smoke] [N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { pgUnavailable, startCluster } from '../tests/pg/cluster';

export interface PgIngestFigures {
  /** whole `punchlist ingest` processes into a fresh PostgreSQL database, ms */
  pgMs: number[];
  /** the same command into a fresh SQLite file, alternated with the above, ms */
  sqliteMs: number[];
}

function timeCli(cliBin: string, cwd: string, args: string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [cliBin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, PUNCHLIST_CLI: 'bundle' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`punchlist ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
  return ms;
}

/** `runs` alternated pairs of whole CLI ingests of `file` (holding `n` results): PostgreSQL and SQLite */
export async function benchPgIngest(cliBin: string, file: string, n: number, runs: number): Promise<PgIngestFigures | { skipped: string }> {
  const why = pgUnavailable();
  if (why) return { skipped: why };
  const work = mkdtempSync(join(tmpdir(), 'punchlist-pg-ingest-'));
  const cluster = await startCluster();
  const out: PgIngestFigures = { pgMs: [], sqliteMs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      for (const k of i % 2 ? [1, 0] : [0, 1]) {
        if (k === 0) {
          const url = await cluster.createDatabase();
          out.pgMs.push(timeCli(cliBin, work, ['ingest', file, '--db', url]));
          const c = new pg.Client({ connectionString: url });
          await c.connect();
          try {
            const r = await c.query('SELECT (SELECT count(*) FROM findings)::int AS f, (SELECT count(*) FROM findings_fts)::int AS s');
            const { f, s } = r.rows[0] as { f: number; s: number };
            if (f !== n || s !== n) throw new Error(`PostgreSQL ingest stored ${f} findings and indexed ${s} for search, expected ${n}`);
          } finally {
            await c.end();
          }
        } else {
          const db = join(work, `cli-${i}.sqlite`);
          out.sqliteMs.push(timeCli(cliBin, work, ['ingest', file, '--db', db]));
          for (const s of ['', '-wal', '-shm']) rmSync(db + s, { force: true });
        }
      }
    }
  } finally {
    cluster.stop();
    rmSync(work, { recursive: true, force: true });
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { generateSarif } = await import('../tests/ingest/gen-sarif');
  // @ts-expect-error -- a plain .mjs script without type declarations
  const { buildCli } = (await import('../scripts/build-cli.mjs')) as { buildCli: (o: { quiet: boolean }) => Promise<unknown> };
  const { median } = await import('./stats');
  const smoke = process.argv.includes('--smoke');
  const n = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? (smoke ? 2_000 : 200_000));
  const root = new URL('..', import.meta.url).pathname;
  await buildCli({ quiet: true });
  const dir = mkdtempSync(join(tmpdir(), 'punchlist-pg-ingest-file-'));
  const file = join(dir, 'bench.sarif');
  try {
    writeFileSync(file, generateSarif(n, 1));
    const r = await benchPgIngest(join(root, 'bin', 'punchlist.cjs'), file, n, smoke ? 1 : 3);
    if ('skipped' in r) console.log(`PostgreSQL ingest skipped: ${r.skipped}`);
    else {
      const m = (xs: number[]) => `${Math.round(median(xs))} ms (min ${Math.round(Math.min(...xs))}, max ${Math.round(Math.max(...xs))}, N ${xs.length})`;
      console.log(`punchlist ingest --db postgres://…, ${n} results: ${m(r.pgMs)}`);
      console.log(`punchlist ingest --db FILE.sqlite, same file:  ${m(r.sqliteMs)}`);
      console.log(`ratio ${(median(r.pgMs) / median(r.sqliteMs)).toFixed(2)}x (target ≤ 2x)`);
      console.log(JSON.stringify(r));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
