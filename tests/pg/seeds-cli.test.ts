// Issue 18's first "done when": the five seeds ingested through the CLI with `--db postgres://…`
// list the same findings as with a SQLite file. Expected findings come from the seeds' goldens; the
// two engines must agree card for card. The PostgreSQL URL carries no password: the CLI gets it
// from PGPASSWORD, as libpq tools do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { cli } from '../cli/helpers';
import { expectGoldenSelection, optionalTitles, requiredFindings, seedGoldens } from '../goldens';
import { seedFiles } from '../service/helpers';
import { pgUnavailable, startCluster, type Cluster } from './cluster';
import { PG_LOGIN } from './engines';
import { tempDir } from '../db/helpers';
import { join } from 'node:path';

const why = pgUnavailable();
if (why) console.warn(`PostgreSQL tests skipped: ${why}`);

describe.skipIf(why !== null)('the seeds through the CLI on PostgreSQL and SQLite', () => {
  let cluster: Cluster;
  let tmp: ReturnType<typeof tempDir>;
  let url: string;
  let withPassword: string;
  let file: string;
  const env = { PGPASSWORD: 'alice-pw' };
  const goldens = seedGoldens();

  beforeAll(async () => {
    cluster = await startCluster();
    tmp = tempDir('punchlist-pg-cli-');
    withPassword = await cluster.createDatabase({ name: PG_LOGIN, password: env.PGPASSWORD });
    url = withPassword.replace(`:${env.PGPASSWORD}@`, '@');
    expect(url).not.toContain(env.PGPASSWORD);
    file = join(tmp.dir, 'seeds.sqlite');
  });
  afterAll(() => {
    cluster?.stop();
    tmp?.cleanup();
  });

  const listJson = (db: string, ...args: string[]) => {
    const r = cli(['list', '--json', '--project', 'Seeds', ...args], { PUNCHLIST_DB: db, ...env });
    expect(r.code, r.stderr).toBe(0);
    // ingest times differ between the two runs; everything else must be the same
    return (JSON.parse(r.stdout) as FindingCard[]).map((c) => ({ ...c, createdAt: undefined, updatedAt: undefined }));
  };

  it('ingests the five seeds into each engine', () => {
    for (const db of [url, file]) {
      const r = cli(['ingest', ...seedFiles(), '--db', db, '--project', 'Seeds'], env);
      expect(r.code, r.stderr).toBe(0);
    }
  });

  it('lists the same findings on both engines, the ones the goldens require', () => {
    const pg = listJson(url);
    const lite = listJson(file);
    const required = requiredFindings(goldens);
    expect(pg.length).toBeGreaterThanOrEqual(required.length);
    expect(pg.length).toBeLessThanOrEqual(required.length + optionalTitles(goldens).size);
    expectGoldenSelection(pg.map((c) => c.title), goldens, () => true, () => true, 'postgres');
    expect(pg).toEqual(lite);
    console.info(`seeds on PostgreSQL and SQLite: ${pg.length} findings, card for card the same`);
  });

  it('filters and searches (prefix included) the same on both engines', () => {
    for (const args of [['--search', 'cred'], ['--severity', 'critical,high', '--status', 'open']]) {
      const pg = listJson(url, ...args);
      expect(pg.length, args.join(' ')).toBeGreaterThan(0);
      expect(pg, args.join(' ')).toEqual(listJson(file, ...args));
    }
  });

  it('names the database login in the event log of a team database', async () => {
    const pg = await import('pg');
    const client = new pg.default.Client({ connectionString: withPassword });
    await client.connect();
    try {
      const actors = (await client.query<{ actor: string }>(`SELECT DISTINCT actor FROM events WHERE action = 'ingest'`)).rows.map((r) => r.actor);
      expect(actors).toEqual([PG_LOGIN]);
    } finally {
      await client.end();
    }
  });

  it('says which database could not be opened, without its password', () => {
    const bad = `postgres://${PG_LOGIN}:wrong-secret@127.0.0.1:${cluster.port}/nope`;
    const r = cli(['list', '--db', bad]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/127\.0\.0\.1/);
    expect(r.stderr).not.toContain('wrong-secret');
  });
});
