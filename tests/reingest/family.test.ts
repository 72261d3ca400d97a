// The family rule (shared/report-family.ts): which reports are versions of one another. Each case is
// a convention a team's files follow (nightly scanner files, dated names, versioned titles).
import { describe, expect, it } from 'vitest';
import { familyGroups, familyReason, fileKey, withoutVersions, type FamilyMember } from '../../shared/report-family';

const sarif = (sourcePath: string, tool: string | null): FamilyMember => ({ format: 'sarif', tool, title: `${tool} (SARIF)`, sourcePath });
const md = (sourcePath: string, title: string | null): FamilyMember => ({ format: 'markdown', tool: null, title, sourcePath });

describe('report family', () => {
  it('leaves out dates, run numbers, versions and "updated" words', () => {
    expect(withoutVersions('Audit Report v2.1 (updated)')).toBe('audit report');
    expect(withoutVersions('Security Review — March 2026')).toBe('security review');
    expect(withoutVersions('Mobile App Release 4.2 — QA Defect Report')).toBe('mobile app release qa defect report');
    expect(withoutVersions('Rapport d’audit de sécurité 2026-02-12')).toBe('rapport d audit de sécurité');
    expect(fileKey('/ci/builds/1234/semgrep-2026-03-02.sarif')).toBe('semgrep');
    expect(fileKey('2026-03-02.sarif')).toBe('2026-03-02'); // nothing else left: the bare name
  });

  it('SARIF / scanner JSON: the same tool (its version aside) and the same file name (dates and numbers aside)', () => {
    const night1 = sarif('/ci/run-1/semgrep.sarif', 'Semgrep 1.56.0');
    expect(familyReason(sarif('/ci/run-1/semgrep.sarif', 'Semgrep 1.56.0'), night1)).toBe('same path');
    expect(familyReason(sarif('/ci/run-2/semgrep.sarif', 'Semgrep 1.57.1'), night1)).toBe('same tool and file name');
    expect(familyReason(sarif('/ci/semgrep-2026-03-02.sarif', 'Semgrep 1.56.0'), night1)).toBe('same tool and file name');
    // one tool, two files: two reports; one file name, two tools: two reports
    expect(familyReason(sarif('/ci/backend.sarif', 'Semgrep 1.56.0'), sarif('/ci/frontend.sarif', 'Semgrep 1.56.0'))).toBeNull();
    expect(familyReason(sarif('/ci/results.sarif', 'CodeQL'), sarif('/ci/results.sarif', 'Semgrep'))).toBeNull();
    // another format with the same name is another report
    expect(familyReason({ ...sarif('/ci/scan.json', 'Semgrep'), format: 'json' }, sarif('/ci/scan.json', 'Semgrep'))).toBeNull();
  });

  it('Markdown: the same title apart from dates and versions, or the same file name', () => {
    const v1 = md('/docs/qa-defects-4.2.md', 'Mobile App Release 4.2 — QA Defect Report');
    expect(familyReason(md('/docs/qa-defects-4.3.md', 'Mobile App Release 4.3 — QA Defect Report'), v1)).toBe('same title');
    expect(familyReason(md('/other/CRITICAL_BUGS.md', 'Critical bugs, second pass'), md('/docs/CRITICAL_BUGS.md', 'Critical bugs'))).toBe('same file name');
    expect(familyReason(md('/docs/a.md', 'Payments review'), md('/docs/b.md', 'Auth review'))).toBeNull();
    expect(familyReason(md('/docs/scan.sarif', 'x (SARIF)'), sarif('/docs/scan.sarif', 'x'))).toBeNull();
  });

  it('groups chains of versions (a retitled report that kept its file name stays in its family)', () => {
    const a = md('/r/audit.md', 'Audit v1');
    const b = md('/r/audit.md', 'Security audit, final');
    const c = md('/s/notes.md', 'Security audit (draft)');
    const d = md('/s/other.md', 'Something else');
    expect(familyGroups([a, b, c, d])).toEqual([[a, b, c], [d]]);
  });
});
