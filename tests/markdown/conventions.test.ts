// Reports in conventions the seeds do not use (tests/markdown/conventions, README there): one per
// convention the extractor serves, with expectations written from each report's text in the
// goldens' format, scored as the team's checker scores. The goal is the issue's: an overall score of
// at least 0.95 and at least 95 % of the findings found, and no section heading taken for a finding.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../core/ingest/index';
import { scoreGolden, type Golden, type GoldenScore } from './golden-score';

const DIR = join(__dirname, 'conventions');
const goldens = readdirSync(DIR)
  .filter((n) => n.endsWith('.golden.json'))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(DIR, n), 'utf8')) as Golden);

const memo = new Map<string, GoldenScore>();
function score(g: Golden): GoldenScore {
  let s = memo.get(g.source);
  if (!s) {
    s = scoreGolden(parseReportBytes(readFileSync(join(DIR, g.source)), g.source), g);
    memo.set(g.source, s);
  }
  return s;
}

describe('reports in unseen conventions', () => {
  for (const g of goldens) {
    it(`${g.source}: no heading taken for a finding, most checks hold`, () => {
      const s = score(g);
      expect(s.headingsTaken).toEqual([]);
      // each report on its own: at most one check in ten may miss (the set as a whole is held to more)
      expect(s.pass / s.total, s.failures.join('\n')).toBeGreaterThanOrEqual(0.9);
    });
  }
  it('the whole set scores at least 0.95 with at least 95 % of the findings found', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(30);
    const all = goldens.map(score);
    const pass = all.reduce((n, s) => n + s.pass, 0);
    const total = all.reduce((n, s) => n + s.total, 0);
    const matched = all.reduce((n, s) => n + s.matched, 0);
    const expected = all.reduce((n, s) => n + s.expected, 0);
    expect(pass / total).toBeGreaterThanOrEqual(0.95);
    expect(matched / expected).toBeGreaterThanOrEqual(0.95);
  });
});
