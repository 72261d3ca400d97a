// Change events: after a successful call of a method whose definition names what it writes, the core
// announces a ChangeEvent (shared/changes.ts): the entities, the project and the findings it touched.
// The findings and projects come from what the call wrote to the event log (events.ts notes them
// here) and from the input of a project-scoped method; the hosts forward the events to the renderer,
// whose query cache drops what they make stale.
import { definitionOf, methodsReading, projectOfCall, type Method } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import type { CoreContext } from './context';

/** What one call wrote, as it goes (CoreContext.changes). */
export interface ChangeNotes {
  projectIds: Set<number>;
  findingIds: Set<number>;
}

export const newChangeNotes = (): ChangeNotes => ({ projectIds: new Set(), findingIds: new Set() });

/** Notes a write of the running call (a no-op outside a call). */
export function noteChange(ctx: Pick<CoreContext, 'changes'>, projectId: number | null, findingIds: Iterable<number> = []): void {
  const notes = ctx.changes;
  if (!notes) return;
  if (projectId !== null) notes.projectIds.add(projectId);
  for (const id of findingIds) notes.findingIds.add(id);
}

/** The change a successful call of `method` announces, or null when it writes nothing. */
export function changeOf(method: Method, input: unknown, value: unknown, notes: ChangeNotes): ChangeEvent | null {
  const def = definitionOf(method);
  const entities = def.writes ? [...def.writes] : [];
  if (entities.length === 0) return null;
  const scoped = projectOfCall(method, input, value);
  if (scoped !== null) notes.projectIds.add(scoped);
  // a dry run or a comparison writes nothing; nor does an ingest that answers as one (it asks first: confirmUpdate)
  if (input && typeof input === 'object' && ((input as { dryRun?: unknown }).dryRun === true || typeof (input as { baseline?: unknown }).baseline === 'string')) return null;
  if (value && typeof value === 'object' && (value as { dryRun?: unknown }).dryRun === true) return null;
  return {
    method,
    projectId: notes.projectIds.size === 1 ? [...notes.projectIds][0] : null,
    entities,
    findingIds: notes.findingIds.size > 0 ? [...notes.findingIds] : null,
    stale: methodsReading(entities),
    cardEdit: def.cardEdit === true,
  };
}
