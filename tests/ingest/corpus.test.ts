// Every real file of the team corpus: finding counts equal an independent count taken from the
// file's own structure, plus field-level checks on specific files.
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseReportBytes } from '../../core/ingest/index';
import type { ParsedFinding } from '../../shared/types';
import { bytesOf, corpusFiles, jsonOf } from './helpers';
import { VENDORED } from '../team';

type Obj = Record<string, unknown>;
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Counts findings from the raw JSON, without the parser. */
function independentCount(data: unknown): number {
  if (Array.isArray(data)) {
    return data.reduce((n: number, f) => n + arr((f as Obj).messages).length + arr((f as Obj).suppressedMessages).length, 0);
  }
  const d = data as Obj;
  if (Array.isArray(d.runs)) return d.runs.reduce((n: number, r) => n + arr((r as Obj).results).length, 0);
  if (d.advisories) return Object.keys(d.advisories as Obj).length;
  if (d.vulnerabilities) return Object.keys(d.vulnerabilities as Obj).length;
  if (Array.isArray(d.Results)) {
    return d.Results.reduce((n: number, r) => {
      const x = r as Obj;
      const misconf = arr(x.Misconfigurations).filter((m) => (m as Obj).Status !== 'PASS');
      return n + arr(x.Vulnerabilities).length + misconf.length + arr(x.Secrets).length;
    }, 0);
  }
  if (Array.isArray(d.Issues)) return d.Issues.length;
  if (Array.isArray(d.findings)) return d.findings.length;
  if (Array.isArray(d.results)) return d.results.length;
  throw new Error('unknown corpus shape');
}

const EXPECTED_FORMAT: Record<string, [string, string | null]> = {
  'bandit_one_vuln.json': ['json', 'Bandit'],
  'generic_findings_report1.json': ['json', 'DefectDojo Generic Findings Import'],
  'gosec_many_vulns.json': ['json', 'gosec'],
  'npm_audit_v6_one_vuln.json': ['json', 'npm audit'],
  'semgrep_one_finding.json': ['json', 'Semgrep'],
  'trivy_misconfigurations_and_secrets.json': ['json', 'Trivy'],
};

describe('corpus: finding counts match the files', () => {
  for (const path of [...corpusFiles('sarif'), ...corpusFiles('json')]) {
    const name = basename(path);
    it(name, () => {
      const rep = parseReportBytes(bytesOf(path), name);
      expect(rep.findings.length).toBe(independentCount(jsonOf(path)));
      expect(rep.report.format).toBe(name.endsWith('.sarif') ? 'sarif' : 'json');
      if (EXPECTED_FORMAT[name]) expect(rep.report.tool).toBe(EXPECTED_FORMAT[name][1]);
      expect(rep.report.repairs).toEqual([]);
      for (const f of rep.findings) {
        expect(f.title.trim()).not.toBe('');
        expect(f.body.trim()).not.toBe('');
        expect(f.severityText).not.toBeNull();
        expect(['critical', 'high', 'medium', 'low', 'info']).toContain(f.severity);
      }
    });
  }
});

function parse(dir: 'sarif' | 'json', name: string) {
  return parseReportBytes(bytesOf(`${VENDORED}/corpus/${dir}/${name}`), name);
}

describe('SARIF appendix K (spec example)', () => {
  const rep = parse('sarif', 'defectdojo_appendix_k_spec_example.sarif');
  const f = rep.findings[0];
  it('resolves the message from the rule messageStrings with its arguments', () => {
    expect(f.body.startsWith('Variable `ptr` was used without being initialized.')).toBe(true);
    expect(f.body).not.toContain('{0}');
    // the embedded link "[here](0)" points at relatedLocations[id 0]
    expect(f.body).toContain('declared here (`src/collections/list.h:8`)');
  });
  it('takes the title from the rule shortDescription and keeps the rule text in the body', () => {
    expect(f.title).toBe('A variable was used without being initialized');
    expect(f.ruleId).toBe('C2001');
    expect(f.body).toContain('This can result in runtime errors such as null reference exceptions.');
  });
  it('keeps the suppression and the baselineState', () => {
    expect(f.suppression).toEqual({ kind: 'external', status: 'accepted', justification: null });
    expect(f.status).toBe('wont_fix');
    expect(f.baselineState).toBe('existing');
  });
  it('renders the code flow steps in the body', () => {
    expect(f.body).toContain('**Code flow**: Path from declaration to usage');
    expect(f.body).toContain('1. `src/collections/list.h:15` — Variable `ptr` declared.');
    expect(f.body).toContain('2. `src/collections/list.h:15`\n');
    expect(f.body).toContain('3. `src/collections/list.h:25` — Uninitialized variable `ptr` passed to method `add_core`.');
  });
  it('lists the suggested fix', () => {
    expect(f.body).toContain('**Suggested fixes:**\n\n- Initialize the variable to null (1 file)');
  });
  it('resolves uriBaseId SRCROOT through PROJECTROOT (a remote file://host base is dropped)', () => {
    expect(f.locations).toEqual([{ path: 'src/collections/list.h', startLine: 15, endLine: 15, startColumn: 9, endColumn: 10 }]);
  });
  it('maps level error to high, and reads tool/title/date from the run', () => {
    expect(f.severity).toBe('high');
    expect(f.severityText).toBe('error');
    expect(rep.report.tool).toBe('CodeScanner 2.1');
    expect(rep.report.title).toContain('CodeScanner');
    expect(rep.report.date).toBe('2016-07-16');
  });
});

describe('SARIF njsscan', () => {
  const rep = parse('sarif', 'defectdojo_njsscan.sarif');
  it('keeps both locations of one result, with regions, file:// stripped', () => {
    const pw = rep.findings.find((f) => f.ruleId === 'node_password') as ParsedFinding;
    expect(pw.locations).toEqual([
      { path: '/src/index.js', startLine: 235, endLine: 235, startColumn: 9, endColumn: 34 },
      { path: '/src/index.js', startLine: 239, endLine: 239, startColumn: 9, endColumn: 38 },
    ]);
    expect(pw.severity).toBe('high');
    expect(pw.body).toContain('CWE-798');
  });
  it('a result without level gets the default (warning -> medium); title from the message', () => {
    const rnd = rep.findings.find((f) => f.ruleId === 'node_insecure_random_generator') as ParsedFinding;
    expect(rnd.severityText).toBe('warning');
    expect(rnd.severity).toBe('medium');
    expect(rnd.title).toBe('crypto.pseudoRandomBytes()/Math.random() is a cryptographically weak random number generator');
    expect(rep.report.tool).toBe('nodejsscan 0.2.3');
  });
});

describe('SARIF suppressions test file', () => {
  const rep = parse('sarif', 'defectdojo_suppression_test.sarif');
  it('external/inSource suppressions are kept and close the finding; [] and absent stay open', () => {
    expect(rep.findings.map((f) => f.suppression?.kind ?? null)).toEqual(['external', 'external', 'inSource', null, null]);
    expect(rep.findings.map((f) => f.status)).toEqual(['wont_fix', 'wont_fix', 'wont_fix', 'open', 'open']);
    expect(rep.findings[0].locations[0].path).toBe('C:/code/file1.c');
    expect(rep.findings[0].locations[0].startLine).toBeNull();
    expect(rep.findings[3].body).toContain('Rule 004');
  });
});

describe('SARIF with two empty runs', () => {
  it('gives no findings and names both tools', () => {
    const rep = parse('sarif', 'defectdojo_appendix_k1_double_two_runs_empty.sarif');
    expect(rep.findings).toEqual([]);
    expect(rep.report.tool).toBe('CodeScanner, OtherScanner');
  });
});

describe('scanner JSON corpus', () => {
  it('gosec: line "36-39" becomes startLine 36 endLine 39', () => {
    const rep = parse('json', 'gosec_many_vulns.json');
    const raw = (jsonOf(`${VENDORED}/corpus/json/gosec_many_vulns.json`) as { Issues: Obj[] }).Issues;
    const i = raw.findIndex((x) => x.line === '36-39');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(rep.findings[i].locations[0]).toMatchObject({ path: raw[i].file, startLine: 36, endLine: 39 });
    expect(rep.findings[0].locations[0]).toMatchObject({ path: '/vagrant/go/src/govwa/app.go', startLine: 79, endLine: 79 });
    expect(rep.findings[0]).toMatchObject({ ruleId: 'G104', severity: 'low', severityText: 'LOW', title: 'Errors unhandled' });
    expect(rep.findings[0].body).toContain('s.ListenAndServe()');
  });
  it('generic: non-ASCII text intact, severity, CWE, ids', () => {
    const rep = parse('json', 'generic_findings_report1.json');
    expect(rep.findings[0].body).toContain("some UTF-8 chars à qu'il est beau");
    expect(rep.findings[1].body).toContain("à qu'il est beau2");
    expect(rep.findings[0]).toMatchObject({ title: 'test title', severity: 'medium', severityText: 'Medium', ruleId: 'TEST1', status: 'open' });
    expect(rep.findings[0].body).toContain('CWE-261');
    expect(rep.findings[0].fingerprints).toEqual({ unique_id_from_tool: '3287f2d0-554f-491b-8516-3c349ead8ee5' });
  });
  it('bandit: severity, rule, location from line_range', () => {
    const [f] = parse('json', 'bandit_one_vuln.json').findings;
    expect(f).toMatchObject({ ruleId: 'B101', severity: 'low', severityText: 'LOW', title: 'Use of assert detected' });
    expect(f.locations).toEqual([{ path: 'one/one.py', startLine: 2, endLine: 2, startColumn: null, endColumn: null }]);
    expect(f.body).toContain('assert False');
  });
  it('semgrep: location with columns, WARNING -> medium, metadata in body', () => {
    const [f] = parse('json', 'semgrep_one_finding.json').findings;
    expect(f.ruleId).toBe('java.lang.security.audit.cbc-padding-oracle.cbc-padding-oracle');
    expect(f.locations[0]).toEqual({
      path: 'src/main/java/org/owasp/benchmark/testcode/BenchmarkTest02194.java',
      startLine: 64,
      endLine: 64,
      startColumn: 4,
      endColumn: 83,
    });
    expect(f).toMatchObject({ severity: 'medium', severityText: 'WARNING' });
    expect(f.body).toContain('CWE-696');
  });
  it('npm audit v6: one finding per advisory, critical', () => {
    const [f] = parse('json', 'npm_audit_v6_one_vuln.json').findings;
    expect(f).toMatchObject({ title: 'Command Injection in growl', severity: 'critical', severityText: 'critical', ruleId: 'CVE-2017-16042' });
    expect(f.body).toContain('mocha-jenkins-reporter>mocha>growl');
  });
  it('trivy: vulnerabilities, misconfigurations and secrets with categories and lines', () => {
    const rep = parse('json', 'trivy_misconfigurations_and_secrets.json');
    expect(rep.findings.map((f) => f.category)).toEqual(['Vulnerabilities', 'Vulnerabilities', 'Misconfigurations', 'Secrets', 'Secrets']);
    expect(rep.findings.map((f) => f.severity)).toEqual(['high', 'medium', 'high', 'critical', 'critical']);
    expect(rep.findings[0]).toMatchObject({ ruleId: 'CVE-2021-33503', locations: [{ path: 'requirements.txt' }] });
    expect(rep.findings[3].locations[0]).toMatchObject({ path: 'Dockerfile', startLine: 24, endLine: 24 });
    expect(rep.findings[2].ruleId).toBe('DS002');
  });
});
