// The transport names of the API contract, kept apart from shared/api.ts so the renderer can use them
// without pulling zod and every schema into its startup bundle (the renderer only sends; the main
// process and the serve host validate).

/** The name of the single IPC channel, and of the HTTP route prefix on the serve host. */
export const API_CHANNEL = 'punchlist:api';
export const API_HTTP_PREFIX = '/api/';
