// Each finding names the section that holds it and its place in its record set, so a correction
// made on one version of a report ("every item like this one") finds the same set in the next
// version even when lines above it moved.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainReportBytes, parseReportBytes } from '../../core/ingest/index';

const file = join(__dirname, 'conventions', 'qa-bold-records-field-lists.md');
const bytes = readFileSync(file);

describe('record place', () => {
  it('bold id records under "## Bugs" are positions 0..3 of that section', () => {
    const rep = parseReportBytes(bytes, 'qa.md');
    // the file's "## Bugs" heading is on line 6 and holds BUG-2041..2044 in that order
    expect(rep.findings.map((f) => [f.ref, f.source?.section, f.source?.sectionLine, f.source?.position])).toEqual([
      ['BUG-2041', 'Bugs', 6, 0],
      ['BUG-2042', 'Bugs', 6, 1],
      ['BUG-2043', 'Bugs', 6, 2],
      ['BUG-2044', 'Bugs', 6, 3],
    ]);
  });
  it('survives text added above the section: same section and positions, lines moved', () => {
    const moved = Buffer.concat([Buffer.from('# QA bug hunt — Payments app 3.9\n\nNew intro line.\nAnother.\n\n'), bytes.subarray(bytes.indexOf('\n') + 1)]);
    const a = parseReportBytes(bytes, 'qa.md').findings.map((f) => [f.source?.section, f.source?.position]);
    const b = parseReportBytes(moved, 'qa.md').findings;
    expect(b.map((f) => [f.source?.section, f.source?.position])).toEqual(a);
    // four lines more above it: BUG-2041's line 8 becomes line 12
    expect(b[0].source?.startLine).toBe(12);
  });
  it('a heading record is placed among its parent section\u2019s sub-headings; a rejected candidate is placed too', () => {
    const text = '# Review\n\n## Findings\n\n### H-01 Reentrancy in withdraw\n\n**Severity:** High\n\n### H-02 Unchecked call\n\n**Severity:** High\n\n## Notes\n\n- **Severity** is our own word here: nothing else\n';
    const { report, rejected } = explainReportBytes(Buffer.from(text), 'r.md');
    expect(report.findings.map((f) => [f.ref, f.source?.section, f.source?.sectionLine, f.source?.position])).toEqual([
      ['H-01', 'Findings', 3, 0],
      ['H-02', 'Findings', 3, 1],
    ]);
    // the bold "Severity" label under "## Notes" (line 13) came close and was rejected, in its place
    expect(rejected?.map((r) => [r.text, r.where])).toContainEqual(['Severity', { section: 'Notes', sectionLine: 13, position: 0 }]);
  });
});
