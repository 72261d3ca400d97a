// The streaming SARIF path (core/ingest/sarif-stream.ts) against the whole-document path: the same
// findings on every corpus SARIF and on generated logs, the same errors on broken ones, and the same
// stored rows when a large log is ingested part by part.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReportBytes, parseReportText } from '../../core/ingest/index';
import { SARIF_STREAM_MIN_BYTES, parseSarifBytes, reportParts } from '../../core/ingest/sarif-stream';
import { ingestBytes } from '../../core/ingest/reingest';
import { PARSE_THREAD_MIN, startedThreads, useParseThreadScript } from '../../core/ingest/sarif-parallel';
import type { CoreContext } from '../../core/service';
import { openDatabase } from '../../db';
import type { ParsedReport } from '../../shared/types';
import { tempDir } from '../db/helpers';
import { generateSarif } from '../ingest/gen-sarif';
import { CORPUS, FIXTURES } from '../ingest/helpers';

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const whole = (bytes: Uint8Array, name: string) => parseReportText(Buffer.from(bytes).toString('utf8'), name);
const neverBroken = (): never => {
  throw new Error('a slice of a valid log was refused');
};
const plain = (p: ParsedReport) => ({ report: p.report, findings: p.findings, checklists: p.checklists, fixOrder: p.fixOrder });

function sarifFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...sarifFiles(p));
    else if (e.name.endsWith('.sarif')) out.push(p);
  }
  return out.sort();
}

function expectSame(bytes: Uint8Array, name: string): ParsedReport {
  const streamed = parseSarifBytes(bytes, neverBroken);
  expect(streamed, `${name}: streamed`).not.toBeNull();
  const expected = plain(whole(bytes, name));
  // all at once through `findings`, and part by part as the store reads it
  const parts = [...reportParts(streamed!)];
  expect(parts.flatMap((p) => p.findings)).toEqual(expected.findings);
  for (const p of parts) expect(p.report).toEqual(expected.report);
  expect(plain(streamed!)).toEqual(expected);
  return streamed!;
}

describe('streaming SARIF parse = whole-document parse', () => {
  const corpus = sarifFiles(join(CORPUS, 'sarif'));
  it('finds the corpus', () => expect(corpus.length).toBeGreaterThanOrEqual(4));

  for (const file of corpus) {
    it(`corpus ${file.split('/').pop()}`, () => {
      const bytes = new Uint8Array(readFileSync(file));
      const r = expectSame(bytes, file);
      expect(r.findings.length).toBe(whole(bytes, file).findings.length);
    });
  }

  it('every SARIF fixture in the tests either streams to the same findings or is refused by both paths', () => {
    const files = sarifFiles(FIXTURES);
    let streamed = 0;
    let refusedByBoth = 0;
    let readable = 0;
    for (const file of files) {
      const bytes = new Uint8Array(readFileSync(file));
      let expected: ReturnType<typeof plain> | Error;
      try {
        expected = plain(whole(bytes, file));
        readable++;
      } catch (e) {
        expected = e as Error;
      }
      const s = parseSarifBytes(bytes, () => {
        throw new Error('broken');
      });
      if (expected instanceof Error) {
        // the whole-document path refuses it: the stream leaves it to that path, or (when its scan
        // accepted the structure) reading the broken result slice throws
        if (s !== null) expect(() => s.findings, file).toThrow();
        refusedByBoth++;
        continue;
      }
      // every log the whole-document path reads (plainly shaped, as all of these are) streams too
      expect(s, `${file}: streamed`).not.toBeNull();
      expect(plain(s!), file).toEqual(expected);
      streamed++;
    }
    // the fixtures' own structure: the logs under malformed/ are refused by both paths, every other
    // one (the corpus and the other real logs) is read, and streams
    const malformed = files.filter((f) => f.includes('/malformed/')).length;
    expect(malformed).toBeGreaterThanOrEqual(4);
    expect(files.length - malformed).toBeGreaterThanOrEqual(5);
    expect({ streamed, readable, refusedByBoth }).toEqual({ streamed: files.length - malformed, readable: files.length - malformed, refusedByBoth: malformed });
  });

  it('generated logs, with and without rule help in the bodies, several runs', () => {
    for (const [n, seed] of [
      [1, 1],
      [700, 2],
      [12_000, 3],
    ] as const) {
      const text = generateSarif(n, seed);
      const r = expectSame(utf8(text), `gen-${n}.sarif`);
      expect(r.findings).toHaveLength(n);
      // two runs, the second with its results before its tool, and odd spacing between results
      const log = JSON.parse(text) as { runs: Array<Record<string, unknown>> };
      const second = JSON.parse(generateSarif(Math.min(n, 50), seed + 10)) as { runs: Array<Record<string, unknown>> };
      const run2 = { results: second.runs[0].results, ...second.runs[0] };
      const two = JSON.stringify({ ...log, runs: [log.runs[0], run2] }, null, seed === 2 ? 2 : undefined);
      expectSame(utf8(two), `gen-${n}-two-runs.sarif`);
    }
  });

  it('non-ASCII text, escapes and empty / null results', () => {
    const log = {
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'T' } }, results: null },
        { tool: { driver: { name: 'Ü', rules: [{ id: 'r"1', shortDescription: { text: 'Ünïcødé \u2028 "q"' } }] } }, results: [] },
        {
          tool: { driver: { name: 'Ü', rules: [{ id: 'r"1', shortDescription: { text: 'Ünïcødé "q" \\ end' } }] } },
          results: [
            { ruleId: 'r"1', message: { text: 'naïve {[}] "quoted" \\ back\\\\slash \u0001 😀' }, locations: [] },
            { ruleIndex: 0, message: { text: 'second' }, properties: { 'x]': '[{' } },
          ],
        },
      ],
    };
    expectSame(utf8(JSON.stringify(log)), 'escapes.sarif');
    expectSame(utf8(JSON.stringify(log, null, '\t')), 'escapes-tabs.sarif');
  });
});

/**
 * `valid` with a bad escape inside one result from `from` (a fraction of its length) on: the
 * structure scan passes, that slice's JSON.parse does not. `expected`: the whole-document error.
 */
function brokenLog(valid: string, from: number): { bytes: Uint8Array; expected: string } {
  const at = valid.indexOf('sanitize it before use', Math.floor(valid.length * from));
  const bytes = utf8(valid.slice(0, at) + '\\q' + valid.slice(at));
  let expected = '';
  try {
    whole(bytes, 'big.sarif');
  } catch (e) {
    expected = (e as Error).message;
  }
  expect(expected).toMatch(/big\.sarif: SARIF: invalid JSON at line 1/);
  return { bytes, expected };
}

describe('anything unusual goes to the whole-document path', () => {
  const good = generateSarif(30, 5);
  it('returns null for shapes it does not stream', () => {
    for (const text of [
      '\ufeff' + good, // BOM
      good.slice(0, good.length - 40), // truncated
      good.replace('"version":"2.1.0"', '"version":"2.0.0"'),
      good.replace('"runs":[', '"runs":[1,'), // a run that is not an object
      good.replace('"results":[', '"results":[7,'), // a result that is not an object
      good.replace('"runs":', '"runs":[],"runs":'), // duplicate runs
      '[' + good + ']',
      '{"version":"2.1.0","runs":{}}',
      good + ' x',
    ]) {
      expect(parseSarifBytes(utf8(text), neverBroken)).toBeNull();
    }
    expect(parseSarifBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), neverBroken)).toBeNull(); // not UTF-8
  });

  it('a broken result inside a large log gives the whole-document error', () => {
    const valid = generateSarif(9_000, 7);
    const { bytes, expected } = brokenLog(valid, 0.5);
    expect(bytes.length).toBeGreaterThanOrEqual(SARIF_STREAM_MIN_BYTES);
    const parsed = parseReportBytes(bytes, 'big.sarif');
    expect(() => parsed.findings).toThrow(expected);
    // and truncated: the scan refuses it, parseReportBytes throws at once
    const cut = utf8(valid.slice(0, valid.length - 100));
    expect(cut.length).toBeGreaterThanOrEqual(SARIF_STREAM_MIN_BYTES);
    expect(() => parseReportBytes(cut, 'big.sarif')).toThrow(/big\.sarif: SARIF: invalid JSON .*truncated/);
  });
});

describe('a large log is stored part by part with the same rows', () => {
  let tmp: ReturnType<typeof tempDir>;
  afterEach(() => tmp?.cleanup());

  function context(path: string) {
    const d = openDatabase(path);
    const ctx: CoreContext = { db: d.db, runner: d.runner, dbPath: path, schemaVersion: d.schemaVersion, actor: 't', now: () => '2026-01-01T00:00:00.000Z' };
    const projectId = Number(d.sqlite.prepare(`INSERT INTO projects (name, created_at) VALUES ('P', 'now')`).run().lastInsertRowid);
    return { d, ctx, projectId };
  }

  it('streamed ingest and whole-document ingest store identical findings, locations and FTS rows', () => {
    tmp = tempDir();
    const bytes = utf8(generateSarif(11_000, 11));
    expect(bytes.length).toBeGreaterThanOrEqual(SARIF_STREAM_MIN_BYTES);
    const dump = (d: ReturnType<typeof openDatabase>) => ({
      findings: d.sqlite.prepare('SELECT * FROM findings ORDER BY id').all(),
      locations: d.sqlite.prepare('SELECT * FROM locations ORDER BY id').all(),
      fts: d.sqlite.prepare(`SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH '"sanitize"*'`).get(),
      foreignKeys: d.sqlite.prepare('PRAGMA foreign_key_check').all(),
    });
    const a = context(join(tmp.dir, 'stream.sqlite'));
    expect(ingestBytes(a.ctx, a.projectId, 'big.sarif', bytes)).toMatchObject({ ok: true, added: 11_000 });
    const b = context(join(tmp.dir, 'whole.sqlite'));
    expect(ingestBytes(b.ctx, b.projectId, 'big.sarif', bytes, whole)).toMatchObject({ ok: true, added: 11_000 });
    const da = dump(a.d);
    const db = dump(b.d);
    expect(da.findings).toHaveLength(11_000);
    expect(da.foreignKeys).toEqual([]);
    expect(da).toEqual(db);
    a.d.close();
    b.d.close();
  });

  it("a first ingest's gate counts the findings it stored (streamed and whole-document)", () => {
    tmp = tempDir();
    const bytes = utf8(generateSarif(11_000, 13));
    // new findings by severity, from the stored rows: neither triaged away nor suppressed in the
    // source (a suppression counts only while under review or rejected)
    const stored = (d: ReturnType<typeof openDatabase>) => {
      const rows = d.sqlite
        .prepare(
          `SELECT coalesce(severity, 'unrated') AS severity, count(*) AS n FROM findings
            WHERE status NOT IN ('false_positive', 'wont_fix', 'duplicate')
              AND (suppression IS NULL OR json_extract(suppression, '$.status') IN ('underReview', 'rejected'))
            GROUP BY 1`,
        )
        .all() as { severity: string; n: number }[];
      return Object.fromEntries(['critical', 'high', 'medium', 'low', 'info', 'unrated'].map((s) => [s, rows.find((r) => r.severity === s)?.n ?? 0]));
    };
    for (const [file, parse] of [['stream.sqlite', undefined], ['whole.sqlite', whole]] as const) {
      const a = context(join(tmp.dir, file));
      const r = ingestBytes(a.ctx, a.projectId, 'big.sarif', bytes, parse);
      if (!r.ok) throw new Error(r.error);
      const expected = stored(a.d);
      const counted = Object.values(expected).reduce((x, y) => x + y, 0);
      expect(counted).toBeGreaterThan(0);
      expect(counted).toBeLessThan(11_000); // the log's accepted suppressions are not counted
      expect(r.gate?.newBySeverity, file).toEqual(expected);
      a.d.close();
    }
  });

  // a file of 4 MB or more is read into shared memory (core/ingest/files.ts); a log of
  // PARSE_THREAD_MIN results or more is then parsed on a thread beside the store (sarif-parallel.ts),
  // whose script is a built file, as in the CLI's bundle (scripts/build-cli.mjs)
  let threadDir: ReturnType<typeof tempDir>;
  beforeAll(() => {
    threadDir = tempDir();
    const file = join(threadDir.dir, 'sarif-thread.mjs');
    buildSync({ entryPoints: [new URL('../../core/ingest/sarif-thread.ts', import.meta.url).pathname], outfile: file, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error' });
    useParseThreadScript(file);
  });
  afterAll(() => {
    useParseThreadScript(null);
    threadDir.cleanup();
  });
  const shared = (bytes: Uint8Array) => {
    const out = new Uint8Array(new SharedArrayBuffer(bytes.length));
    out.set(bytes);
    return out;
  };

  it('a log parsed on a parse thread stores the same rows as one parsed on the store\'s thread', () => {
    tmp = tempDir();
    const n = PARSE_THREAD_MIN + 500;
    const bytes = shared(utf8(generateSarif(n, 12)));
    const dump = (d: ReturnType<typeof openDatabase>) => ({
      findings: d.sqlite.prepare('SELECT * FROM findings ORDER BY id').all(),
      locations: d.sqlite.prepare('SELECT * FROM locations ORDER BY id').all(),
      fts: d.sqlite.prepare(`SELECT count(*) AS n FROM findings_fts WHERE findings_fts MATCH '"sanitize"* "lib"*'`).get(),
      foreignKeys: d.sqlite.prepare('PRAGMA foreign_key_check').all(),
    });
    const threads = startedThreads();
    const a = context(join(tmp.dir, 'thread.sqlite'));
    expect(ingestBytes(a.ctx, a.projectId, 'big.sarif', bytes)).toMatchObject({ ok: true, added: n });
    expect(startedThreads() - threads).toBe(1); // it did run on a thread
    const b = context(join(tmp.dir, 'whole.sqlite'));
    expect(ingestBytes(b.ctx, b.projectId, 'big.sarif', bytes, whole)).toMatchObject({ ok: true, added: n });
    const da = dump(a.d);
    expect(da.findings).toHaveLength(n);
    expect(da.foreignKeys).toEqual([]);
    expect(da).toEqual(dump(b.d));
    a.d.close();
    b.d.close();
  });

  it('a broken result found by the parse thread: the whole-document error, nothing stored', () => {
    tmp = tempDir();
    const broken = brokenLog(generateSarif(PARSE_THREAD_MIN + 500, 13), 0.8);
    const bytes = shared(broken.bytes);
    const expected = broken.expected;
    const threads = startedThreads();
    const a = context(join(tmp.dir, 'broken.sqlite'));
    const r = ingestBytes(a.ctx, a.projectId, 'big.sarif', bytes);
    expect(startedThreads() - threads).toBe(1);
    expect(r).toMatchObject({ ok: false, error: expected });
    expect(a.d.sqlite.prepare('SELECT count(*) AS n FROM findings').get()).toEqual({ n: 0 });
    expect(a.d.sqlite.prepare('SELECT count(*) AS n FROM reports').get()).toEqual({ n: 0 });
    a.d.close();
  });
});
