import { describe, expect, it } from 'vitest';
import { openCore } from '../../core/service';
import { LATEST_SCHEMA_VERSION } from '../../db/migrations';
import { engines } from '../pg/engines';
import { ok } from './helpers';

/** where the database is, as meta.info shows it: a team database's URL without its password */
const shown = (location: string) => location.replace(/^(postgres:\/\/[^:@/]+):[^@]*@/, '$1:***@');

// on SQLite and on PostgreSQL (tests/pg/engines.ts)
for (const engine of engines()) {
  describe.skipIf(engine.skip !== null)(`on ${engine.name}`, () => {
    describe('dispatch', () => {
      it('returns validation errors as values, never throws', async () => {
        const core = openCore({ dbPath: await engine.fresh() });
        const bad = await core.dispatch('findings.list', { projectId: 'one' });
        expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        if (!bad.ok) expect(bad.error.message).toMatch(/projectId/);
        const extra = await core.dispatch('projects.create', { name: 'x', evil: true });
        expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(await core.dispatch('no.such.method', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(await core.dispatch('__proto__', {})).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        expect(await core.dispatch('findings.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
        expect(await core.dispatch('app.openExternal', { url: 'https://example.com' })).toMatchObject({
          ok: false,
          error: { code: 'unavailable' },
        });
        core.close();
      });

      it('has a Default project and meta info after first open', async () => {
        const dbPath = await engine.fresh();
        const core = openCore({ dbPath });
        const projects = ok(await core.call('projects.list', {}));
        expect(projects.map((p) => p.name)).toEqual(['Default']);
        expect(ok(await core.call('meta.info', {}))).toMatchObject({ dbPath: shown(dbPath), schemaVersion: LATEST_SCHEMA_VERSION });
        const p = ok(await core.call('projects.create', { name: '  Mobile  ' }));
        expect(p.name).toBe('Mobile');
        expect(await core.call('projects.create', { name: 'Mobile' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
        core.close();
        const again = openCore({ dbPath });
        expect(ok(await again.call('projects.list', {})).map((x) => x.name)).toEqual(['Default', 'Mobile']);
        again.close();
      });


      it('settings persist across reopen', async () => {
        const dbPath = await engine.fresh();
        const core = openCore({ dbPath });
        const projectId = ok(await core.call('projects.list', {}))[0].id;
        expect(ok(await core.call('settings.get', { projectId, key: 'board' }))).toEqual({ value: null });
        const value = { groupBy: 'severity', filters: { status: ['open'] } };
        ok(await core.call('settings.set', { projectId, key: 'board', value }));
        core.close();
        const again = openCore({ dbPath });
        expect(ok(await again.call('settings.get', { projectId, key: 'board' }))).toEqual({ value });
        expect(await again.call('settings.get', { projectId: 77, key: 'board' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
        again.close();
      });
    });
  });
}
