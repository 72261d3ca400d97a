// Two apps opening a team database that has no project yet, at the same moment (seen in the two-host
// live e2e: the second app failed to start, 'a project named "Default" already exists'). Made
// deterministic: the write lock is held from outside while both look for a project and find none;
// once it is let go, one creates "Default" and the other, looking again under the lock, uses it.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { startCoreThread } from '../../core/worker/start-thread';
import { WRITE_LOCK_KEY } from '../../db/postgres/runner';
import { ok } from '../service/helpers';
import { engines } from './engines';

const postgres = engines().find((e) => e.name === 'postgres')!;

describe.skipIf(postgres.skip !== null)('two apps opening an empty team database at once', () => {
  it('both start, with one Default project', async () => {
    const url = await postgres.fresh();
    // migrated, then emptied: as the first app found it
    openCore({ dbPath: url }).close();
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await admin.query('DELETE FROM events');
      await admin.query('DELETE FROM projects');
      await admin.query('SELECT pg_advisory_lock($1)', [WRITE_LOCK_KEY]);
      const opening = [startCoreThread({ dbPath: url }), startCoreThread({ dbPath: url })];
      // both wait for the write lock (each found no project before asking for it)
      const waiting = async () =>
        Number((await admin.query(`SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND objid = $1`, [WRITE_LOCK_KEY])).rows[0].n);
      for (let t = 0; (await waiting()) < 2; t++) {
        if (t > 600) throw new Error('the two apps never both waited for the write lock');
        await new Promise((r) => setTimeout(r, 100));
      }
      await admin.query('SELECT pg_advisory_unlock($1)', [WRITE_LOCK_KEY]);
      const settled = await Promise.allSettled(opening);
      const cores = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        for (const s of settled) if (s.status === 'rejected') throw s.reason;
        expect((await admin.query('SELECT name FROM projects')).rows).toEqual([{ name: 'Default' }]);
        for (const core of cores) expect(ok(await core.call('projects.list', {})).map((p) => p.name)).toEqual(['Default']);
      } finally {
        await Promise.all(cores.map((c) => c.close()));
      }
    } finally {
      await admin.end();
    }
  }, 180_000);
});
