// Uploads the core holds between two calls (issue 16): a file dropped on the app window that is a newer
// version of a report crosses to the core once, with ingest.bytes `confirmUpdate`; while the user
// answers "Update the report?", its bytes wait here under a random token, and the follow-up
// ingest.bytes names that token instead of sending them again. Bounded: a held file goes when it is
// taken, released (ingest.unstage), after STAGED_TTL_MINUTES, or when more than MAX_HELD wait (the
// oldest first). Held per core, in the thread that ran the ingest (the job thread: all these are jobs).
import { randomBytes } from 'node:crypto';
import { STAGED_TTL_MINUTES } from '../../shared/contract/ingest';
import type { CoreContext } from './context';

/** at most this many files wait for an answer at once (one per open question; a few windows) */
export const MAX_HELD = 4;

interface Held {
  projectId: number;
  name: string;
  bytes: Uint8Array;
  timer: NodeJS.Timeout;
}

const heldBy = new WeakMap<CoreContext, Map<string, Held>>();

function heldOf(ctx: CoreContext): Map<string, Held> {
  let held = heldBy.get(ctx);
  if (!held) heldBy.set(ctx, (held = new Map()));
  return held;
}

/** holds `bytes` for a follow-up call; returns the token that names them */
export function holdUpload(ctx: CoreContext, projectId: number, name: string, bytes: Uint8Array, ttlMs = STAGED_TTL_MINUTES * 60_000): string {
  const held = heldOf(ctx);
  while (held.size >= MAX_HELD) releaseUpload(ctx, held.keys().next().value!);
  const token = `s${randomBytes(16).toString('hex')}`;
  // unref: a held file never keeps a process alive
  const timer = setTimeout(() => held.delete(token), ttlMs).unref();
  held.set(token, { projectId, name, bytes, timer });
  return token;
}

/** the held file `token` names, for a call about `projectId`, taken out of the store; undefined when gone */
export function takeUpload(ctx: CoreContext, projectId: number, token: string): { name: string; bytes: Uint8Array } | undefined {
  const h = heldBy.get(ctx)?.get(token);
  if (!h || h.projectId !== projectId) return undefined;
  releaseUpload(ctx, token);
  return { name: h.name, bytes: h.bytes };
}

/** lets go of a held file; false when it was not held (taken, expired, dropped) */
export function releaseUpload(ctx: CoreContext, token: string): boolean {
  const held = heldBy.get(ctx);
  const h = held?.get(token);
  if (!held || !h) return false;
  clearTimeout(h.timer);
  held.delete(token);
  return true;
}

/** how many files the core holds (tests) */
export const heldCount = (ctx: CoreContext): number => heldBy.get(ctx)?.size ?? 0;
