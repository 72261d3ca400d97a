// The transport side of the API contract, kept apart from shared/api.ts so the renderer and the
// preload can use it without pulling zod and the schemas into their bundles (they only send; the
// core validates every payload with the registry's schemas, shared/contract/).
import type { Progress } from './contract/define';

/** The name of the single IPC channel (renderer → core), and of the HTTP route prefix on the serve host. */
export const API_CHANNEL = 'punchlist:api';
export const API_HTTP_PREFIX = '/api/';
/** main → renderer: what a write changed (ChangeEvent); the serve host streams the same events at this path */
export const CHANGES_CHANNEL = 'punchlist:changes';
export const CHANGES_HTTP_PATH = '/events';
/** the serve host's per-start token, on every request */
export const TOKEN_HEADER = 'x-punchlist-token';

// Progress and cancel of long work (a `job` method) started by the renderer. The renderer names the
// call with an id of its own: Electron sends it as the API call's third argument and its progress
// comes back on PROGRESS_CHANNEL; the serve host takes it in the CALL_ID_HEADER and streams the
// progress in the call's answer (ndjson). Either host stops the call on `calls.cancel` with that id.

/** main → renderer: the progress of a call the renderer named (ProgressEvent) */
export const PROGRESS_CHANNEL = 'punchlist:progress';
export const CALL_ID_HEADER = 'x-punchlist-call';
/** the ndjson answer of a call with progress: `{"progress":…}` lines, then `{"result":…}` */
export const NDJSON = 'application/x-ndjson';

/** what a call id may be: 8 to 64 letters, digits, '-' or '_' */
export const CALL_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const isCallId = (x: unknown): x is string => typeof x === 'string' && CALL_ID_PATTERN.test(x);

export interface ProgressEvent {
  callId: string;
  progress: Progress;
}
