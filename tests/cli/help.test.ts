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

describe('punchlist team', () => {
  it('documents grant, revoke and list, and refuses what it cannot do', () => {
    const help = cli(['team', '--help']);
    expect(help.code).toBe(0);
    for (const line of ['punchlist team grant LOGIN --role viewer|triager|lead [--project P]', 'punchlist team revoke LOGIN [--project P]', 'punchlist team list [--project P] [--json]']) {
      expect(help.stdout).toContain(line);
    }
    expect(cli(['--help']).stdout).toContain('punchlist team grant|revoke|list');
    const db = join(tmp.dir, 'x.sqlite');
    for (const args of [['team', 'grant', 'bob', '--project', 'Web', '--db', 'postgres://h/db'], ['team', 'grant', 'bob', '--role', 'owner', '--db', 'postgres://h/db'], ['team', 'list', 'bob', '--db', 'postgres://h/db'], ['team', 'promote', 'bob'], ['team', 'revoke', 'bob', '--role', 'lead', '--db', 'postgres://h/db']]) {
      expect(cli(args).code, args.join(' ')).toBe(2);
    }
    const sqlite = cli(['team', 'list', '--db', db]);
    expect([sqlite.code, sqlite.stderr]).toEqual([2, expect.stringContaining('roles exist on a team database only')]);
  });
});
