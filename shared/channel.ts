// The transport side of the API contract, kept apart from shared/api.ts so the renderer and the
// preload can use it without pulling zod and the schemas into their bundles (they only send; the
// core validates every payload with the registry's schemas, shared/contract/).

/** The name of the single IPC channel (renderer → core), and of the HTTP route prefix on the serve host. */
export const API_CHANNEL = 'punchlist:api';
export const API_HTTP_PREFIX = '/api/';
/** main → renderer: what a write changed (ChangeEvent); the serve host streams the same events at this path */
export const CHANGES_CHANNEL = 'punchlist:changes';
export const CHANGES_HTTP_PATH = '/events';
