// `punchlist list` over the five seeds; expected findings come from the seeds' goldens.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES, STATUSES } from '../../shared/types';
import { tempDir } from '../db/helpers';
import { expectGoldenSelection, requiredFindings, seedGoldens, statusMay, statusWithin, titleKey, type GoldenFinding } from '../goldens';
import { seedFiles } from '../service/helpers';
import { generateSarif } from '../ingest/gen-sarif';
import { BIN, cli, ROOT } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const goldens = seedGoldens();

beforeAll(() => {
  tmp = tempDir('punchlist-cli-list-');
  db = join(tmp.dir, 'list.sqlite');
  const r = cli(['ingest', ...seedFiles(), '--db', db, '--project', 'Seeds']);
  expect(r.code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('punchlist list', () => {
  it('prints JSON cards, filtered', () => {
    const r = cli(['list', '--json', '--project', 'Seeds', '--severity', 'critical,high', '--status', 'open'], { PUNCHLIST_DB: db });
    expect(r.code).toBe(0);
    const cards = JSON.parse(r.stdout) as FindingCard[];
    const severe = (f: GoldenFinding) => f.severity === 'critical' || f.severity === 'high';
    expectGoldenSelection(
      cards.map((c) => c.title),
      goldens,
      (f) => severe(f) && statusWithin(['open'])(f),
      (f) => severe(f) && statusMay(['open'])(f),
    );
    expect(cards.every((c) => ['critical', 'high'].includes(c.severity!) && c.status === 'open')).toBe(true);
    expect(Object.keys(cards[0])).toEqual(expect.arrayContaining(['id', 'title', 'severity', 'status', 'primaryPath']));
  });

  it('searches and prints a readable table: one line per finding found', () => {
    const r = cli(['list', '--search', 'redis', '--project', 'Seeds', '--db', db]);
    expect(r.code).toBe(0);
    const json = JSON.parse(cli(['list', '--search', 'redis', '--project', 'Seeds', '--db', db, '--json']).stdout) as FindingCard[];
    const lines = r.stdout.trimEnd().split('\n');
    // the goldens' three findings titled with Redis are there, each on its own line
    const titled = requiredFindings(goldens).filter((f) => /redis/i.test(f.title));
    expect(titled).toHaveLength(3);
    expectGoldenSelection(json.map((c) => c.title), goldens, (f) => titled.includes(f), () => true);
    expect(lines).toHaveLength(json.length);
    const row = new RegExp(`^#(\\d+) +(${[...SEVERITIES, 'unrated'].join('|')}) +(${STATUSES.join('|')}) +(.+)$`);
    lines.forEach((line, i) => {
      const m = row.exec(line);
      expect(m, line).not.toBeNull();
      expect(Number(m![1])).toBe(json[i].id);
      expect(m![2]).toBe(json[i].severity ?? 'unrated');
      expect(m![3]).toBe(json[i].status);
      expect(m![4]).toContain(json[i].title);
    });
    for (const g of titled) expect(lines.some((l) => titleKey(l).includes(titleKey(g.title))), g.title).toBe(true);
  });

  it('fails with exit 1 for an unknown project', () => {
    const r = cli(['list', '--project', 'Nope', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nope/);
  });
});

describe('punchlist list into a pipe', () => {
  // the CLI writes with fs.writeSync until a stream is needed (core/cli/io.ts): output larger than a
  // pipe holds arrives whole, and a reader that stops early ends it quietly, exit code 0
  it('writes all of a long listing, and stops quietly when the reader goes away', () => {
    const big = join(tmp.dir, 'big.sqlite');
    const sarif = join(tmp.dir, 'big.sarif');
    writeFileSync(sarif, generateSarif(2000, 4));
    expect(cli(['ingest', sarif, '--db', big]).code).toBe(0);
    const all = cli(['list', '--json', '--db', big]);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout.length).toBeGreaterThan(1 << 18); // several pipe buffers
    expect((JSON.parse(all.stdout) as unknown[]).length).toBe(2000);

    const head = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" list --json --db "${big}" | head -c 100 >/dev/null; echo "status \${PIPESTATUS[0]}"`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PUNCHLIST_DB: undefined },
      timeout: 120_000,
    });
    expect(head.stderr).toBe('');
    expect(head.stdout).toBe('status 0\n');
  });
});
