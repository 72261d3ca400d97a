import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../db/helpers';
import { cli } from './helpers';

let tmp: ReturnType<typeof tempDir>;
beforeAll(() => {
  tmp = tempDir('punchlist-cli-help-');
});
afterAll(() => tmp.cleanup());

describe('punchlist CLI basics', () => {
  it('prints help at top level and for each command', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toMatch(/Usage:/);
    for (const cmd of ['parse', 'ingest', 'list']) {
      const r = cli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout).toContain(`punchlist ${cmd}`);
    }
  });

  it('exits 2 on unknown commands and options, and without a command', () => {
    expect(cli(['frobnicate']).code).toBe(2);
    const r = cli(['list', '--colour', 'blue', '--db', join(tmp.dir, 'x.sqlite')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option/);
    expect(cli(['parse']).code).toBe(2);
    expect(cli([]).code).toBe(2);
    expect(cli(['list', '--severity', 'huge', '--db', join(tmp.dir, 'x.sqlite')]).code).toBe(2);
  });

  it('exits 1 when parse fails, naming the file', () => {
    const missing = join(tmp.dir, 'missing.md');
    const r = cli(['parse', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(missing);
  });
});
