// The core entry in a worker thread (the serve host, the CLI): see entry.ts and start-thread.ts.
import { parentPort } from 'node:worker_threads';
import { runCoreEntry } from './entry';
import { portLink } from './link';
import type { CoreInit, FromCore, ToCore } from './protocol';
import { threadData } from './threads';

if (!parentPort) throw new Error('entry-thread.ts runs in a worker thread');
await runCoreEntry(portLink<ToCore, FromCore>(parentPort), threadData<CoreInit>());
