// punchlist plan / export / import: the same done-when items through the command line (real process).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../cli/helpers';
import { SEED_000, SEED_001, tempDir } from './helpers';
import { rmSync } from 'node:fs';

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir();
  db = join(dir, 'cli.sqlite');
  const r = cli(['ingest', SEED_000, SEED_001, '--db', db]);
  expect(r.code, r.stderr).toBe(0);
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// each test spawns several CLI processes (tsx start-up each): generous timeouts on a loaded machine
const SLOW = 300_000;

describe('punchlist plan', () => {
  it('prints help for plan, export and import', () => {
    for (const cmd of ['plan', 'export', 'import']) {
      const r = cli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toContain(`punchlist ${cmd}`);
    }
    expect(cli(['--help']).stdout).toMatch(/punchlist export --format md\|csv\|json\|html\|sarif/);
  }, SLOW);

  it('plans seed 001 straight from the file: BUG-A01 in step 1, BUG-A13 before BUG-A10', () => {
    const r = cli(['plan', SEED_001, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout);
    const refs: string[] = view.plan.steps.flatMap((s: { items: Array<{ ref: string }> }) => s.items.map((i) => i.ref));
    expect(view.plan.steps[0].items.map((i: { ref: string }) => i.ref)).toContain('BUG-A01');
    expect(refs.indexOf('BUG-A13')).toBeLessThan(refs.indexOf('BUG-A10'));
    const text = cli(['plan', SEED_001]);
    expect(text.stdout).toMatch(/^Plan \(generated\): 18 open findings/);
    expect(text.stdout).toMatch(/Critical path: BUG-A13 -> BUG-A10/);
    const report = cli(['plan', SEED_001, '--source', 'report']);
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/^Plan \(report\)/);
  }, SLOW);

  it('plans the database: seed 000 blockers first, the gate with 13 open items', () => {
    const r = cli(['plan', '--db', db, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const view = JSON.parse(r.stdout);
    const first = view.plan.steps[0].items.slice(0, 7);
    expect(first.every((i: { blocksDeployment: boolean }) => i.blocksDeployment)).toBe(true);
    expect(view.gate.openGateItems).toHaveLength(13);
    expect(view.gate.ready).toBe(false);
    expect(cli(['plan', '--db', db, '--source', 'sideways']).code).toBe(2);
  }, SLOW);
});

describe('punchlist export / import', () => {
  it('exports every format and re-imports the JSON as a new project', () => {
    for (const format of ['md', 'csv', 'html', 'sarif']) {
      const out = join(dir, `x.${format}`);
      const r = cli(['export', '--format', format, '--out', out, '--db', db]);
      expect(r.code, r.stderr).toBe(0);
      expect(readFileSync(out, 'utf8').length).toBeGreaterThan(500);
    }
    const md = cli(['export', '--format', 'md', '--db', db]);
    expect(md.stdout).toContain('# Fix plan: Default');
    expect(cli(['export', '--db', db]).code).toBe(2);
    expect(cli(['export', '--format', 'pdf', '--db', db]).code).toBe(2);

    const json = join(dir, 'x.json');
    expect(cli(['export', '--format', 'json', '--out', json, '--db', db]).code).toBe(0);
    const fresh = join(dir, 'fresh.sqlite');
    const imp = cli(['import', json, '--db', fresh, '--json']);
    expect(imp.code, imp.stderr).toBe(0);
    const result = JSON.parse(imp.stdout);
    expect(result.findings).toBe(28);
    expect(result.project.name).toBe('Default (imported)');
    const plan = cli(['plan', '--db', fresh, '--project', 'Default (imported)', '--json']);
    expect(JSON.parse(plan.stdout).gate.openGateItems).toHaveLength(13);
    const bad = cli(['import', join(dir, 'x.md'), '--db', fresh]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/not valid JSON|Not a Punchlist export/);
  }, SLOW);
});
