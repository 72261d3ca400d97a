// Malformed input: every failure is a one-line ParseError naming the file, the format and where.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../core/ingest/detect';
import { parseReportBytes, parseReportText } from '../../core/ingest/index';
import { bytesOf, FIXTURES, parseErrorOf, utf8 } from './helpers';
import { VENDORED } from '../team';

const M = (f: string) => join(FIXTURES, 'malformed', f);

function err(file: string) {
  const e = parseErrorOf(() => parseReportBytes(bytesOf(M(file)), file));
  expect(e.message).not.toContain('\n');
  expect(e.message.startsWith(`${file}: `)).toBe(true);
  return e;
}

describe('malformed SARIF', () => {
  it('truncated: invalid JSON with the line/column where it ends, not a Markdown report', () => {
    const e = err('truncated.sarif');
    expect(e.format).toBe('sarif');
    expect(e.message).toMatch(/^truncated\.sarif: SARIF: invalid JSON at line \d+, column \d+ \(position 1700\): unexpected end of input.*truncated/);
  });
  it('wrong version', () => {
    const e = err('wrong-version.sarif');
    expect(e.message).toBe('wrong-version.sarif: SARIF: version is "2.0.0", only "2.1.0" is supported');
    expect(e).toMatchObject({ format: 'sarif', where: 'version' });
  });
  it('results not an array', () => {
    const e = err('results-not-array.sarif');
    expect(e.message).toBe('results-not-array.sarif: SARIF: runs[0].results is not an array (found an object)');
    expect(e.where).toBe('runs[0].results');
  });
  it('runs missing', () => {
    const e = err('runs-missing.sarif');
    expect(e.message).toBe('runs-missing.sarif: SARIF: runs is missing');
    expect(e.where).toBe('runs');
  });
  it('runs not an array, a run that is not an object, a result that is not an object', () => {
    const base = { version: '2.1.0', $schema: 'https://json.schemastore.org/sarif-2.1.0.json' };
    const p = (v: object) => parseErrorOf(() => parseReportText(JSON.stringify({ ...base, ...v }), 'x.sarif')).message;
    expect(p({ runs: {} })).toBe('x.sarif: SARIF: runs is not an array (found an object)');
    expect(p({ runs: [{ results: [] }, 3] })).toBe('x.sarif: SARIF: runs[1] is not an object (found a number)');
    expect(p({ runs: [{ results: [{ message: { text: 'a' } }, 'b'] }] })).toBe('x.sarif: SARIF: runs[0].results[1] is not an object (found a string)');
    expect(p({ version: undefined, runs: [] })).toBe('x.sarif: SARIF: version is missing (expected "2.1.0")');
  });
  it('invalid JSON in the middle says where (V8 does not always give a position)', () => {
    const text = '{\n  "version": "2.1.0",\n  "runs": [1,, 2]\n}';
    const e = parseErrorOf(() => parseReportText(text, 'mid.sarif'));
    expect(e.message).toBe('mid.sarif: SARIF: invalid JSON at line 3, column 14 (position 37): unexpected "," where a value was expected');
    expect(e.where).toBe('line 3, column 14');
    const e2 = parseErrorOf(() => parseReportText('{"findings": [{"title": "a" "b"}]}', 'g.json'));
    expect(e2.message).toMatch(/^g\.json: JSON: invalid JSON at line 1, column 29 \(position 28\)/);
  });
});

describe('malformed JSON', () => {
  it('a JSON array of numbers is no known format', () => {
    const e = err('numbers.json');
    expect(e.format).toBe('json');
    expect(e.message).toMatch(/^numbers\.json: JSON: no known format — top level is an array of number \(5 items\); tried SARIF/);
    expect(e.message).toContain('ESLint');
  });
  it('an object of unknown shape lists its keys and what was tried', () => {
    const e = err('unknown-shape.json');
    expect(e.message).toContain('top level is an object with keys "name", "items"');
    for (const t of ['SARIF', 'Semgrep', 'Bandit', 'gosec', 'Trivy', 'npm audit', 'ESLint', 'DefectDojo generic']) expect(e.message).toContain(t);
  });
  it('deeply nested JSON (100k levels) does not crash the process', () => {
    const deepArr = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseErrorOf(() => parseReportText(deepArr, 'deep.json')).message).toMatch(/^deep\.json: JSON: no known format/);
    const deepObj = '{"runs":' + '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_001);
    expect(parseErrorOf(() => parseReportText(deepObj, 'deep.sarif')).message).toMatch(/^deep\.sarif: SARIF: version is missing/);
    const deepSarif = JSON.stringify({ version: '2.1.0', runs: [{ results: [{ message: { text: 'x', arguments: [] } }] }] }).replace(
      '"arguments":[]',
      '"arguments":' + '['.repeat(100_000) + ']'.repeat(100_000),
    );
    expect(parseReportText(deepSarif, 'deep-args.sarif').findings).toHaveLength(1);
    // truncated deep nesting: error position found without recursion
    const e = parseErrorOf(() => parseReportText('['.repeat(100_000), 'deep-trunc.json'));
    expect(e.message).toMatch(/^deep-trunc\.json: JSON: invalid JSON at line 1, column 100001 \(position 100000\)/);
  });
  it('XML is refused rather than read as Markdown', () => {
    expect(parseErrorOf(() => parseReportBytes(utf8('<?xml version="1.0"?><report/>'), 'r.xml')).message).toMatch(/^r\.xml: XML is not a supported format/);
  });
});

describe('format detection from content, not the file name', () => {
  it('a SARIF log saved as .txt is SARIF', () => {
    const rep = parseReportBytes(bytesOf(`${VENDORED}/corpus/sarif/defectdojo_njsscan.sarif`), 'scan-results.txt');
    expect(rep.report.format).toBe('sarif');
    expect(rep.findings).toHaveLength(2);
  });
  it('Markdown saved as .json is Markdown', () => {
    expect(detectFormat(new TextDecoder().decode(bytesOf(M('markdown-saved-as.json'))), 'x.json')).toEqual({ format: 'markdown' });
    const rep = parseReportBytes(bytesOf(M('markdown-saved-as.json')), 'markdown-saved-as.json');
    expect(rep.report.format).toBe('markdown');
  });
  it('scanner JSON is recognised by shape', () => {
    const d = (s: string) => {
      const r = detectFormat(s, 'x');
      return r.format === 'json' ? r.scanner : r.format;
    };
    expect(d('{"results": [{"check_id": "a"}], "errors": []}')).toBe('semgrep');
    expect(d('{"results": [], "errors": [], "paths": {"scanned": []}}')).toBe('semgrep');
    expect(d('{"results": [{"test_id": "B101"}], "metrics": {}}')).toBe('bandit');
    expect(d('{"results": [], "metrics": {}, "generated_at": "2020-01-01"}')).toBe('bandit');
    expect(d('{"Issues": [], "Stats": {}}')).toBe('gosec');
    expect(d('{"SchemaVersion": 2, "ArtifactName": "."}')).toBe('trivy');
    expect(d('{"advisories": {}, "metadata": {}}')).toBe('npm-audit');
    expect(d('{"auditReportVersion": 2, "vulnerabilities": {}}')).toBe('npm-audit');
    expect(d('[{"filePath": "/a.js", "messages": []}]')).toBe('eslint');
    expect(d('{"findings": []}')).toBe('generic');
    expect(d('{"version": "2.1.0", "runs": []}')).toBe('sarif');
    expect(d('\ufeff  {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": []}')).toBe('sarif');
    // Markdown that starts with a bracket is still Markdown
    expect(d('[TOC]\n\n# Audit\n')).toBe('markdown');
    expect(d('[1] Foo bar\n')).toBe('markdown');
    expect(d('[Report](http://x) for the API\n')).toBe('markdown');
    expect(d('<div align="center">\n\n# Audit\n</div>\n')).toBe('markdown');
  });
});
