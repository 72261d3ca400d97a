import BetterSqlite3 from 'better-sqlite3';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpTables, tempDir } from '../db/helpers';
import { cli } from './helpers';
import { VENDORED } from '../team';

const CORPUS = `${VENDORED}/corpus`;
type Json = Record<string, unknown> & { [k: string]: unknown };
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** How many findings each file holds, counted from the file's own structure. */
function expectedCount(file: string): number {
  const d = JSON.parse(readFileSync(file, 'utf8')) as Json;
  if (file.endsWith('.sarif')) return arr(d.runs).reduce<number>((n, run) => n + arr((run as Json).results).length, 0);
  const name = basename(file);
  if (name.startsWith('bandit') || name.startsWith('semgrep')) return arr(d.results).length;
  if (name.startsWith('generic')) return arr(d.findings).length;
  if (name.startsWith('gosec')) return arr(d.Issues).length;
  if (name.startsWith('npm_audit_v6')) return Object.keys(d.advisories as object).length;
  if (name.startsWith('trivy')) {
    return arr(d.Results).reduce<number>((n, r) => {
      const res = r as Json;
      return n + arr(res.Vulnerabilities).length + arr(res.Misconfigurations).length + arr(res.Secrets).length;
    }, 0);
  }
  throw new Error(`no independent count for ${name}`);
}

const machineFiles = () =>
  ['sarif', 'json'].flatMap((d) => readdirSync(join(CORPUS, d)).sort().map((f) => join(CORPUS, d, f)));

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('punchlist-cli-');
});
afterAll(() => tmp.cleanup());

function dump(db: string) {
  const s = new BetterSqlite3(db, { readonly: true });
  try {
    return dumpTables(s);
  } finally {
    s.close();
  }
}

describe('punchlist ingest', () => {
  it('adds as many findings as each SARIF / scanner JSON file holds; a second ingest adds nothing', () => {
    const db = join(tmp.dir, 'corpus.sqlite');
    const files = machineFiles();
    const r = cli(['ingest', join(CORPUS, 'sarif'), join(CORPUS, 'json'), '--db', db]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(files.length);
    let total = 0;
    for (const file of files) {
      const line = lines.find((l) => l.startsWith(`${file}:`));
      expect(line, file).toBeDefined();
      const m = /added (\d+) findings?/.exec(line!);
      expect(m, line).not.toBeNull();
      expect(Number(m![1]), file).toBe(expectedCount(file));
      total += expectedCount(file);
    }
    const s = new BetterSqlite3(db, { readonly: true });
    expect(s.prepare('SELECT count(*) AS n FROM findings').get()).toEqual({ n: total });
    expect(s.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: files.length });
    s.close();

    const before = dump(db);
    const again = cli(['ingest', join(CORPUS, 'sarif'), join(CORPUS, 'json'), '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout.trim().split('\n').every((l) => l.endsWith(': already present'))).toBe(true);
    expect(dump(db)).toEqual(before);
  });

  it('rejects malformed SARIF with a one-line error naming the file, and leaves the database unchanged', () => {
    const db = join(tmp.dir, 'malformed.sqlite');
    expect(cli(['ingest', join(CORPUS, 'sarif', 'defectdojo_njsscan.sarif'), '--db', db]).code).toBe(0);
    const good = readFileSync(join(CORPUS, 'sarif', 'defectdojo_njsscan.sarif'), 'utf8');
    const spec = JSON.parse(readFileSync(join(CORPUS, 'sarif', 'defectdojo_suppression_test.sarif'), 'utf8'));
    const cases: Record<string, string> = {
      'truncated.sarif': good.slice(0, Math.floor(good.length / 2)),
      'old-version.sarif': JSON.stringify({ ...spec, version: '1.0.0' }),
      'results-object.sarif': JSON.stringify({ ...spec, runs: [{ ...spec.runs[0], results: { not: 'an array' } }] }),
      'bad-result-midway.sarif': JSON.stringify({
        ...spec,
        runs: [{ ...spec.runs[0], results: [...spec.runs[0].results.slice(0, 2), 42, ...spec.runs[0].results.slice(2)] }],
      }),
    };
    for (const [name, text] of Object.entries(cases)) {
      const file = join(tmp.dir, name);
      writeFileSync(file, text);
      const before = dump(db);
      const r = cli(['ingest', file, '--db', db]);
      expect(r.code, name).not.toBe(0);
      const errLines = r.stderr.trim().split('\n');
      expect(errLines, name).toHaveLength(1);
      expect(errLines[0]).toContain(file);
      expect(dump(db), name).toEqual(before);
    }
  });

  it('reports missing files and exits non-zero, still ingesting the others', () => {
    const db = join(tmp.dir, 'missing.sqlite');
    const missing = join(tmp.dir, 'nope.sarif');
    const r = cli(['ingest', missing, join(CORPUS, 'json', 'bandit_one_vuln.json'), '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(missing);
    expect(r.stderr).toMatch(/not found/);
    expect(r.stdout).toMatch(/bandit_one_vuln\.json: added 1 finding/);
  });
});
