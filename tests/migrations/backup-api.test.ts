// backup.list / backup.create / backup.restore through the core, as the File menu calls them.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { listBackups } from '../../db/backup';
import { LATEST_SCHEMA_VERSION, migrations } from '../../db/migrations';
import { tempDir } from '../db/helpers';
import { ok } from '../service/helpers';
import { buildAtVersion, buildReference, logicalDumpOf } from './helpers';

let tmp: ReturnType<typeof tempDir>;
let reference: string;
beforeAll(async () => {
  tmp = tempDir('punchlist-backup-api-');
  reference = join(tmp.dir, 'reference.sqlite');
  await buildReference(reference);
});
afterAll(() => tmp?.cleanup());

describe('backup API', () => {
  it('create, list, restore by name; the previous state is kept as a pre-restore backup', async () => {
    const dir = join(tmp.dir, 'a');
    mkdirSync(dir);
    const path = join(dir, 'punchlist.sqlite');
    buildAtVersion(path, reference, LATEST_SCHEMA_VERSION);
    const core = openCore({ dbPath: path });
    expect(ok(await core.call('backup.list', {}))).toEqual([]);
    const before = logicalDumpOf(path);
    const made = ok(await core.call('backup.create', {}));
    expect(made).toMatchObject({ reason: 'manual', schemaVersion: LATEST_SCHEMA_VERSION });
    expect(ok(await core.call('backup.list', {})).map((b) => b.name)).toEqual([made.name]);

    const ids = ok(await core.call('findings.list', { projectId: 1 })).map((c) => c.id);
    ok(await core.call('findings.update', { ids, patch: { status: 'wont_fix' }, reason: 'oops' }));
    const changed = logicalDumpOf(path);

    const r = ok(await core.call('backup.restore', { file: made.name }));
    expect(r.restored.file).toBe(made.file);
    expect(r.migrated).toEqual([]);
    expect(logicalDumpOf(path)).toEqual(before);
    expect(logicalDumpOf(r.previous.file)).toEqual(changed);
    expect(ok(await core.call('findings.list', { projectId: 1, status: ['wont_fix'] })).length).toBeLessThan(ids.length);
    expect(ok(await core.call('backup.list', {})).map((b) => b.reason).sort()).toEqual(['manual', 'pre-restore']);
    core.close();
  });

  it('restoring a backup of an older schema migrates it on the open connection', async () => {
    const dir = join(tmp.dir, 'b');
    mkdirSync(dir);
    const old = join(dir, 'old.sqlite');
    const k = migrations[0].version;
    buildAtVersion(old, reference, k);
    const path = join(dir, 'punchlist.sqlite');
    const core = openCore({ dbPath: path });
    const r = ok(await core.call('backup.restore', { file: old }));
    expect(r.restored.schemaVersion).toBe(k);
    expect(r.migrated).toEqual(migrations.filter((m) => m.version > k).map((m) => m.version));
    expect(ok(await core.call('meta.info', {})).schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(ok(await core.call('findings.list', { projectId: 1 })).length).toBeGreaterThan(0);
    expect(ok(await core.call('findings.list', { projectId: 1, text: 'redis' })).length).toBeGreaterThan(0);
    core.close();
    expect(listBackups(path).map((b) => b.reason)).toEqual(['pre-restore']);
  });

  it('refuses what is not a backup, with the reason, and changes nothing', async () => {
    const dir = join(tmp.dir, 'c');
    mkdirSync(dir);
    const path = join(dir, 'punchlist.sqlite');
    const core = openCore({ dbPath: path });
    const before = logicalDumpOf(path);
    for (const [file, why] of [
      ['no-such.sqlite', /file not found/],
      ['/etc/hostname', /not a readable SQLite database/],
      ['../escape.sqlite', /absolute path/],
    ] as const) {
      const res = await core.call('backup.restore', { file });
      expect(res.ok).toBe(false);
      if (!res.ok) {
        expect(res.error.code).toBe('invalid_input');
        expect(res.error.message).toMatch(why);
      }
    }
    expect(logicalDumpOf(path)).toEqual(before);
    core.close();
  });
});
