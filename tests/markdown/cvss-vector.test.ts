// A pentest that rates findings only by CVSS v3.x vectors: the base score follows the
// specification's formula (first.org CVSS v3.1, section 7), and its NVD band is the severity.
import { describe, expect, it } from 'vitest';
import { cvssVectorScore, cvssVectorSeverity } from '../../core/ingest/markdown/vocab';
import { parseReportText } from '../../core/ingest/index';

describe('CVSS vectors', () => {
  it('base scores are those the FIRST calculator gives', () => {
    // scores as the FIRST calculator gives them for these vectors
    expect(cvssVectorScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H')).toBe(9.8);
    expect(cvssVectorScore('CVSS:3.1/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:H/A:H')).toBe(8.8);
    expect(cvssVectorScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:C/C:L/I:L/A:N')).toBe(6.1);
    expect(cvssVectorScore('CVSS:3.0/AV:N/AC:L/PR:N/UI:N/S:C/C:H/I:H/A:H')).toBe(10);
    expect(cvssVectorScore('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N')).toBe(0);
    // 3.7 is in the NVD's low band (0.1-3.9)
    expect(cvssVectorScore('CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N')).toBe(3.7);
    expect(cvssVectorSeverity('see CVSS:3.1/AV:N/AC:H/PR:N/UI:N/S:U/C:L/I:N/A:N')).toEqual({ sev: 'low', text: 'CVSS 3.7' });
  });
  it('a finding rated only by its vector gets the band of the vector’s score', () => {
    const text = '# Pentest\n\n## Findings\n\n**[WEB-01] Secret key committed**\n`CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H`\nText.\n\n**[WEB-02] Cookie without Secure**\n`CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:N/A:N`\nText.\n';
    const rep = parseReportText(text, 'p.md');
    expect(rep.findings.map((f) => [f.ref, f.severity])).toEqual([
      ['WEB-01', 'critical'],
      ['WEB-02', 'low'],
    ]);
  });
});
