// Scanner formats absent from the corpus (ESLint, npm audit v7, Semgrep with several results) and
// scanner edge cases.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes, parseReportText } from '../../core/ingest/index';
import { gosecLines } from '../../core/ingest/scanners/gosec';
import { bytesOf, FIXTURES, jsonOf, parseErrorOf } from './helpers';

const S = (f: string) => join(FIXTURES, 'scanners', f);
type Obj = Record<string, unknown>;

describe('ESLint', () => {
  const path = S('eslint-results.json');
  const rep = parseReportBytes(bytesOf(path), 'eslint-results.json');
  const raw = jsonOf(path) as Obj[];
  it('one finding per message and suppressed message', () => {
    const count = raw.reduce((n, f) => n + (f.messages as unknown[]).length + ((f.suppressedMessages as unknown[]) ?? []).length, 0);
    expect(rep.findings).toHaveLength(count);
    expect(rep.report).toMatchObject({ format: 'json', tool: 'ESLint' });
  });
  it('severity 2 -> medium (error), 1 -> low (warning), fatal parse error -> high', () => {
    expect(rep.findings.map((f) => [f.ruleId, f.severity, f.severityText, f.status])).toEqual([
      ['no-unused-vars', 'medium', 'error', 'open'],
      ['eqeqeq', 'low', 'warning', 'open'],
      ['semi', 'medium', 'error', 'open'],
      ['no-console', 'low', 'warning', 'wont_fix'],
      [null, 'high', 'fatal', 'open'],
    ]);
  });
  it('locations, titles, suppression', () => {
    const [unused, , semi, sup, fatal] = rep.findings;
    expect(unused.locations).toEqual([{ path: '/home/dev/app/src/index.js', startLine: 3, endLine: 3, startColumn: 7, endColumn: 10 }]);
    expect(unused.title).toBe("'foo' is assigned a value but never used");
    expect(semi.locations[0]).toMatchObject({ startLine: 14, endLine: 15 });
    expect(semi.body).toContain('eslint --fix');
    expect(sup.suppression).toEqual({ kind: 'directive', status: 'accepted', justification: 'CLI output is intended' });
    expect(fatal.locations[0]).toMatchObject({ path: '/home/dev/app/src/broken.js', startLine: 5, endLine: 5, startColumn: 12 });
    expect(fatal.title).toBe('Parsing error: Unexpected token )');
  });
});

describe('npm audit v7+', () => {
  const path = S('npm-audit-v7.json');
  const rep = parseReportBytes(bytesOf(path), 'npm-audit-v7.json');
  it('one finding per vulnerable package', () => {
    expect(rep.findings).toHaveLength(Object.keys((jsonOf(path) as Obj).vulnerabilities as Obj).length);
    expect(rep.report.tool).toBe('npm audit');
  });
  it('advisory from via, transitive via names, nodes as locations, fix', () => {
    const [minimist, mkdirp, semver] = rep.findings;
    expect(minimist).toMatchObject({ title: 'Prototype Pollution in minimist', severity: 'critical', severityText: 'critical', ruleId: 'GHSA-xvch-5gv4-984h' });
    expect(minimist.locations).toEqual([{ path: 'node_modules/minimist', startLine: null, endLine: null, startColumn: null, endColumn: null }]);
    expect(minimist.body).toContain('npm audit fix');
    expect(minimist.body).toContain('CWE-1321');
    expect(mkdirp.title).toBe('Vulnerable dependency mkdirp (via minimist)');
    expect(mkdirp.body).toContain('update mkdirp to 0.5.6');
    expect(semver).toMatchObject({ severity: 'medium', severityText: 'moderate' });
    expect(semver.locations.map((l) => l.path)).toEqual(['node_modules/semver', 'node_modules/make-dir/node_modules/semver']);
    expect(semver.body).toContain('No fix available.');
  });
});

describe('Semgrep with several results', () => {
  const path = S('semgrep-several.json');
  const rep = parseReportBytes(bytesOf(path), 'semgrep-several.json');
  it('counts and severities', () => {
    expect(rep.findings).toHaveLength(((jsonOf(path) as Obj).results as unknown[]).length);
    expect(rep.findings.map((f) => [f.severity, f.severityText])).toEqual([
      ['high', 'ERROR'],
      ['medium', 'WARNING'],
      ['low', 'INFO'],
    ]);
    expect(rep.report.tool).toBe('Semgrep 1.56.0');
  });
  it('multi-line ranges, code, fingerprints ("requires login" placeholders dropped)', () => {
    const [a, b, c] = rep.findings;
    expect(a.locations[0]).toEqual({ path: 'app/tasks.py', startLine: 41, endLine: 43, startColumn: 5, endColumn: 6 });
    expect(a.body).toContain('subprocess.run(');
    expect(a.body).toContain('CWE-78');
    expect(a.fingerprints).toEqual({ fingerprint: '0f3c9a1b2d4e5f60718293a4b5c6d7e8' });
    expect(a.title).toBe("Detected subprocess function 'run' with user controlled data");
    expect(b.fingerprints).toBeNull();
    expect(b.body).not.toContain('requires login');
    expect(c.ruleId).toBe('python.lang.best-practice.open-never-closed.open-never-closed');
  });
});

describe('scanner edge cases', () => {
  it('gosec line strings', () => {
    expect(gosecLines('36-39')).toEqual({ start: 36, end: 39 });
    expect(gosecLines('79')).toEqual({ start: 79, end: 79 });
    expect(gosecLines(12)).toEqual({ start: 12, end: 12 });
    expect(gosecLines('x')).toEqual({ start: null, end: null });
  });
  it('gosec suppressions and nosec', () => {
    const rep = parseReportText(
      JSON.stringify({
        Issues: [
          { severity: 'HIGH', confidence: 'HIGH', rule_id: 'G101', details: 'Potential hardcoded credentials', file: 'a.go', line: '3', column: '2', nosec: false, suppressions: [{ kind: 'kInSource', justification: 'false positive: test key' }] },
          { severity: 'HIGH', confidence: 'HIGH', rule_id: 'G204', details: 'Subprocess launched with variable', file: 'b.go', line: '9', column: '5', cwe: { id: '78', url: 'https://cwe.mitre.org/data/definitions/78.html' } },
        ],
        Stats: { files: 2 },
        GosecVersion: '2.18.2',
      }),
      'gosec.json',
    );
    expect(rep.report.tool).toBe('gosec 2.18.2');
    expect(rep.findings[0]).toMatchObject({ status: 'false_positive', suppression: { kind: 'kInSource', status: 'accepted', justification: 'false positive: test key' } });
    expect(rep.findings[1]).toMatchObject({ status: 'open', severity: 'high', suppression: null });
    expect(rep.findings[1].locations[0]).toMatchObject({ startLine: 9, startColumn: 5 });
    expect(rep.findings[1].body).toContain('CWE-78');
  });
  it('trivy: passed misconfigurations are not findings, UNKNOWN severity is null', () => {
    const rep = parseReportText(
      JSON.stringify({
        SchemaVersion: 2,
        ArtifactName: 'img:1',
        Results: [
          {
            Target: 'main.tf',
            Misconfigurations: [
              { ID: 'AVD-1', Title: 'ok', Severity: 'LOW', Status: 'PASS' },
              { ID: 'AVD-2', AVDID: 'AVD-AWS-0002', Title: 'S3 bucket is public', Severity: 'UNKNOWN', Status: 'FAIL', CauseMetadata: { StartLine: 4, EndLine: 9 } },
            ],
          },
        ],
      }),
      'trivy.json',
    );
    expect(rep.findings).toHaveLength(1);
    expect(rep.findings[0]).toMatchObject({ ruleId: 'AVD-AWS-0002', severity: null, severityText: 'UNKNOWN' });
    expect(rep.findings[0].locations[0]).toMatchObject({ path: 'main.tf', startLine: 4, endLine: 9 });
  });
  it('generic: flags map to statuses; file_path/line to a location', () => {
    const rep = parseReportText(
      JSON.stringify({
        findings: [
          { title: 'A', severity: 'High', false_p: true },
          { title: 'B', severity: 'Critical', is_mitigated: true, file_path: 'src/x.py', line: 12 },
          { title: 'C', severity: 'Info', duplicate: true, mitigation: 'Do the thing.' },
          { title: 'D', severity: 'Low', risk_accepted: true, impact: '   ' },
          { title: 'E', severity: 'Low', impact: 'Tokens leak.' },
        ],
      }),
      'g.json',
    );
    expect(rep.findings.map((f) => [f.status, f.severity])).toEqual([
      ['false_positive', 'high'],
      ['fixed', 'critical'],
      ['duplicate', 'info'],
      ['wont_fix', 'low'],
      ['open', 'low'],
    ]);
    expect(rep.findings[1].locations).toEqual([{ path: 'src/x.py', startLine: 12, endLine: 12, startColumn: null, endColumn: null }]);
    expect(rep.findings[2].body).toContain('**Mitigation:**\n\nDo the thing.');
    // a blank impact adds nothing (it used to print "**Impact:** null")
    expect(rep.findings[3].body).not.toMatch(/Impact|null/);
    expect(rep.findings[4].body).toContain('**Impact:** Tokens leak.');
  });
  it('structural errors inside a scanner file name the file and the path', () => {
    expect(parseErrorOf(() => parseReportText('{"findings": [1]}', 'g.json')).message).toBe(
      'g.json: DefectDojo generic JSON: findings[0] is not an object (found a number)',
    );
    expect(parseErrorOf(() => parseReportText('{"Issues": [null], "Stats": {}}', 'gs.json')).message).toBe(
      'gs.json: gosec JSON: Issues[0] is not an object (found null)',
    );
    expect(parseErrorOf(() => parseReportText('{"SchemaVersion": 2, "ArtifactName": "x", "Results": [{"Vulnerabilities": {}}]}', 't.json')).message).toBe(
      't.json: Trivy JSON: Results[0].Vulnerabilities is not an array',
    );
  });
});

describe('titles from messages', () => {
  it('first sentence, abbreviations and dotted names kept', async () => {
    const { firstSentence } = await import('../../core/ingest/scanners/common');
    expect(firstSentence('Use of weak crypto, e.g. MD5 or SHA1. Replace it.')).toBe('Use of weak crypto, e.g. MD5 or SHA1');
    expect(firstSentence('crypto.pseudoRandomBytes() is weak.')).toBe('crypto.pseudoRandomBytes() is weak');
    expect(firstSentence('Is this safe? Probably not')).toBe('Is this safe?');
    expect(firstSentence('Line one\nline two')).toBe('Line one');
    expect(firstSentence('x'.repeat(300)).length).toBeLessThanOrEqual(161);
  });
});
