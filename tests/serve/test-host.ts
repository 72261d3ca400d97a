// The serve host in front of a real core thread on a fresh database in a temporary folder, as the
// serve tests start it, and an API call over HTTP with the per-start token.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { startCoreThread, type CoreClient } from '../../core/worker/start-thread';
import { startServeHost, TOKEN_HEADER, type ServeHost } from '../../core/serve/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ApiReply = { ok: boolean; value?: any; error?: { code: string; message: string } };

export interface TestHost {
  dir: string;
  core: CoreClient;
  host: ServeHost;
  /** POSTs one API call, expecting HTTP 200 (errors come back as values) */
  call(method: string, input: unknown): Promise<ApiReply>;
  close(): Promise<void>;
}

/** `db`: the database to open (a postgres:// URL); a SQLite file in the folder when absent. */
export async function startTestHost(prefix: string, db?: string): Promise<TestHost> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'r'));
  writeFileSync(join(dir, 'r', 'index.html'), '<!doctype html>');
  const core = await startCoreThread({ dbPath: db ?? join(dir, 'db.sqlite') });
  const host = await startServeHost({ core, rendererDir: join(dir, 'r'), port: 0 });
  return {
    dir,
    core,
    host,
    async call(method, input) {
      const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
        body: JSON.stringify(input),
      });
      expect(res.status, method).toBe(200);
      return (await res.json()) as ApiReply;
    },
    async close() {
      await host.close();
      await core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
