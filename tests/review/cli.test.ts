// Issue 15 through the real command line: `punchlist rules …`, `parse --rules`, `parse --explain`
// line ranges, and `punchlist ingest` of a Punchlist JSON export. Real files, real SQLite.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { familyKeys } from '../../shared/report-family';
import { rulesFileSchema } from '../../shared/rules';
import { cli } from '../cli/helpers';
import { tempDir } from '../db/helpers';
import { fixtureItems } from './fixture-items';

const DIR = join(__dirname, '..', 'fixtures', 'review');
const V1 = join(DIR, 'walkthrough-v1.md');
const V2 = join(DIR, 'walkthrough-v2.md');

/** [line number, rating word] of each numbered item of a fixture */
const items = (path: string): Array<[number, string]> => fixtureItems(path).map((x) => [x.line, x.word]);
const count = (path: string, word: string) => items(path).filter(([, w]) => w === word).length;

let tmp: ReturnType<typeof tempDir>;
let db: string;
let rulesFile: string;
beforeAll(() => {
  tmp = tempDir('punchlist-rules-cli-');
  db = join(tmp.dir, 'a.sqlite');
  rulesFile = join(tmp.dir, 'rules.json');
  const title = readFileSync(V1, 'utf8').split('\n')[0].replace(/^# /, '');
  const family = familyKeys({ format: 'markdown', tool: null, title, sourcePath: 'walkthrough-v1.md' });
  writeFileSync(
    rulesFile,
    JSON.stringify({
      punchlistRules: 1,
      rules: [
        { family, familyLabel: title, spec: { kind: 'take', target: { heading: 'walkthrough items', kind: 'item', key: null } } },
        { family, familyLabel: title, spec: { kind: 'severity', word: 'Red', severity: 'critical' } },
        { family: null, spec: { kind: 'severity', word: 'Amber', severity: 'medium' } },
        { family: null, spec: { kind: 'severity', word: 'Green', severity: 'low' } },
      ],
    }),
  );
});
afterAll(() => tmp.cleanup());

describe('punchlist rules / parse --rules / ingest of an export', () => {
  it('documents the commands', () => {
    const r = cli(['rules', '--help']);
    expect(r.code).toBe(0);
    for (const a of ['list', 'export', 'import', 'enable', 'disable', 'delete']) expect(r.stdout).toMatch(new RegExp(`^  ${a}\\b`, 'm'));
    expect(cli(['--help']).stdout).toContain('punchlist rules list|export|import|enable|disable|delete');
    expect(cli(['parse', '--help']).stdout).toContain('--rules FILE');
    const bad = cli(['rules', 'frob', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("unknown action 'frob'");
  });

  it('parse --rules applies a rules file without a database; --explain gives each finding its lines', () => {
    const plain = cli(['parse', V2]);
    expect(plain.stdout).toContain('findings: 0');
    const r = cli(['parse', V2, '--rules', rulesFile]);
    expect(r.code, r.stderr).toBe(0);
    const n = items(V2).length;
    expect(r.stdout).toContain(`findings: ${n} (critical ${count(V2, 'Red')}, medium ${count(V2, 'Amber')}, low ${count(V2, 'Green')})`);
    expect(r.stdout).toContain(`rules applied: every item under "walkthrough items" is a finding (${n}); "Red" → critical (${count(V2, 'Red')})`);
    const ex = cli(['parse', V1, '--explain', '--rules', rulesFile]);
    for (const [line] of items(V1)) expect(ex.stdout).toMatch(new RegExp(`^  L${line} +item `, 'm'));
    const bad = join(tmp.dir, 'bad.json');
    writeFileSync(bad, '{"punchlistRules": 1, "rules": [{"spec": {"kind": "nope"}}]}');
    const b = cli(['parse', V1, '--rules', bad]);
    expect(b.code).toBe(1);
    expect(b.stderr.trim().split('\n')).toHaveLength(1);
    expect(b.stderr).toContain(`${bad}: not a rules file`);
  });

  it('rules import / list / disable / enable / export, and an export ingested into another database', () => {
    expect(cli(['ingest', V1, '--db', db]).stdout).toContain('added 0 findings');
    const imp = cli(['rules', 'import', rulesFile, '--db', db]);
    expect(imp.code, imp.stderr).toBe(0);
    expect(imp.stdout).toContain(`imported 4 rules into project "Default"; ${items(V1).length} findings changed`);
    const list = cli(['rules', 'list', '--db', db]);
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
    expect(list.stdout).toMatch(/^ {3}1 {2}on {3}every item under "walkthrough items" is a finding {2}\(for "Checkout walkthrough notes — v1"\)$/m);
    expect(list.stdout).toMatch(/"Amber" → medium {2}\(project-wide\)$/m);
    // off: the findings it took are set aside; on: they are back
    expect(cli(['rules', 'disable', '1', '--db', db]).stdout).toContain(`rule 1 off: every item under "walkthrough items" is a finding; ${items(V1).length} findings changed`);
    const listed = JSON.parse(cli(['list', '--db', db, '--json']).stdout) as Array<{ status: string }>;
    expect(listed.map((f) => f.status)).toEqual(items(V1).map(() => 'false_positive'));
    expect(cli(['rules', 'enable', '1', '--db', db]).stdout).toContain('rule 1 on');
    const out = join(tmp.dir, 'exported-rules.json');
    cli(['rules', 'export', '--out', out, '--db', db]);
    expect(rulesFileSchema.parse(JSON.parse(readFileSync(out, 'utf8'))).rules.map((r) => r.spec.kind)).toEqual(['take', 'severity', 'severity', 'severity']);

    const v2 = cli(['ingest', V2, '--db', db]);
    expect(v2.stdout).toContain('rules applied: every item under "walkthrough items" is a finding (6)');

    const exp = join(tmp.dir, 'project.json');
    expect(cli(['export', '--format', 'json', '--out', exp, '--db', db]).code).toBe(0);
    const other = join(tmp.dir, 'b.sqlite');
    const ing = cli(['ingest', exp, '--db', other]);
    expect(ing.code, ing.stderr).toBe(0);
    expect(ing.stdout).toContain(`${exp}: a Punchlist JSON export: imported ${items(V2).length} findings, 1 reports into project "Default (imported)"`);
    const rules2 = cli(['rules', 'list', '--db', other, '--project', 'Default (imported)']);
    expect(rules2.stdout.trim().split('\n')).toHaveLength(4);
    const f2 = JSON.parse(cli(['list', '--db', other, '--project', 'Default (imported)', '--json']).stdout) as Array<{ severity: string | null }>;
    const sev: Record<string, string> = { Red: 'critical', Amber: 'medium', Green: 'low' };
    expect(f2.map((f) => f.severity).sort()).toEqual(items(V2).map(([, w]) => sev[w]).sort());
  });
});
