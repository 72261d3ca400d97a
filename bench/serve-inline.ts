// The reference for bench/serve-reads.ts: the serve host as it was before issue 16, the core opened
// on the HTTP thread itself (no worker), so a board read waits for a running ingest. Run through
// tsx like bin/serve.mjs: node bin/run-ts.mjs bench/serve-inline.ts DB RENDERER_DIR
// Prints the URL (with its token) on its first line, as the serve host does.
import { startServeHost } from '../core/serve/server';
import { openCoreAsync } from '../core/service';

const [dbPath, rendererDir] = process.argv.slice(2);
const core = await openCoreAsync({ dbPath });
const host = await startServeHost({ core, rendererDir, port: 0 });
process.stdout.write(`${host.url}\n`);
process.on('SIGTERM', () => {
  void host.close().finally(() => {
    core.close();
    process.exit(0);
  });
});
