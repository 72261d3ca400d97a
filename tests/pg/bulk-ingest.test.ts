// Issue 18: a big SARIF log goes into PostgreSQL by COPY (db/postgres/runner.ts copyRows), inside
// the ingest's one transaction. A log that breaks after thousands of its rows were sent leaves the
// team database as it was (counts, and the indexes a bulk load drops and builds again); a good one
// stores the same rows as SQLite, byte for byte (tabs, backslashes, newlines and quotes in texts
// survive COPY's text format) and is found by the same searches.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { generateSarif } from '../ingest/gen-sarif';
import { seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';
import { PG_LOGIN } from './engines';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

/** more than one COPY batch (5,000 rows) and more than the bulk-load threshold (5,000 findings) */
const N = 12_000;
/** the result that breaks the bad log: after two whole COPY batches of findings were stored */
const BROKEN_AT = 11_000;
/**
 * texts COPY's text format must escape, put into some results' messages; and words whose UTF-8
 * bytes sort otherwise than their UTF-16 units (the search documents go by binary COPY, in order)
 */
const AWKWARD = ['tab\there', 'back\\slash \\N not null', 'two\nlines\r\nand CR', "quote ' and \"double\"", 'ünïcödé — naïve café', 'Кириллица 日本語 ﬃ 𐐀𐐁'];

const TABLES = ['findings', 'locations', 'findings_fts', 'reports', 'report_versions', 'events', 'checklists', 'fix_order_steps'];

describe.skipIf(why !== null)('bulk ingest into PostgreSQL by COPY', () => {
  let cluster: Cluster;
  let tmp: ReturnType<typeof tempDir>;
  let url: string;
  let lite: string;
  let good: string;
  let bad: string;

  beforeAll(async () => {
    cluster = await startCluster();
    tmp = tempDir('punchlist-pg-bulk-');
    url = await cluster.createDatabase({ name: PG_LOGIN, password: 'alice-pw' });
    lite = join(tmp.dir, 'bulk.sqlite');
    const log = JSON.parse(generateSarif(N, 5)) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    const results = log.runs[0].results;
    AWKWARD.forEach((text, i) => {
      results[i * 997].message.text = `${text} (${i})`;
    });
    good = join(tmp.dir, 'good.sarif');
    writeFileSync(good, JSON.stringify(log));
    const kept = results[BROKEN_AT].message.text;
    // PostgreSQL's text cannot hold a NUL character (SQLite's can): the server refuses the row
    // holding one when it arrives, in the middle of a COPY, after the batches before it were stored
    bad = join(tmp.dir, 'bad.sarif');
    results[BROKEN_AT].message.text = 'a NUL \u0000 in the middle';
    writeFileSync(bad, JSON.stringify(log));
    results[BROKEN_AT].message.text = kept;
    for (const db of [url, lite]) {
      const r = cli(['ingest', ...seedFiles(), '--db', db, '--project', 'Bulk']);
      expect(r.code, r.stderr).toBe(0);
    }
  });
  afterAll(() => {
    cluster?.stop();
    tmp?.cleanup();
  });

  async function sql<R>(text: string, params: unknown[] = []): Promise<R[]> {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      return (await c.query(text, params)).rows as R[];
    } finally {
      await c.end();
    }
  }

  const state = async () => ({
    counts: await sql<Record<string, number>>(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t})::int AS ${t}`).join(', ')}`),
    indexes: (await sql<{ indexname: string }>(`SELECT indexname FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`)).map((r) => r.indexname),
  });

  it('leaves the database as it was when the log breaks after thousands of rows were sent', async () => {
    const before = await state();
    expect(before.counts[0].findings).toBeGreaterThan(0);
    expect(before.indexes).toContain('findings_report');
    // the write probe (db/write-probe.ts) prints each stage the transaction reached
    const r = cli(['ingest', bad, '--db', url, '--project', 'Bulk'], { PUNCHLIST_WRITE_PROBE: 'print' });
    expect(r.code).toBe(1);
    const stored = [...r.stderr.matchAll(/punchlist-write-probe: \d+ findings (\d+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...stored)).toBeGreaterThanOrEqual(10_000);
    const lines = r.stderr.trim().split('\n').filter((l) => !l.startsWith('punchlist-write-probe:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(await state()).toEqual(before);
  });

  it('stores the same rows as SQLite, awkward texts included', async () => {
    for (const db of [url, lite]) {
      const r = cli(['ingest', good, '--db', db, '--project', 'Bulk']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`added ${N} findings`);
    }
    const cols = 'id, title, body, rule_id, severity, severity_text, fingerprint, tool_fingerprints';
    const pgRows = await sql<Record<string, unknown>>(`SELECT ${cols} FROM findings ORDER BY id`);
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const db = new BetterSqlite3(lite, { readonly: true });
    try {
      expect(pgRows).toEqual(db.prepare(`SELECT ${cols} FROM findings ORDER BY id`).all());
      const locs = 'finding_id, ordinal, path, start_line, end_line, start_column, end_column';
      expect(await sql(`SELECT ${locs} FROM locations ORDER BY finding_id, ordinal`)).toEqual(db.prepare(`SELECT ${locs} FROM locations ORDER BY finding_id, ordinal`).all());
    } finally {
      db.close();
    }
    const bodies = (await sql<{ body: string }>(`SELECT body FROM findings WHERE body LIKE '%(_)%'`)).map((b) => b.body).join('\n');
    for (const text of AWKWARD) expect(bodies).toContain(text);
    const counts = (await state()).counts[0];
    expect(counts.findings_fts).toBe(counts.findings);
    // the search index, kept through the bulk load, holds every document in its tree: none pending
    expect(await sql(`SELECT gin_clean_pending_list('findings_fts_doc'::regclass)::int AS n`)).toEqual([{ n: 0 }]);
  });

  it('finds the same findings by search on both engines', () => {
    const list = (db: string, q: string) => {
      const r = cli(['list', '--json', '--project', 'Bulk', '--search', q], { PUNCHLIST_DB: db });
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as FindingCard[]).map((c) => c.id).sort((a, b) => a - b);
    };
    // ("attacker" is only in the rules' descriptions, which both engines index once per rule)
    for (const q of ['slash', 'naive cafe', 'кирил', 'routes3', 'prototype pollut', 'attacker']) {
      const ids = list(url, q);
      expect(ids.length, q).toBeGreaterThan(0);
      expect(ids, q).toEqual(list(lite, q));
    }
    // ten CLI processes, each starting the core: a minute on a loaded 2-core machine is not enough
  }, 180_000);
});
