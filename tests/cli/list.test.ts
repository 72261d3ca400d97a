// `punchlist list` over the five seeds; expected findings come from the seeds' goldens.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FindingCard } from '../../shared/api';
import { SEVERITIES, STATUSES } from '../../shared/types';
import { tempDir } from '../db/helpers';
import { expectGoldenSelection, requiredFindings, seedGoldens, statusMay, statusWithin, titleKey, type GoldenFinding } from '../goldens';
import { seedFiles } from '../service/helpers';
import { cli } from './helpers';

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
