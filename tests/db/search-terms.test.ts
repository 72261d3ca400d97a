// Search over a SARIF log whose findings share rule texts (stored once: db/finding-body.ts, indexed
// once: db/fts.ts RULE_MARK), with the full-text index at detail=none, where prefix terms of 4+
// letters are answered as an OR of the index's words that start so (db/fts.ts matchExpression).
// Expected values: what search did before -- FTS5's plain prefix query over every finding's whole
// body, in a separate table filled here from the stored rows read with plain SQL -- and the bodies.
import BetterSqlite3 from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../core/service';
import { ftsQuery } from '../../db/fts';
import { generateSarif } from '../ingest/gen-sarif';
import { ok } from '../service/helpers';
import { tempDir } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let core: Core;
let dbPath: string;
let projectId: number;

/** a log whose messages hold 100 words starting "zeta" (more than one search expands into) */
function manyWordsLog(): string {
  const results = Array.from({ length: 100 }, (_, i) => ({
    ruleId: 'R1',
    message: { text: `Value zeta${String(i).padStart(3, '0')} Ärger naïve café reached the sink.` },
    locations: [{ physicalLocation: { artifactLocation: { uri: `src/zeta/file${i}.ts` }, region: { startLine: i + 1 } } }],
  }));
  return JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Zeta', rules: [{ id: 'R1', shortDescription: { text: 'Zeta rule' }, fullDescription: { text: 'Exploitable zetaflow reaching a sink.' } }] } }, results }],
  });
}

beforeAll(async () => {
  tmp = tempDir();
  dbPath = join(tmp.dir, 'search.sqlite');
  const big = join(tmp.dir, 'gen.sarif');
  writeFileSync(big, generateSarif(3000, 5));
  const many = join(tmp.dir, 'zeta.sarif');
  writeFileSync(many, manyWordsLog());
  core = openCore({ dbPath, actor: 'test' });
  projectId = ok(await core.call('projects.list', {}))[0].id;
  for (const r of ok(await core.call('ingest.paths', { projectId, paths: [big, many] }))) if (!r.ok) throw new Error(r.error);
});
afterAll(() => {
  reference?.close();
  core?.close();
  tmp?.cleanup();
});

/** ids findings.list returns for `text` (no limit), in order */
async function listed(text: string): Promise<number[]> {
  return ok(await core.call('findings.list', { projectId, text })).map((c) => c.id);
}

/** every finding's whole body, title, paths and rule, as stored (plain SQL) */
const WHOLE = `SELECT f.id, f.title,
    CASE WHEN f.rule_text_id IS NULL THEN f.body WHEN f.body = '' THEN rt.text ELSE f.body || char(10, 10) || rt.text END AS body,
    (SELECT group_concat(p.path, ' ') FROM locations l JOIN paths p ON p.id = l.path_id WHERE l.finding_id = f.id) AS paths,
    trim(coalesce(f.ref, '') || ' ' || coalesce(f.rule_id, '')) AS rule
  FROM findings f LEFT JOIN rule_texts rt ON rt.id = f.rule_text_id ORDER BY f.id`;

let reference: BetterSqlite3.Database | null = null;
/** ids FTS5 matches for the plain prefix query of `text` over the whole bodies (a table of its own, default options) */
function plainFts(text: string): number[] {
  if (!reference) {
    reference = new BetterSqlite3(':memory:');
    reference.exec(`CREATE VIRTUAL TABLE t USING fts5(title, body, paths, rule, tokenize="unicode61 remove_diacritics 2")`);
    const stored = new BetterSqlite3(dbPath, { readonly: true });
    const add = reference.prepare('INSERT INTO t(rowid, title, body, paths, rule) VALUES (?, ?, ?, ?, ?)');
    for (const r of stored.prepare(WHOLE).raw().all() as unknown[][]) add.run(...r);
    stored.close();
  }
  return (reference.prepare('SELECT rowid FROM t WHERE t MATCH ? ORDER BY rowid').all(ftsQuery(text)) as Array<{ rowid: number }>).map((r) => r.rowid);
}

describe('search over shared rule texts and a detail=none index', () => {
  it('the rule texts are stored once, not in every body', () => {
    const db = new BetterSqlite3(dbPath, { readonly: true });
    const texts = db.prepare('SELECT count(*) AS n FROM rule_texts').get() as { n: number };
    const linked = db.prepare('SELECT count(*) AS n FROM findings WHERE rule_text_id IS NOT NULL').get() as { n: number };
    const repeated = db.prepare(`SELECT count(*) AS n FROM findings WHERE body LIKE '%**Rule:**%'`).get() as { n: number };
    db.close();
    expect(texts.n).toBe(13); // 12 rules of the generated log, 1 of the other
    expect(linked.n).toBe(3100);
    expect(repeated.n).toBe(0);
  });

  it('finds the same findings as FTS5 prefix queries: words, prefixes, pairs, case, digits, accents', async () => {
    const queries = [
      'sanitize', 'san', 'sani', 'Sanitize', 'SANIT', 'handler', 'handler1', 'han', 'routes views', 'rout view', 'attacker',
      'injection', 'js sql', 'cwe', 'zeta', 'zeta0', 'zeta09', 'zetaflow', 'ärger', 'arger', 'naive', 'naïve', 'cafe', 'café',
      'src/zeta/file7', 'no-such-word-here', 'x', '12', 'line 17', 'unchanged',
    ];
    for (const q of queries) {
      const want = plainFts(q);
      expect(await listed(q), q).toEqual(want);
    }
    // and the queries above do find things, through the rule text too
    expect((await listed('attacker')).length).toBe(3000); // only in the generated rules' description
    expect((await listed('zeta')).length).toBe(100); // more words than one search expands into
    expect((await listed('zetaflow sink')).length).toBe(100);
  });

  it('a word of the rule text finds exactly the findings whose body shows it', async () => {
    const db = new BetterSqlite3(dbPath, { readonly: true });
    const bodies = db.prepare(WHOLE).all() as Array<{ id: number; body: string }>;
    db.close();
    const withWord = (w: RegExp) => bodies.filter((b) => w.test(b.body)).map((b) => b.id);
    expect((await listed('Recommendation')).length).toBe(3000); // help text (kept in logs of up to 10,000 results)
    expect(await listed('Recommendation')).toEqual(withWord(/\brecommendation/i));
    expect(await listed('allow attacker')).toEqual(withWord(/\ballow\b[\s\S]*\battacker/i));
    expect(await listed('Uncontrolled')).toEqual(withWord(/\buncontrolled/i));
  });
});
