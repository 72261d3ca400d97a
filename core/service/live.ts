// Live changes on a team database: every write also announces itself to the other processes on the
// same PostgreSQL database. The writing core adds `NOTIFY punchlist_changes, '<payload>'` to the
// write's transaction (db/postgres/runner.ts beforeCommit), so it is delivered when, and only when,
// the write commits; each core process LISTENs on a connection of its own (db/postgres/listen.ts,
// core/worker/entry.ts) and turns other writers' notifications back into the ChangeEvents its
// renderer already follows (shared/changes.ts). The payload names its writer (one id per core
// process, its job thread included), so a process skips the echo of its own writes, which it has
// announced already. PostgreSQL refuses payloads over 8000 bytes: a change naming too many findings
// (an ingest) goes without them, a coarse event (every finding of the project may be stale).
import { randomUUID } from 'node:crypto';
import type { OpenStore } from '../../db';
import type { Statement } from '../../db/postgres/bridge';
import { PostgresRunner } from '../../db/postgres/runner';
import { definitionOf, isMethod, methodsReading, type Method } from '../../shared/api';
import type { ChangeEvent } from '../../shared/changes';
import { ENTITIES, type Entity } from '../../shared/contract/define';

/** the NOTIFY channel of Punchlist's changes (one per database: PostgreSQL scopes channels so) */
export const LIVE_CHANNEL = 'punchlist_changes';

/** PostgreSQL's payload limit is 8000 bytes; a little is kept free */
export const MAX_PAYLOAD_BYTES = 7900;

/** What goes over the wire: short keys, the ChangeEvent's `stale` left out (the listener derives it). */
interface Payload {
  /** format version */
  v: 1;
  /** the writing core process */
  w: string;
  /** the database login that made the change */
  u: string;
  /** null: a write of no method of the contract (`punchlist push`) */
  m: Method | null;
  p: number | null;
  e: Entity[];
  f: number[] | null;
}

export interface LiveWrite {
  writer: string;
  user: string;
  method: Method | null;
  /** what it wrote (default: what the method's definition says it writes) */
  entities?: readonly Entity[];
  projectIds: ReadonlySet<number>;
  findingIds: ReadonlySet<number>;
}

/** the NOTIFY payload of a write (findings left out when they do not fit) */
export function encodeChange(w: LiveWrite): string {
  const entities = [...(w.entities ?? (w.method ? definitionOf(w.method).writes : undefined) ?? ENTITIES)];
  const payload: Payload = {
    v: 1,
    w: w.writer,
    u: w.user,
    m: w.method,
    p: w.projectIds.size === 1 ? [...w.projectIds][0] : null,
    e: entities,
    f: w.findingIds.size > 0 ? [...w.findingIds] : null,
  };
  const text = JSON.stringify(payload);
  if (Buffer.byteLength(text) <= MAX_PAYLOAD_BYTES) return text;
  return JSON.stringify({ ...payload, f: null });
}

/** A change that may have touched anything: after a gap in listening, every answer is stale. */
export function everythingChanged(): ChangeEvent {
  return { method: null, projectId: null, entities: [...ENTITIES], findingIds: null, stale: methodsReading(ENTITIES), cardEdit: false };
}

const positiveInts = (x: unknown): x is number[] => Array.isArray(x) && x.every((n) => Number.isSafeInteger(n) && n > 0);

/**
 * The ChangeEvent a notification announces, or null when it is this process's own (`writer`). A
 * payload this version cannot read (a newer app's) makes everything stale rather than nothing.
 */
export function decodeChange(text: string, writer: string): ChangeEvent | null {
  let p: Partial<Payload>;
  try {
    p = JSON.parse(text) as Partial<Payload>;
  } catch {
    return everythingChanged();
  }
  if (p && p.w === writer) return null;
  if (!p || p.v !== 1 || (p.m !== null && !(typeof p.m === 'string' && isMethod(p.m))) || !Array.isArray(p.e)) return everythingChanged();
  const entities = p.e.filter((e): e is Entity => (ENTITIES as readonly string[]).includes(e));
  return {
    method: p.m,
    projectId: Number.isSafeInteger(p.p) && (p.p as number) > 0 ? (p.p as number) : null,
    entities,
    findingIds: positiveInts(p.f) && p.f.length > 0 ? p.f : null,
    stale: methodsReading(entities),
    cardEdit: p.m !== null && definitionOf(p.m).cardEdit === true,
  };
}

/** the statement that announces `w` (inside a transaction: when it commits) */
export function notifyStatement(w: LiveWrite): Statement {
  return { text: 'SELECT pg_notify($1, $2)', values: [LIVE_CHANNEL, encodeChange(w)] };
}

/**
 * Writes made on a team database outside the core's calls (`punchlist push`): every transaction of
 * `store` that commits announces `projectId` (null: any project) changed as a whole.
 */
export function announceCommits(store: OpenStore, projectId: number | null): void {
  if (!(store.runner instanceof PostgresRunner)) return;
  const write: LiveWrite = {
    writer: randomUUID(),
    user: store.user ?? '',
    method: null,
    entities: ENTITIES.filter((e) => e !== 'backups'),
    projectIds: new Set(projectId === null ? [] : [projectId]),
    findingIds: new Set(),
  };
  store.runner.beforeCommit = () => [notifyStatement(write)];
}
