// A bulk load (SqlRunner.bulkLoad, db/sqlite.ts) drops the tables' indexes and builds them again
// after the rows, except the ones the rows append to in order (APPENDED_INDEXES, core/ingest/store.ts),
// which stay and are maintained row by row. Whatever was kept or rebuilt, the schema after the load is
// the schema before it, and every index agrees with its table.
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestBytes } from '../../core/ingest/reingest';
import { APPENDED_INDEXES } from '../../core/ingest/store';
import type { CoreContext } from '../../core/service';
import { openDatabase } from '../../db';
import { tempDir } from './helpers';
import { generateSarif } from '../ingest/gen-sarif';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

function open() {
  tmp = tempDir();
  const path = join(tmp.dir, 'bulk.sqlite');
  const d = openDatabase(path);
  const ctx: CoreContext = { db: d.db, runner: d.runner, dbPath: path, schemaVersion: d.schemaVersion, actor: 't', now: () => '2026-01-01T00:00:00.000Z' };
  const projectId = Number(d.sqlite.prepare(`INSERT INTO projects (name, created_at) VALUES ('P', 'now')`).run().lastInsertRowid);
  return { d, ctx, projectId };
}

const indexesOf = (d: ReturnType<typeof openDatabase>, tables: string[]) =>
  d.sqlite
    .prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY name`)
    .all(...tables) as { name: string; sql: string }[];

describe('bulk load', () => {
  it('keeps exactly the appended indexes while the rows go in, and builds the others after', () => {
    const { d } = open();
    const before = indexesOf(d, ['findings', 'locations']);
    const names = before.map((ix) => ix.name);
    // every appended index is one of the schema's (a renamed index would silently be rebuilt)
    for (const name of APPENDED_INDEXES) expect(names).toContain(name);
    // and the others are there too, to be dropped
    expect(names).toEqual(expect.arrayContaining(['findings_project_fingerprint', 'locations_path']));
    let during: string[] = [];
    d.runner.tx(() =>
      d.runner.bulkLoad!(['findings', 'locations'], () => {
        during = indexesOf(d, ['findings', 'locations']).map((ix) => ix.name);
      }, APPENDED_INDEXES),
    );
    expect(during).toEqual([...APPENDED_INDEXES].sort());
    expect(indexesOf(d, ['findings', 'locations'])).toEqual(before);
    d.close();
  });

  it('a throw inside the load leaves every index as it was', () => {
    const { d } = open();
    const before = indexesOf(d, ['findings', 'locations']);
    expect(() =>
      d.runner.tx(() =>
        d.runner.bulkLoad!(['findings', 'locations'], () => {
          throw new Error('stop');
        }, APPENDED_INDEXES),
      ),
    ).toThrow('stop');
    expect(indexesOf(d, ['findings', 'locations'])).toEqual(before);
    d.close();
  });

  it('a large first ingest leaves the schema as it was and every index agreeing with its rows', () => {
    const { d, ctx, projectId } = open();
    const before = indexesOf(d, ['findings', 'locations']);
    // (11,000 findings: over the bulk-load threshold, into an empty project)
    expect(ingestBytes(ctx, projectId, 'big.sarif', new TextEncoder().encode(generateSarif(11_000, 5)))).toMatchObject({ ok: true, added: 11_000 });
    expect(indexesOf(d, ['findings', 'locations'])).toEqual(before);
    expect(d.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // the kept indexes answer like the table: counts read through each one against a full scan
    const through = (index: string, where: string) => d.sqlite.prepare(`SELECT count(*) AS n FROM findings INDEXED BY ${index} WHERE ${where}`).get() as { n: number };
    const scan = (where: string) => d.sqlite.prepare(`SELECT count(*) AS n FROM findings NOT INDEXED WHERE ${where}`).get() as { n: number };
    for (const sev of ['critical', 'high', 'medium', 'low', 'info']) {
      expect(through('findings_project_severity', `project_id = ${projectId} AND severity = '${sev}'`)).toEqual(scan(`project_id = ${projectId} AND severity = '${sev}'`));
    }
    expect(through('findings_report', 'report_id > 0').n).toBe(11_000);
    d.close();
  });
});
