// The six public corpus reports and our own reports in conventions the seeds do not use,
// against hand-written expectations in tests/fixtures/markdown/*.expected.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../core/ingest/markdown/index';
import { compare, type Expected } from './fixture-check';
import { VENDORED } from '../team';

const FIXTURES = join(__dirname, '..', 'fixtures', 'markdown');
const CORPUS = `${VENDORED}/corpus/markdown`;

const cases = readdirSync(FIXTURES)
  .filter((n) => n.endsWith('.expected.json'))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(FIXTURES, n), 'utf8')) as Expected);

function inputPath(source: string): string {
  return source.startsWith('corpus:') ? join(CORPUS, source.slice('corpus:'.length)) : join(FIXTURES, source);
}

describe('markdown fixtures', () => {
  it('has the six corpus expectations and several unseen conventions', () => {
    expect(cases.filter((c) => c.source.startsWith('corpus:')).length).toBe(6);
    expect(cases.filter((c) => !c.source.startsWith('corpus:')).length).toBeGreaterThanOrEqual(4);
  });
  for (const exp of cases) {
    it(exp.source, () => {
      const rep = parseMarkdown(readFileSync(inputPath(exp.source), 'utf8'));
      expect(rep.report.format).toBe('markdown');
      expect(compare(rep, exp)).toEqual([]);
    });
  }
});
