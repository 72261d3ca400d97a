import { z } from 'zod';
import { CALL_ID_PATTERN } from '../channel';
import { none, out } from './parts';

export const metaMethods = {
  'meta.info': { input: none, output: out<{ version: string; dbPath: string; schemaVersion: number }>() },
  /**
   * open a link from report text: only http(s) and editor "open file" URLs, after a check and the
   * user's confirmation; answered by the host (core/host-calls.ts), which alone can ask and open
   */
  'app.openExternal': { input: z.object({ url: z.string().min(1).max(8192) }).strict(), output: out<{ opened: boolean }>(), host: true },
  /**
   * stop long work the renderer started and named with `callId` (shared/channel.ts): it stops at its
   * next checkpoint and what it was writing is rolled back; the call itself then answers "cancelled".
   * Answered by the host, which holds the calls in flight; `cancelled` false: no such call is running.
   */
  'calls.cancel': { input: z.object({ callId: z.string().regex(CALL_ID_PATTERN) }).strict(), output: out<{ cancelled: boolean }>(), host: true },
} as const;
