// IPC channel / DOM event names shared by main.ts and preload.ts. No imports: the sandboxed
// preload bundle must not pull in Node modules.

/** main → renderer: reload your data (after File > Import…). */
export const REFRESH_CHANNEL = 'punchlist:refresh';
/** DOM event the preload dispatches on `window` for the same thing. */
export const REFRESH_EVENT = 'punchlist:refresh';
