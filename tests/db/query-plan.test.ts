import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingListQuery } from '../../core/service/handlers/findings-list';
import { openDatabase, type OpenDatabase } from '../../db';
import type { FindingFilter } from '../../shared/api';
import { tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let d: OpenDatabase;

beforeAll(() => {
  tmp = tempDir();
  d = openDatabase(join(tmp.dir, 'plan.sqlite'));
  // some rows so the plan is not over an empty schema
  const s = d.sqlite;
  s.prepare(`INSERT INTO projects (name, created_at) VALUES ('P', 'now')`).run();
  s.prepare(`INSERT INTO reports (project_id, source_path, sha256, format, ingested_at) VALUES (1, 'r', 'h', 'sarif', 'now')`).run();
  const f = s.prepare(
    `INSERT INTO findings (project_id, report_id, title, severity, status, fingerprint, body, created_at, updated_at)
     VALUES (1, 1, ?, ?, ?, ?, '', 'now', 'now')`,
  );
  const l = s.prepare(`INSERT INTO locations (finding_id, ordinal, path) VALUES (?, 0, ?)`);
  s.transaction(() => {
    for (let i = 1; i <= 2000; i++) {
      f.run(`t${i}`, ['high', 'low', null][i % 3], ['open', 'fixed'][i % 2], `fp${i}`);
      l.run(i, `src/m${i % 50}/f${i}.ts`);
    }
  })();
  s.exec(`INSERT INTO findings_fts(rowid, title, body, paths, rule_id) SELECT f.id, f.title, f.body, l.path, f.rule_id FROM findings f JOIN locations l ON l.finding_id = f.id`);
  s.exec('ANALYZE');
});
afterAll(() => {
  d.close();
  tmp.cleanup();
});

function plan(filter: FindingFilter): string[] {
  const c = findingListQuery(d.db, filter).compile();
  const rows = d.sqlite.prepare(`EXPLAIN QUERY PLAN ${c.sql}`).all(...c.parameters.map((p) => (typeof p === 'boolean' ? Number(p) : p))) as {
    detail: string;
  }[];
  return rows.map((r) => r.detail);
}

const scansFindings = (lines: string[]) => lines.some((l) => /^SCAN (f|findings)\b/.test(l));

describe('query plans', () => {
  it('board query (project + status / severity) searches an index', () => {
    for (const filter of [
      { projectId: 1 },
      { projectId: 1, status: ['open' as const] },
      { projectId: 1, severity: ['high' as const, 'unrated' as const] },
      { projectId: 1, status: ['open' as const, 'in_progress' as const], severity: ['critical' as const] },
    ]) {
      const p = plan(filter);
      expect(scansFindings(p), p.join('\n')).toBe(false);
      expect(p.some((l) => /SEARCH f USING (COVERING )?INDEX findings_project(_\w+)? \(/.test(l)), p.join('\n')).toBe(true);
      expect(p.some((l) => /SCAN l\b/.test(l)), p.join('\n')).toBe(false);
    }
  });

  it('the whole board comes in id order from findings(project_id): no sort of every row', () => {
    const p = plan({ projectId: 1 });
    expect(p.some((l) => /INDEX findings_project \(project_id=\?\)/.test(l)), p.join('\n')).toBe(true);
    expect(p.some((l) => /TEMP B-TREE/.test(l)), p.join('\n')).toBe(false);
  });

  it('a batch of the board (afterId + limit) seeks to its first id, no sort; a card refresh (ids) looks the ids up', () => {
    const p = plan({ projectId: 1, afterId: 1000, limit: 500 });
    // by id from the batch's start: through findings(project_id) or the primary key, in id order either way
    expect(p.some((l) => /SEARCH f USING (INTEGER PRIMARY KEY \(rowid>\?\)|(COVERING )?INDEX findings_project \(project_id=\? AND rowid>\?\))/.test(l)), p.join('\n')).toBe(true);
    expect(scansFindings(p), p.join('\n')).toBe(false);
    expect(p.some((l) => /TEMP B-TREE/.test(l)), p.join('\n')).toBe(false);
    const ids = plan({ projectId: 1, ids: [3, 5, 8] });
    expect(scansFindings(ids), ids.join('\n')).toBe(false);
  });

  it('search and path-prefix queries use the FTS index and locations(path)', () => {
    const text = plan({ projectId: 1, text: 'redis cache' });
    expect(scansFindings(text), text.join('\n')).toBe(false);
    expect(text.some((l) => /findings_fts VIRTUAL TABLE INDEX/.test(l)), text.join('\n')).toBe(true);
    expect(text.some((l) => /SEARCH f USING INTEGER PRIMARY KEY/.test(l)), text.join('\n')).toBe(true);
    expect(text.some((l) => /TEMP B-TREE/.test(l)), text.join('\n')).toBe(false);
    const textAndStatus = plan({ projectId: 1, text: 'redis', status: ['open'] });
    expect(scansFindings(textAndStatus), textAndStatus.join('\n')).toBe(false);
    const path = plan({ projectId: 1, pathPrefix: 'src/m1' });
    expect(scansFindings(path), path.join('\n')).toBe(false);
    expect(path.some((l) => /locations_path/.test(l)), path.join('\n')).toBe(true);
  });

  it('the full-text table keeps a 3-character prefix index (typing "con" reads one doclist, not every con* term)', () => {
    const { sql } = d.sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = 'findings_fts'`).get() as { sql: string };
    expect(sql).toMatch(/prefix\s*=\s*'3'/);
    // and a prefix query answers the same rows as the terms it stands for
    const ids = (q: string) => (d.sqlite.prepare(`SELECT rowid FROM findings_fts WHERE findings_fts MATCH ? ORDER BY rowid`).all(q) as { rowid: number }[]).map((r) => r.rowid);
    const viaPrefix = ids('"t19"*');
    expect(viaPrefix.length).toBeGreaterThan(10);
    const terms = ['t19', ...Array.from({ length: 10 }, (_, i) => `t19${i}`), ...Array.from({ length: 100 }, (_, i) => `t19${String(i).padStart(2, '0')}`)];
    expect(viaPrefix).toEqual(ids(terms.join(' OR ')));
  });
});
