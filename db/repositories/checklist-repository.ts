// Checklists, their items and item ↔ finding links (001-initial + manual flag from migration 005).
import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export const checklistRepository = (db: Kysely<Database>) => ({
  lists: (projectId: number) =>
    db
      .selectFrom('checklists')
      .select(['id', 'title', 'gate', 'report_id', 'ordinal'])
      .where('project_id', '=', projectId)
      .orderBy('ordinal')
      .orderBy('id'),
  items: (projectId: number) =>
    db
      .selectFrom('checklist_items as i')
      .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
      .select(['i.id', 'i.checklist_id', 'i.text', 'i.checked', 'i.manual', 'i.ordinal'])
      .where('c.project_id', '=', projectId)
      .orderBy('i.checklist_id')
      .orderBy('i.ordinal')
      .orderBy('i.id'),
  links: (projectId: number) =>
    db
      .selectFrom('checklist_item_findings as l')
      .innerJoin('checklist_items as i', 'i.id', 'l.item_id')
      .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
      .select(['l.item_id', 'l.finding_id'])
      .where('c.project_id', '=', projectId)
      .orderBy('l.item_id')
      .orderBy('l.finding_id'),
  byId: (id: number) => db.selectFrom('checklists').select(['id', 'project_id', 'title', 'gate']).where('id', '=', id),
  itemById: (id: number) =>
    db
      .selectFrom('checklist_items as i')
      .innerJoin('checklists as c', 'c.id', 'i.checklist_id')
      .select(['i.id', 'i.checklist_id', 'i.text', 'i.checked', 'i.manual', 'c.project_id'])
      .where('i.id', '=', id),
  maxOrdinal: (projectId: number) =>
    db.selectFrom('checklists').select((eb) => eb.fn.max('ordinal').as('m')).where('project_id', '=', projectId),
  maxItemOrdinal: (checklistId: number) =>
    db.selectFrom('checklist_items').select((eb) => eb.fn.max('ordinal').as('m')).where('checklist_id', '=', checklistId),
  insert: (v: { project_id: number; report_id: number | null; title: string; gate: number; ordinal: number }) =>
    db.insertInto('checklists').values(v),
  update: (id: number, v: { title?: string; gate?: number }) => db.updateTable('checklists').set(v).where('id', '=', id),
  insertItem: (v: { checklist_id: number; text: string; checked: number; manual?: number; ordinal: number }) =>
    db.insertInto('checklist_items').values(v),
  updateItem: (id: number, v: { text?: string; checked?: number; manual?: number }) =>
    db.updateTable('checklist_items').set(v).where('id', '=', id),
  deleteItem: (id: number) => db.deleteFrom('checklist_items').where('id', '=', id),
  link: (itemId: number, findingId: number) =>
    db
      .insertInto('checklist_item_findings')
      .values({ item_id: itemId, finding_id: findingId })
      .onConflict((oc) => oc.columns(['item_id', 'finding_id']).doNothing()),
  /** a new item's link (its finding ids are distinct: no conflict to allow for) */
  insertLink: (itemId: number, findingId: number) => db.insertInto('checklist_item_findings').values({ item_id: itemId, finding_id: findingId }),
  unlink: (itemId: number, findingId: number) =>
    db.deleteFrom('checklist_item_findings').where('item_id', '=', itemId).where('finding_id', '=', findingId),
});
