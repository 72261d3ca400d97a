// Explaining a report must not change what is extracted: the import review shows the explained
// parse beside the findings the normal parse stored, and rules match findings between the two.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainReportBytes, parseReportBytes } from '../../core/ingest/index';

const FIX = join(__dirname, '..', 'fixtures');
const dirs = [join(__dirname, 'conventions'), join(FIX, 'seeds'), join(FIX, 'corpus', 'markdown'), join(FIX, 'markdown')];
const files = dirs.flatMap((d) => readdirSync(d).filter((n) => /\.(md|txt)$/.test(n) && n !== 'README.md').map((n) => join(d, n)));

describe('explaining a Markdown report gives the same report as parsing it', () => {
  it('covers the fixtures', () => expect(files.length).toBeGreaterThan(80));
  for (const f of files) {
    it(f.slice(f.indexOf('tests/')), () => {
      const bytes = readFileSync(f);
      const explained = explainReportBytes(bytes, f);
      expect(explained.rejected).not.toBeNull();
      expect(explained.report).toEqual(parseReportBytes(bytes, f));
    });
  }
});
