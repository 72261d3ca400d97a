import { randomUUID } from 'node:crypto';
import { eventRepository } from '../../../db/repositories/event-repository';
import { settingsRepository } from '../../../db/repositories/settings-repository';
import { parseJson } from '../mappers';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

export const getSetting: Handler<'settings.get'> = (ctx, { projectId, key }) => {
  requireProject(ctx, projectId);
  const row = ctx.runner.first(settingsRepository(ctx.db).get(projectId, key));
  return { value: row ? parseJson<unknown>(row.value, null) : null };
};

export const setSetting: Handler<'settings.set'> = (ctx, { projectId, key, value }) => {
  requireProject(ctx, projectId);
  const json = JSON.stringify(value ?? null);
  ctx.runner.tx(() => {
    const repo = settingsRepository(ctx.db);
    const old = ctx.runner.first(repo.get(projectId, key));
    if (old?.value === json) return;
    ctx.runner.run(repo.set(projectId, key, json));
    ctx.runner.run(
      eventRepository(ctx.db).insert({
        at: ctx.now(),
        actor: ctx.actor,
        project_id: projectId,
        entity: 'setting',
        entity_id: projectId,
        action: 'set',
        field: key,
        old_value: old ? old.value : null,
        new_value: json,
        batch_id: randomUUID(),
      }),
    );
  });
  return { ok: true };
};

export const settingHandlers = handlersOf({ 'settings.get': getSetting, 'settings.set': setSetting });
