// The team's golden check (../shared/tools/check-goldens.mjs) run against dev-parse.ts.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM } from '../team';

const ROOT = join(__dirname, '..', '..');
const CHECKER = `${TEAM}/tools/check-goldens.mjs`;

describe('goldens', () => {
  it.skipIf(!existsSync(CHECKER))('check-goldens scores 1.000 on the five seeds', () => {
    let out = '';
    let code = 0;
    try {
      out = execFileSync(
        process.execPath,
        [CHECKER, '--', process.execPath, 'bin/run-ts.mjs', 'core/ingest/markdown/dev-parse.ts', '{file}'],
        { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      const err = e as { status?: number; stdout?: string };
      code = err.status ?? 1;
      out = err.stdout ?? '';
    }
    expect(out.trim().split('\n').pop()).toMatch(/^score: 1\.000 /);
    expect(code, out).toBe(0);
  }, 300_000);
});
