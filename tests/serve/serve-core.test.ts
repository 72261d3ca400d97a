// The serve host in front of the real core: a call made over HTTP lands in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCore } from '../../core/service/index';
import { startServeHost, TOKEN_HEADER, type ServeHost } from '../../core/serve/server';
import { TEAM } from '../team';

let dir: string;
let host: ServeHost;
let core: ReturnType<typeof openCore>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-serve-core-'));
  mkdirSync(join(dir, 'r'));
  writeFileSync(join(dir, 'r', 'index.html'), '<!doctype html>');
  core = openCore({ dbPath: join(dir, 'db.sqlite') });
  host = await startServeHost({ core, rendererDir: join(dir, 'r'), port: 0 });
});

afterAll(async () => {
  await host.close();
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(method: string, input: unknown) {
  const res = await fetch(`http://127.0.0.1:${host.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
    body: JSON.stringify(input),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as { ok: boolean; value?: any; error?: { code: string } }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

describe('serve host + core', () => {
  it('creates a project, ingests a report and lists its findings over HTTP', async () => {
    const project = await call('projects.create', { name: 'Over HTTP' });
    expect(project.ok).toBe(true);
    const projectId = project.value.id as number;
    const seed = `${TEAM}/seeds/000_fc571ca0a1401530.txt`;
    const base64 = readFileSync(seed).toString('base64');
    const ingested = await call('ingest.bytes', { projectId, name: 'seed.md', base64 });
    expect(ingested).toMatchObject({ ok: true, value: { ok: true } });
    const list = await call('findings.list', { projectId });
    expect(list.ok).toBe(true);
    expect(list.value.length).toBe(ingested.value.added);
    const bad = await call('findings.list', { projectId: -1 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});
