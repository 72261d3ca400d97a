// checklists.*: checklists imported from reports or made by hand; items tick themselves when all
// their linked findings are fixed/verified, unless the user set them by hand (manual).
import { checklistRepository } from '../../../db/repositories/checklist-repository';
import type { SnapshotChecklist } from '../../../shared/snapshot';
import { noteChange } from '../changes';
import { CoreError, notFound, type CoreContext } from '../context';
import { readChecklists } from '../snapshot';
import { requireProject } from './projects';
import { handlersOf, type Handler } from './types';

/** the checklist after a change to it (announced as a change of its project) */
function checklistOf(ctx: CoreContext, projectId: number, checklistId: number): SnapshotChecklist {
  noteChange(ctx, projectId);
  const c = readChecklists(ctx, projectId).find((x) => x.id === checklistId);
  if (!c) throw notFound(`checklist ${checklistId}`);
  return c;
}

function requireList(ctx: CoreContext, id: number) {
  const row = ctx.runner.first(checklistRepository(ctx.db).byId(id));
  if (!row) throw notFound(`checklist ${id}`);
  return row;
}

function requireItem(ctx: CoreContext, id: number) {
  const row = ctx.runner.first(checklistRepository(ctx.db).itemById(id));
  if (!row) throw notFound(`checklist item ${id}`);
  return row;
}

function requireFindingIn(ctx: CoreContext, projectId: number, findingId: number) {
  const row = ctx.runner.first(ctx.db.selectFrom('findings').select('project_id').where('id', '=', findingId));
  if (!row) throw notFound(`finding ${findingId}`);
  if (row.project_id !== projectId) throw new CoreError('invalid_input', `finding ${findingId} belongs to another project`);
}

export const listChecklists: Handler<'checklists.list'> = (ctx, { projectId }) => {
  requireProject(ctx, projectId);
  return readChecklists(ctx, projectId);
};

export const createChecklist: Handler<'checklists.create'> = (ctx, { projectId, title, gate }) => {
  requireProject(ctx, projectId);
  const repo = checklistRepository(ctx.db);
  const id = ctx.runner.tx(() => {
    const max = ctx.runner.first(repo.maxOrdinal(projectId))?.m;
    return ctx.runner.run(repo.insert({ project_id: projectId, report_id: null, title, gate: gate ? 1 : 0, ordinal: Number(max ?? -1) + 1 })).lastId;
  });
  return checklistOf(ctx, projectId, id);
};

export const updateChecklist: Handler<'checklists.update'> = (ctx, { id, title, gate }) => {
  const list = requireList(ctx, id);
  const set: { title?: string; gate?: number } = {};
  if (title !== undefined) set.title = title;
  if (gate !== undefined) set.gate = gate ? 1 : 0;
  if (Object.keys(set).length) ctx.runner.run(checklistRepository(ctx.db).update(id, set));
  return checklistOf(ctx, list.project_id, id);
};

export const addChecklistItem: Handler<'checklists.addItem'> = (ctx, { checklistId, text, findingIds }) => {
  const list = requireList(ctx, checklistId);
  const repo = checklistRepository(ctx.db);
  ctx.runner.tx(() => {
    for (const f of findingIds ?? []) requireFindingIn(ctx, list.project_id, f);
    const max = ctx.runner.first(repo.maxItemOrdinal(checklistId))?.m;
    const itemId = ctx.runner.run(repo.insertItem({ checklist_id: checklistId, text, checked: 0, manual: 0, ordinal: Number(max ?? -1) + 1 })).lastId;
    for (const f of new Set(findingIds ?? [])) ctx.runner.run(repo.link(itemId, f));
  });
  return checklistOf(ctx, list.project_id, checklistId);
};

export const editChecklistItem: Handler<'checklists.editItem'> = (ctx, { itemId, text }) => {
  const item = requireItem(ctx, itemId);
  ctx.runner.run(checklistRepository(ctx.db).updateItem(itemId, { text }));
  return checklistOf(ctx, item.project_id, item.checklist_id);
};

export const setChecklistItem: Handler<'checklists.setItem'> = (ctx, { itemId, checked }) => {
  const item = requireItem(ctx, itemId);
  const repo = checklistRepository(ctx.db);
  if (checked === null) ctx.runner.run(repo.updateItem(itemId, { manual: 0 }));
  else ctx.runner.run(repo.updateItem(itemId, { checked: checked ? 1 : 0, manual: 1 }));
  return checklistOf(ctx, item.project_id, item.checklist_id);
};

export const removeChecklistItem: Handler<'checklists.removeItem'> = (ctx, { itemId }) => {
  const item = requireItem(ctx, itemId);
  ctx.runner.run(checklistRepository(ctx.db).deleteItem(itemId));
  return checklistOf(ctx, item.project_id, item.checklist_id);
};

export const linkChecklistFinding: Handler<'checklists.linkFinding'> = (ctx, { itemId, findingId }) => {
  const item = requireItem(ctx, itemId);
  requireFindingIn(ctx, item.project_id, findingId);
  ctx.runner.run(checklistRepository(ctx.db).link(itemId, findingId));
  return checklistOf(ctx, item.project_id, item.checklist_id);
};

export const unlinkChecklistFinding: Handler<'checklists.unlinkFinding'> = (ctx, { itemId, findingId }) => {
  const item = requireItem(ctx, itemId);
  ctx.runner.run(checklistRepository(ctx.db).unlink(itemId, findingId));
  return checklistOf(ctx, item.project_id, item.checklist_id);
};

export const checklistHandlers = handlersOf({
  'checklists.list': listChecklists,
  'checklists.create': createChecklist,
  'checklists.update': updateChecklist,
  'checklists.addItem': addChecklistItem,
  'checklists.editItem': editChecklistItem,
  'checklists.setItem': setChecklistItem,
  'checklists.removeItem': removeChecklistItem,
  'checklists.linkFinding': linkChecklistFinding,
  'checklists.unlinkFinding': unlinkChecklistFinding,
});
