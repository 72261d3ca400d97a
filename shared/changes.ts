// What every write announces (core/service/changes.ts), and how a cache of answers keyed by method
// and input follows it (the renderer's query cache). No imports at run time: the preload and the
// renderer use it without the schemas.
import type { Entity, Method } from './api';

export interface ChangeEvent {
  /** the method whose call made the change */
  method: Method;
  /** the project it changed, when known (null: any) */
  projectId: number | null;
  /** the kinds of data it changed */
  entities: Entity[];
  /** the findings it changed, when known (a finding's detail is stale only then) */
  findingIds: number[] | null;
  /** the methods whose answers it made stale (their definition reads one of `entities`) */
  stale: Method[];
}

/** Whether a cached answer of `method` for `input` is stale after `change`. */
export function isStale(change: ChangeEvent, method: string, input: unknown): boolean {
  if (!(change.stale as string[]).includes(method)) return false;
  const o = (input ?? {}) as { projectId?: unknown; id?: unknown };
  if (change.projectId !== null && typeof o.projectId === 'number' && o.projectId !== change.projectId) return false;
  if (method === 'findings.get' && change.findingIds && typeof o.id === 'number' && !change.entities.some((e) => e !== 'findings' && e !== 'history')) {
    return change.findingIds.includes(o.id);
  }
  return true;
}
