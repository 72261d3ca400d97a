// Validating a SARIF log the two ways the tests do: the vendored SARIF 2.1.0 schema (Ajv), and
// Microsoft's `sarif-multitool validate` (schema + SARIF rules) when its binary is installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/sarif-schema/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
export const validate = ajv.compile(SCHEMA);

export const MULTITOOL = join(import.meta.dirname, '../../node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool');
/** sarif-multitool runs here (the Linux binary is installed) */
export const hasMultitool = existsSync(MULTITOOL) && process.platform === 'linux';

/** the error-level results of `sarif-multitool validate` on this log */
export function multitoolErrors(text: string): unknown[] {
  const dir = mkdtempSync(join(tmpdir(), 'punchlist-sarif-'));
  try {
    const input = join(dir, 'export.sarif');
    const output = join(dir, 'validation.sarif');
    writeFileSync(input, text);
    execFileSync(MULTITOOL, ['validate', input, '--output', output, '--log', 'ForceOverwrite', '--quiet'], {
      stdio: 'pipe',
      timeout: 60_000,
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
    });
    const report = JSON.parse(readFileSync(output, 'utf8'));
    return (report.runs[0].results ?? []).filter((r: { level?: string }) => r.level === 'error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
