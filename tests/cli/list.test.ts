import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../core/ingest/index';
import type { FindingCard } from '../../shared/api';
import { tempDir } from '../db/helpers';
import { seedFiles } from '../service/helpers';
import { cli } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const parsed = () => seedFiles().flatMap((f) => parseReportBytes(readFileSync(f), f).findings);

beforeAll(() => {
  tmp = tempDir('punchlist-cli-list-');
  db = join(tmp.dir, 'list.sqlite');
  const r = cli(['ingest', ...seedFiles(), '--db', db, '--project', 'Seeds']);
  expect(r.code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('punchlist list', () => {
  it('prints JSON cards, filtered', () => {
    const all = parsed();
    const r = cli(['list', '--json', '--project', 'Seeds', '--severity', 'critical,high', '--status', 'open'], { PUNCHLIST_DB: db });
    expect(r.code).toBe(0);
    const cards = JSON.parse(r.stdout) as FindingCard[];
    const want = all.filter((f) => (f.severity === 'critical' || f.severity === 'high') && f.status === 'open');
    expect(cards.length).toBe(want.length);
    expect(cards.every((c) => ['critical', 'high'].includes(c.severity!) && c.status === 'open')).toBe(true);
    expect(Object.keys(cards[0])).toEqual(expect.arrayContaining(['id', 'title', 'severity', 'status', 'primaryPath']));
  });

  it('searches and prints a readable table', () => {
    const r = cli(['list', '--search', 'redis', '--project', 'Seeds', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout.toLowerCase()).toContain('redis');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(0);
  });

  it('fails with exit 1 for an unknown project', () => {
    const r = cli(['list', '--project', 'Nope', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Nope/);
  });
});
