// The goldens check (check-goldens.mjs) run against dev-parse.ts on the five seeds: the repository's
// own copy of the checker, goldens and seeds (tests/fixtures) always; the team folder's checker on
// its own files as well where ../shared exists.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEAM, TEAM_PRESENT, VENDORED } from '../team';

const ROOT = join(__dirname, '..', '..');

function score(base: string): { last: string; code: number; out: string } {
  let out = '';
  let code = 0;
  try {
    out = execFileSync(
      process.execPath,
      [join(base, 'tools', 'check-goldens.mjs'), '--goldens', join(base, 'goldens'), '--inputs', join(base, 'seeds'), '--', process.execPath, 'bin/run-ts.mjs', 'core/ingest/markdown/dev-parse.ts', '{file}'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    code = err.status ?? 1;
    out = err.stdout ?? '';
  }
  return { last: out.trim().split('\n').pop() ?? '', code, out };
}

describe('goldens', () => {
  it('check-goldens scores 1.000 on the five seeds (the vendored checker, goldens and seeds)', () => {
    const r = score(VENDORED);
    expect(r.last).toMatch(/^score: 1\.000 \(\d+ of \d+ checks\)$/);
    expect(r.code, r.out).toBe(0);
  }, 300_000);

  it.skipIf(!TEAM_PRESENT)('and with the team folder\'s own checker, goldens and seeds (../shared)', () => {
    const r = score(TEAM);
    expect(r.last).toMatch(/^score: 1\.000 \(\d+ of \d+ checks\)$/);
    expect(r.code, r.out).toBe(0);
  }, 300_000);
});
