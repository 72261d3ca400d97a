// The vendored test data (tests/fixtures: seeds, goldens, corpus, checker) is what MANIFEST.sha256
// says, byte for byte, and where the team folder (../shared) exists, the same as the team's copy.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VENDORED } from './team';

const ROOT = join(__dirname, '..');

describe('vendored fixtures', () => {
  it('match MANIFEST.sha256 (and ../shared where it exists)', () => {
    const r = spawnSync(process.execPath, ['scripts/vendor-fixtures.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^44 vendored files checked .*: ok$/m);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  });

  it('hold the five seeds with a golden each, and the corpus the tests read', () => {
    const seeds = readdirSync(join(VENDORED, 'seeds')).map((n) => n.replace(/\.txt$/, ''));
    const goldens = readdirSync(join(VENDORED, 'goldens')).filter((n) => n.endsWith('.golden.json')).map((n) => n.replace(/\.golden\.json$/, ''));
    expect(seeds).toHaveLength(5);
    expect(goldens.sort()).toEqual(seeds.sort());
    const corpusGoldens = readdirSync(join(VENDORED, 'goldens', 'corpus')).map((n) => n.replace(/\.golden\.json$/, '.md'));
    const markdown = readdirSync(join(VENDORED, 'corpus', 'markdown'));
    expect(corpusGoldens.length).toBe(8);
    for (const g of corpusGoldens) expect(markdown).toContain(g);
  });
});
