import { randomUUID } from 'node:crypto';
import { eventRepository } from '../../../db/repositories/event-repository';
import { settingsRepository } from '../../../db/repositories/settings-repository';
import { parseJson } from '../mappers';
import { requireProject } from './projects';
import type { CoreContext } from '../context';
import { handlersOf, type Handler } from './types';

export const getSetting: Handler<'settings.get'> = (ctx, { projectId, key }) => {
  requireProject(ctx, projectId);
  const row = ctx.runner.first(settingsRepository(ctx.db).get(projectId, key));
  return { value: row ? parseJson<unknown>(row.value, null) : null };
};

/**
 * Writes a project setting (JSON) with its event, unless it holds that value already; returns
 * whether it changed. `action` 'setting.set' makes the change undoable (history.ts: the SLA and
 * "me" of issue 18), and then a new change discards the redo stack like any other; plain 'set' (the
 * board's view settings) is logged only.
 */
export function writeSetting(ctx: CoreContext, projectId: number, key: string, value: unknown, action: 'set' | 'setting.set' = 'set'): boolean {
  const json = JSON.stringify(value ?? null);
  return ctx.runner.tx(() => {
    const repo = settingsRepository(ctx.db);
    const events = eventRepository(ctx.db);
    const old = ctx.runner.first(repo.get(projectId, key));
    if (old?.value === json || (!old && action === 'setting.set' && json === 'null')) return false;
    if (action === 'setting.set') ctx.runner.run(events.discardRedo(projectId));
    ctx.runner.run(repo.set(projectId, key, json));
    ctx.runner.run(
      events.insert({
        at: ctx.now(),
        actor: ctx.actor,
        project_id: projectId,
        entity: 'setting',
        entity_id: projectId,
        action,
        field: key,
        old_value: old ? old.value : null,
        new_value: json,
        batch_id: randomUUID(),
      }),
    );
    return true;
  });
}

export const setSetting: Handler<'settings.set'> = (ctx, { projectId, key, value }) => {
  requireProject(ctx, projectId);
  writeSetting(ctx, projectId, key, value);
  return { ok: true };
};

export const settingHandlers = handlersOf({ 'settings.get': getSetting, 'settings.set': setSetting });
