// Exports of ingested databases through the API: SARIF validates (vendored schema with ajv, and
// sarif-multitool), the CSV opens in LibreOffice with the right row count and formulas kept as
// text, Markdown and HTML carry the plan.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../export/csv';
import { CORPUS, findingByRef, ingest, ok, SEEDS, tempCoreOn, type TempDb } from './helpers';
import { engines } from '../pg/engines';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif-schema/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(SCHEMA);

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    let t: TempDb;
    let findingCount = 0;
    const FORMULA = '=1+1';
    beforeAll(async () => {
      t = await tempCoreOn(engine);
      await ingest(t.core, 1, [...SEEDS, ...CORPUS]);
      const cards = ok(await t.core.call('findings.list', { projectId: 1 }));
      findingCount = cards.length;
      const a02 = await findingByRef(t.core, 1, 'BUG-A02');
      const a03 = await findingByRef(t.core, 1, 'BUG-A03');
      ok(await t.core.call('findings.update', { ids: [a02.id], patch: { status: 'wont_fix' }, reason: 'Accepted risk: internal tool' }));
      ok(await t.core.call('findings.update', { ids: [a03.id], patch: { status: 'false_positive', notes: `${FORMULA}\nsecond line, "quoted"; ü` } }));
    });
    afterAll(() => t.cleanup());

    /** the CSV export, or LibreOffice's CSV of it: LF or CR records too, a BOM dropped */
    const parseCsv = (text: string) => readCsv(text, { newlines: 'any', lastRecord: 'keep', stripBom: true });

    describe('SARIF export', () => {
      it('validates against the SARIF 2.1.0 schema and carries the triage state', async () => {
        const file = ok(await t.core.call('export.render', { projectId: 1, format: 'sarif' }));
        expect(file.fileName).toMatch(/\.sarif$/);
        const log = JSON.parse(file.text);
        const valid = validate(log);
        expect(validate.errors ?? []).toEqual([]);
        expect(valid).toBe(true);
        const results = log.runs.flatMap((r: { results: unknown[] }) => r.results) as Array<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
        expect(results).toHaveLength(findingCount);
        const wontFix = results.find((r) => r.properties?.punchlist?.status === 'wont_fix')!;
        expect(wontFix.suppressions[0]).toMatchObject({ kind: 'external', status: 'accepted', justification: 'Accepted risk: internal tool' });
        const fp = results.find((r) => r.properties?.punchlist?.status === 'false_positive')!;
        expect(fp.suppressions[0].kind).toBe('external');
        expect(results.every((r) => ['new', 'unchanged', 'updated', 'absent'].includes(r.baselineState))).toBe(true);
      });

      const multitool = join(import.meta.dirname, '../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
      it.skipIf(!existsSync(multitool))('passes `sarif-multitool validate` with no errors', async () => {
        const input = join(t.dir, 'export.sarif');
        const output = join(t.dir, 'validation.sarif');
        writeFileSync(input, ok(await t.core.call('export.render', { projectId: 1, format: 'sarif' })).text);
        execFileSync(multitool, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--quiet'], {
          stdio: 'pipe',
          timeout: 120_000,
          env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
        });
        const report = JSON.parse(readFileSync(output, 'utf8'));
        const errors = (report.runs[0].results ?? []).filter((r: { level?: string }) => r.level === 'error');
        expect(errors).toEqual([]);
      });
    });

    describe('CSV export', () => {
      it('has a BOM, a header and one row per finding', async () => {
        const file = ok(await t.core.call('export.render', { projectId: 1, format: 'csv' }));
        expect(file.text.startsWith('\uFEFF')).toBe(true);
        const rows = parseCsv(file.text);
        expect(rows).toHaveLength(findingCount + 1);
        expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
      });

      const soffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' });
      const haveSoffice = soffice.status === 0;
      if (!haveSoffice) console.log('skipping the LibreOffice check: soffice is not installed (apt-get install libreoffice-calc-nogui)');
      it.skipIf(!haveSoffice)('opens in LibreOffice (soffice --convert-to) with the right row count, formulas kept as text', async () => {
        const dir = join(t.dir, 'lo');
        mkdirSync(dir, { recursive: true });
        const csv = ok(await t.core.call('export.render', { projectId: 1, format: 'csv' })).text;
        writeFileSync(join(dir, 'findings.csv'), csv);
        // control: the same formula written raw IS evaluated by this import, so the check has teeth
        writeFileSync(join(dir, 'control.csv'), `a,b\r\nx,${FORMULA}\r\n`);
        // CSV import: comma, double quote, UTF-8, from line 1, ..., evaluate formulas = true
        const filter = 'CSV:44,34,76,1,,1033,false,false,false,false,false,-1,true';
        for (const name of ['findings', 'control']) {
          execFileSync(
            'soffice',
            ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, `--infilter=${filter}`, '--convert-to', 'xlsx', '--outdir', join(dir, 'xlsx'), join(dir, `${name}.csv`)],
            { stdio: 'pipe', timeout: 120_000 },
          );
          execFileSync(
            'soffice',
            ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'back'), join(dir, 'xlsx', `${name}.xlsx`)],
            { stdio: 'pipe', timeout: 120_000 },
          );
        }
        const control = parseCsv(readFileSync(join(dir, 'back', 'control.csv'), 'utf8'));
        expect(control[1][1]).toBe('2');
        const back = parseCsv(readFileSync(join(dir, 'back', 'findings.csv'), 'utf8')).filter((r) => r.some((c) => c !== ''));
        expect(back).toHaveLength(findingCount + 1);
        const header = back[0];
        expect(header[0]).toBe('id');
        const notes = header.indexOf('notes');
        const row = back.find((r) => r[notes]?.includes('1+1'))!;
        expect(row).toBeDefined();
        expect(row[notes]).not.toBe('2');
        expect(row[notes]).toContain('second line, "quoted"; ü');
      });
    });

    describe('Markdown and HTML exports', () => {
      it('carry the steps, findings with severity, location, effort, checkboxes and totals', async () => {
        const md = ok(await t.core.call('export.render', { projectId: 1, format: 'md' }));
        expect(md.fileName).toBe('default-punchlist.md');
        const view = ok(await t.core.call('plan.get', { projectId: 1, source: 'current' }));
        expect(md.text).toContain('## Step 1: ');
        expect(md.text).toMatch(/- \[ \] \*\*critical\*\*/);
        expect(md.text).toContain('BUG-A01');
        const h = (n: number) => String(Math.round(n * 100) / 100);
        expect(md.text).toContain(`${h(view.plan.totals.minHours)}-${h(view.plan.totals.maxHours)} h`);
        const html = ok(await t.core.call('export.render', { projectId: 1, format: 'html' }));
        expect(html.mimeType).toMatch(/^text\/html/);
        expect(html.text).toMatch(/^<!doctype html>/i);
        expect(html.text).not.toMatch(/<script/i);
        expect(html.text).toContain('BUG-A01');
      });
    });
  });
}
