// What every write announces (core/service/changes.ts; on a team database other users' writes too:
// core/service/live.ts), and how a cache of answers keyed by method
// and input follows it (the renderer's query cache). No imports at run time: the preload and the
// renderer use it without the schemas.
import type { Entity, Method } from './api';

export interface ChangeEvent {
  /**
   * the method whose call made the change (here or, on a team database, in another user's app); null:
   * not known, anything may have changed (the changes of a time this app did not hear them)
   */
  method: Method | null;
  /** the project it changed, when known (null: any) */
  projectId: number | null;
  /** the kinds of data it changed */
  entities: Entity[];
  /** the findings it changed, when known */
  findingIds: number[] | null;
  /** the methods whose answers it made stale (their definition reads one of `entities`) */
  stale: Method[];
  /**
   * its method's definition says `cardEdit`: it changed the cards of `findingIds` and nothing else a
   * card shows (a view holding cards may fetch those again by id)
   */
  cardEdit: boolean;
}

/**
 * Whether a cached answer of `method` for `input` is stale after `change`: the method reads what
 * changed, and the answer is not about another project. (A finding's detail shows its dependencies'
 * statuses too, so any finding change makes every detail stale; only the one on screen is fetched.)
 */
export function isStale(change: ChangeEvent, method: string, input: unknown): boolean {
  if (!(change.stale as string[]).includes(method)) return false;
  const o = (input ?? {}) as { projectId?: unknown };
  return change.projectId === null || typeof o.projectId !== 'number' || o.projectId === change.projectId;
}
