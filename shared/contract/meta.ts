import { z } from 'zod';
import { none, out } from './parts';

export const metaMethods = {
  'meta.info': { input: none, output: out<{ version: string; dbPath: string; schemaVersion: number }>() },
  /**
   * open a link from report text: only http(s) and editor "open file" URLs, after a check and the
   * user's confirmation; answered by the host (core/host-calls.ts), which alone can ask and open
   */
  'app.openExternal': { input: z.object({ url: z.string().min(1).max(8192) }).strict(), output: out<{ opened: boolean }>(), host: true },
} as const;
