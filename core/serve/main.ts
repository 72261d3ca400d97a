// Entry point of the serve host (run by bin/serve.mjs through tsx). First stdout line: the URL with its token.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCoreThread } from '../worker/start-thread';
import { displayLocation } from '../../db/location';
import { resolveDbPath } from '../paths';
import { parseServeArgs } from './args';
import { startServeHost } from './server';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_RENDERER_DIR = join(repoRoot, '.vite', 'renderer', 'main_window');

async function main(): Promise<void> {
  let args;
  try {
    args = parseServeArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`serve: ${(err as Error).message}\nusage: npm run serve -- [--db PATH] [--port N]\n`);
    process.exit(2);
  }
  if (args.help) {
    process.stdout.write('usage: npm run serve -- [--db PATH] [--port N] [--renderer DIR]\n');
    return;
  }
  const rendererDir = args.renderer ? resolve(args.renderer) : DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) {
    process.stderr.write(`serve: no built renderer at ${rendererDir}\nRun \`npm run build:renderer\` first.\n`);
    process.exit(1);
  }
  const dbPath = resolveDbPath({ argDb: args.db, env: process.env });
  // the core runs in a worker thread (long work in a job thread beside it): this thread only serves
  const core = await startCoreThread({ dbPath });
  const host = await startServeHost({ core, rendererDir, port: args.port });
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`serve: database ${displayLocation(dbPath)}\nserve: listening on 127.0.0.1:${host.port} (Ctrl+C to stop)\n`);
  let closing = false;
  const shutdown = () => {
    if (closing) return;
    closing = true;
    void host
      .close()
      .then(() => core.close())
      .finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

try {
  await main();
} catch (err) {
  process.stderr.write(`serve: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
}
