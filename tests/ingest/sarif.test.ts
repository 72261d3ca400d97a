// SARIF parser details on synthetic logs, and the seeded generator used by the benchmark.
import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../core/ingest/index';
import { parseSarif } from '../../core/ingest/sarif';
import { generateSarif } from './gen-sarif';

type Obj = Record<string, unknown>;

function log(results: Obj[], run: Obj = {}): Obj {
  return {
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'T',
            version: '1.2',
            rules: [
              {
                id: 'R1',
                shortDescription: { text: 'Short one.' },
                fullDescription: { text: 'Full description of R1.' },
                help: { text: 'help text', markdown: '**Help** for R1' },
                defaultConfiguration: { level: 'error' },
                messageStrings: { m: { text: 'Found {0} in {1} ({{literal}})' } },
              },
              { id: 'R2', properties: { 'security-severity': '9.1' } },
              { id: 'R3', defaultConfiguration: { level: 'note' } },
            ],
            globalMessageStrings: { g: { text: 'Global {0}' } },
          },
          extensions: [{ name: 'Ext', rules: [{ id: 'E1', shortDescription: { text: 'Extension rule' }, defaultConfiguration: { level: 'warning' } }] }],
        },
        results,
        ...run,
      },
    ],
  };
}

const parse = (l: Obj) => parseSarif(l, 'x.sarif');

describe('SARIF rules and messages', () => {
  it('resolves rules by ruleIndex, ruleId, rule.id and extension toolComponent', () => {
    const rep = parse(
      log([
        { ruleIndex: 0, message: { text: 'a' } },
        { ruleId: 'R3', message: { text: 'b' } },
        { rule: { id: 'E1', index: 0, toolComponent: { index: 0 } }, message: { text: 'c' } },
        { ruleId: 'E1', message: { text: 'd' } },
        { ruleId: 'R1/sub', message: { text: 'e' } },
      ]),
    );
    expect(rep.findings.map((f) => [f.ruleId, f.title, f.severity])).toEqual([
      ['R1', 'Short one', 'high'],
      ['R3', 'b', 'low'],
      ['E1', 'Extension rule', 'medium'],
      ['E1', 'Extension rule', 'medium'],
      ['R1/sub', 'Short one', 'high'],
    ]);
    expect(rep.findings[2].category).toBe('Ext');
    expect(rep.findings[0].body).toBe('a\n\n**Rule:** `R1`\n\nFull description of R1.\n\n**Help** for R1');
  });
  it('message ids with arguments via rule messageStrings, then globalMessageStrings', () => {
    const rep = parse(
      log([
        { ruleId: 'R1', message: { id: 'm', arguments: ['x', 'y.c'] } },
        { ruleId: 'R1', message: { id: 'g', arguments: ['z'] } },
        { ruleId: 'R3', message: { id: 'nope' } },
      ]),
    );
    expect(rep.findings[0].body.split('\n')[0]).toBe('Found x in y.c ({literal})');
    expect(rep.findings[1].body.split('\n')[0]).toBe('Global z');
    expect(rep.findings[2].title).toBe('R3');
  });
  it('severity: security-severity like GitHub, level, rule default, SARIF default warning, kind', () => {
    const sev = (r: Obj) => {
      const f = parse(log([r])).findings[0];
      return [f.severity, f.severityText];
    };
    expect(sev({ ruleId: 'R2', message: { text: 'a' } })).toEqual(['critical', '9.1']);
    expect(sev({ ruleId: 'R3', level: 'error', message: { text: 'a' }, properties: { 'security-severity': '7.0' } })).toEqual(['high', '7.0']);
    expect(sev({ ruleId: 'R3', message: { text: 'a' }, properties: { 'security-severity': 4 } })).toEqual(['medium', '4']);
    expect(sev({ ruleId: 'R3', message: { text: 'a' }, properties: { 'security-severity': '0.5' } })).toEqual(['low', '0.5']);
    expect(sev({ ruleId: 'R3', message: { text: 'a' } })).toEqual(['low', 'note']);
    expect(sev({ ruleId: 'nope', message: { text: 'a' } })).toEqual(['medium', 'warning']);
    expect(sev({ ruleId: 'nope', level: 'none', message: { text: 'a' } })).toEqual(['info', 'none']);
    expect(sev({ ruleId: 'nope', kind: 'pass', message: { text: 'a' } })).toEqual(['info', 'none']);
    expect(sev({ ruleId: 'R1', level: 'warning', message: { text: 'a' } })).toEqual(['medium', 'warning']);
  });
  it('suppressions: accepted / underReview / rejected; false-positive justification', () => {
    const st = (sups: Obj[]) => {
      const f = parse(log([{ ruleId: 'R1', message: { text: 'a' }, suppressions: sups }])).findings[0];
      return [f.status, f.suppression?.status ?? null];
    };
    expect(st([{ kind: 'inSource', status: 'accepted', justification: 'Accepted risk' }])).toEqual(['wont_fix', 'accepted']);
    expect(st([{ kind: 'external', status: 'accepted', justification: 'False positive: sanitized upstream' }])).toEqual(['false_positive', 'accepted']);
    expect(st([{ kind: 'external', status: 'underReview' }])).toEqual(['open', 'underReview']);
    expect(st([{ kind: 'external', status: 'rejected' }])).toEqual(['open', null]);
    expect(st([{ kind: 'external', status: 'rejected' }, { kind: 'inSource' }])).toEqual(['wont_fix', null]);
  });
  it('baselineState kept; "absent" means fixed; fingerprints kept verbatim', () => {
    const rep = parse(
      log([
        { ruleId: 'R1', message: { text: 'a' }, baselineState: 'new', partialFingerprints: { primaryLocationLineHash: 'abc:1' } },
        { ruleId: 'R1', message: { text: 'b' }, baselineState: 'absent', fingerprints: { 'matchBasedId/v1': 'f1' }, partialFingerprints: { h: 'p' } },
      ]),
    );
    expect(rep.findings.map((f) => [f.baselineState, f.status])).toEqual([
      ['new', 'open'],
      ['absent', 'fixed'],
    ]);
    expect(rep.findings[0].fingerprints).toEqual({ primaryLocationLineHash: 'abc:1' });
    expect(rep.findings[1].fingerprints).toEqual({ h: 'p', 'matchBasedId/v1': 'f1' });
  });
  it('locations: uriBaseId via originalUriBaseIds, artifact index, file:// and %-escapes', () => {
    const rep = parse(
      log(
        [
          {
            ruleId: 'R1',
            message: { text: 'a' },
            locations: [
              { physicalLocation: { artifactLocation: { uri: 'src/a%20b.ts', uriBaseId: 'SRC' }, region: { startLine: 3, startColumn: 2, endColumn: 9 } } },
              { physicalLocation: { artifactLocation: { index: 0 }, region: { startLine: 7, endLine: 9 } } },
              { physicalLocation: { artifactLocation: { uri: 'file:///C:/w/x.c' } } },
              { physicalLocation: { artifactLocation: { uri: 'y.c', uriBaseId: 'UNKNOWN' } } },
              { logicalLocations: [{ fullyQualifiedName: 'ns::f' }] },
            ],
          },
        ],
        {
          originalUriBaseIds: { ROOT: { uri: 'file:///home/ci/repo/' }, SRC: { uri: 'pkg/', uriBaseId: 'ROOT' } },
          artifacts: [{ location: { uri: 'lib/z.ts', uriBaseId: 'ROOT' } }],
        },
      ),
    );
    expect(rep.findings[0].locations).toEqual([
      { path: '/home/ci/repo/pkg/src/a b.ts', startLine: 3, endLine: 3, startColumn: 2, endColumn: 9 },
      { path: '/home/ci/repo/lib/z.ts', startLine: 7, endLine: 9, startColumn: null, endColumn: null },
      { path: 'C:/w/x.c', startLine: null, endLine: null, startColumn: null, endColumn: null },
      { path: 'y.c', startLine: null, endLine: null, startColumn: null, endColumn: null },
    ]);
  });
  it('multiple runs: all findings, tools named, results absent or null allowed', () => {
    const l = log([{ ruleId: 'R1', message: { text: 'a' } }]);
    (l.runs as Obj[]).push({ tool: { driver: { name: 'Other' } }, results: [{ message: { text: 'Second run. More text' } }] });
    (l.runs as Obj[]).push({ tool: { driver: { name: 'Third' } }, results: null });
    (l.runs as Obj[]).push({ tool: { driver: { name: 'Fourth' } } });
    const rep = parse(l);
    expect(rep.findings.map((f) => f.title)).toEqual(['Short one', 'Second run']);
    expect(rep.report.tool).toBe('T 1.2, Other, Third, Fourth');
  });
});

describe('generateSarif', () => {
  it('is deterministic and parses to one finding per result', () => {
    const a = generateSarif(500, 7);
    expect(generateSarif(500, 7)).toBe(a);
    expect(generateSarif(500, 8)).not.toBe(a);
    const rep = parseReportText(a, 'gen.sarif');
    const raw = JSON.parse(a) as { runs: { results: Obj[] }[] };
    expect(rep.findings).toHaveLength(raw.runs[0].results.length);
    expect(rep.findings).toHaveLength(500);
    const withFlow = rep.findings.filter((f) => f.body.includes('**Code flow**'));
    expect(withFlow.length).toBeGreaterThan(10);
    expect(rep.findings.every((f) => f.fingerprints && 'primaryLocationLineHash' in f.fingerprints)).toBe(true);
    expect(rep.findings.every((f) => f.locations[0].path.startsWith('/home/ci/work/project/'))).toBe(true);
    expect(new Set(rep.findings.map((f) => f.severity))).toEqual(new Set(['critical', 'high', 'medium', 'low']));
    expect(rep.findings.some((f) => f.status === 'false_positive')).toBe(true);
    // ~100 MB for 200k results: 400..700 bytes per result
    expect(a.length / 500).toBeGreaterThan(400);
    expect(a.length / 500).toBeLessThan(700);
  });
});

describe('SARIF odd values', () => {
  it('non-string fingerprint values become text; non-standard levels read as words', () => {
    const rep = parse(log([{ ruleId: 'nope', level: 'critical', message: { text: 'a' }, partialFingerprints: { a: 'x', b: 3, c: { d: 1 } } }]));
    expect(rep.findings[0].fingerprints).toEqual({ a: 'x', b: '3' });
    expect(rep.findings[0]).toMatchObject({ severity: 'critical', severityText: 'critical' });
  });
});

describe('rule help in bodies', () => {
  it('small logs carry the rule help; "never" leaves it out; description always stays', () => {
    const l = log([{ ruleId: 'R1', message: { text: 'a' } }]);
    expect(parse(l).findings[0].body).toContain('**Help** for R1');
    const never = parseSarif(l, 'x.sarif', { ruleHelp: 'never' }).findings[0].body;
    expect(never).not.toContain('**Help** for R1');
    expect(never).toContain('Full description of R1.');
  });
  it('logs above RULE_HELP_MAX_RESULTS leave the help out unless asked ("always")', async () => {
    const { RULE_HELP_MAX_RESULTS } = await import('../../core/ingest/sarif/index');
    const data = JSON.parse(generateSarif(RULE_HELP_MAX_RESULTS + 1, 3));
    const auto = parseSarif(data, 'big.sarif').findings[0].body;
    expect(auto).not.toContain('## Recommendation');
    expect(auto).toContain('**Rule:**');
    expect(parseSarif(data, 'big.sarif', { ruleHelp: 'always' }).findings[0].body).toContain('## Recommendation');
    const small = parseSarif(JSON.parse(generateSarif(RULE_HELP_MAX_RESULTS, 3)), 'small.sarif').findings[0].body;
    expect(small).toContain('## Recommendation');
  });
});
