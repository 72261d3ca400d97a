// Seeded generator of realistic SARIF 2.1.0 logs (used by the ingest tests and the ingest benchmark).
// ~500 bytes per result: several rules with help text, regions, partialFingerprints, some code flows,
// suppressions, baselineState and security-severity; messages of ~100 characters.

/** mulberry32: small, fast, deterministic PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RULES = [
  ['js/sql-injection', 'SqlInjection', 'Database query built from user-controlled sources', 'error', '8.8', 'CWE-89'],
  ['js/xss', 'Xss', 'Cross-site scripting', 'error', '6.1', 'CWE-79'],
  ['js/path-injection', 'PathInjection', 'Uncontrolled data used in path expression', 'error', '7.5', 'CWE-22'],
  ['js/insecure-randomness', 'InsecureRandomness', 'Insecure randomness', 'warning', '7.8', 'CWE-338'],
  ['js/hardcoded-credentials', 'HardcodedCredentials', 'Hard-coded credentials', 'warning', '9.8', 'CWE-798'],
  ['js/unused-local-variable', 'UnusedLocalVariable', 'Unused variable, import, function or class', 'note', null, null],
  ['js/regex-injection', 'RegexInjection', 'Regular expression injection', 'error', '7.3', 'CWE-730'],
  ['js/prototype-pollution', 'PrototypePollution', 'Prototype-polluting assignment', 'warning', '6.1', 'CWE-1321'],
  ['js/missing-rate-limiting', 'MissingRateLimiting', 'Missing rate limiting', 'warning', '7.5', 'CWE-770'],
  ['js/trivial-conditional', 'TrivialConditional', 'Useless conditional', 'note', null, null],
  ['js/incomplete-sanitization', 'IncompleteSanitization', 'Incomplete string escaping or encoding', 'warning', '7.8', 'CWE-116'],
  ['js/log-injection', 'LogInjection', 'Log injection', 'error', '7.8', 'CWE-117'],
] as const;

const WORDS = ['user', 'request', 'query', 'params', 'body', 'input', 'token', 'config', 'payload', 'session', 'path', 'value'];
const DIRS = ['src/api', 'src/db', 'src/auth', 'src/util', 'lib/server', 'lib/client', 'packages/core/src', 'packages/web/src'];
const FILES = ['handler', 'index', 'routes', 'model', 'service', 'controller', 'helpers', 'middleware', 'store', 'views'];

function hex(rand: () => number, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += '0123456789abcdef'[(rand() * 16) | 0];
  return s;
}

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[(rand() * xs.length) | 0];
}

/** A SARIF 2.1.0 log with n results, identical for identical (n, seed). */
export function generateSarif(n: number, seed: number): string {
  const rand = prng(seed);
  const rules = RULES.map(([id, name, short, level, sec, cwe]) => ({
    id,
    name,
    shortDescription: { text: short },
    fullDescription: {
      text: `${short}. Building this construct from data that a user controls may allow an attacker to change its meaning, read or modify data, or run code.`,
    },
    help: {
      text: `# ${short}\n\nValidate or encode untrusted input before it reaches this sink.`,
      markdown:
        `# ${short}\n\nIf ${short.toLowerCase()} is reachable from untrusted input, an attacker may be able to exploit it.\n\n` +
        `## Recommendation\n\nValidate the input against an allow-list, or use the framework's safe API instead of building the value by hand.\n\n` +
        `## Example\n\n\`\`\`javascript\nconst value = req.query.${pick(rand, WORDS)};\nsink(value); // BAD\n\`\`\`\n\n## References\n\n- [OWASP](https://owasp.org/)${cwe ? `\n- [${cwe}](https://cwe.mitre.org/data/definitions/${cwe.slice(4)}.html)` : ''}\n`,
    },
    defaultConfiguration: { level },
    properties: {
      tags: cwe ? ['security', `external/cwe/${cwe.toLowerCase()}`] : ['maintainability'],
      precision: pick(rand, ['high', 'medium', 'very-high']),
      ...(sec ? { 'security-severity': sec } : {}),
    },
  }));

  const loc = (file: string, line: number, col: number) => ({
    physicalLocation: {
      artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
      region: { startLine: line, startColumn: col, endLine: line, endColumn: col + 5 + ((rand() * 30) | 0) },
    },
  });

  const results: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const ri = (rand() * rules.length) | 0;
    const rule = RULES[ri];
    const file = `${pick(rand, DIRS)}/${pick(rand, FILES)}${(rand() * 40) | 0}.ts`;
    const line = 1 + ((rand() * 2000) | 0);
    const col = 1 + ((rand() * 60) | 0);
    const w1 = pick(rand, WORDS);
    const w2 = pick(rand, WORDS);
    const message = `${rule[2]} depends on ${w1}.${w2} from line ${line}; sanitize it before use (#${i}).`;
    const r: Record<string, unknown> = {
      ruleId: rule[0],
      ruleIndex: ri,
      message: { text: message },
      locations: [loc(file, line, col)],
      partialFingerprints: { primaryLocationLineHash: `${hex(rand, 16)}:1` },
    };
    if (rand() < 0.7) r.level = rule[3];
    const x = rand();
    if (x < 0.05) r.locations = [loc(file, line, col), loc(file, line + 3, 1)];
    if (rand() < 0.06) {
      const steps = 3 + ((rand() * 3) | 0);
      const tl = [];
      for (let s = 0; s < steps; s++) {
        const sf = s === steps - 1 ? file : `${pick(rand, DIRS)}/${pick(rand, FILES)}.ts`;
        const l = loc(sf, 1 + ((rand() * 500) | 0), 1 + ((rand() * 40) | 0)) as Record<string, unknown>;
        l.message = { text: s === 0 ? `${w1}.${w2}` : s === steps - 1 ? 'sink' : `value flows through ${pick(rand, WORDS)}` };
        tl.push({ location: l });
      }
      r.codeFlows = [{ threadFlows: [{ locations: tl }] }];
    }
    const b = rand();
    if (b < 0.6) r.baselineState = b < 0.4 ? 'unchanged' : b < 0.55 ? 'new' : 'updated';
    if (rand() < 0.02) r.suppressions = [{ kind: 'inSource', status: 'accepted', justification: rand() < 0.5 ? 'false positive: input is a constant' : 'accepted risk' }];
    results[i] = r;
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'BenchScanner', version: '2.16.0', informationUri: 'https://example.com/bench', rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///home/ci/work/project/' } },
        invocations: [{ executionSuccessful: true, startTimeUtc: '2026-01-15T10:00:00Z' }],
        results,
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log);
}
