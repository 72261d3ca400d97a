// Each test gets its own serve host on a fresh database, and a page opened on its URL.
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IngestFileResult, Input, Method, Output, Result } from '../shared/api';
import { VENDORED } from '../tests/team';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = `${VENDORED}/seeds`;
export const GOLDENS_DIR = `${VENDORED}/goldens`;

export interface ServeHandle {
  url: string;
  origin: string;
  token: string;
  dir: string;
  call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** ingests files as the page does (ingest.bytes; the host refuses paths), each named by its path */
  ingest(projectId: number, paths: string[], choices?: Omit<Input<'ingest.bytes'>, 'projectId' | 'name' | 'base64'>): Promise<IngestFileResult[]>;
}

/** a serve host (`npm run serve`) on `dbPath`: a SQLite file or a postgres:// URL */
export function startServe(dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'serve.mjs'), '--db', dbPath, '--port', '0'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PUNCHLIST_DB: dbPath },
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not print its URL within 30 s\n${err}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolvePromise({ child, url: out.slice(0, nl).trim() });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}\n${err}`));
    });
  });
}

/** a method called on a serve host over HTTP (its URL carries the token); a refusal is thrown */
export async function callHost<M extends Method>(url: string, method: M, input: Input<M>): Promise<Output<M>> {
  const parsed = new URL(url);
  const res = await fetch(`${parsed.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-punchlist-token': parsed.searchParams.get('token') ?? '' },
    body: JSON.stringify(input),
  });
  const result = (await res.json()) as Result<Output<M>>;
  if (!result.ok) throw new Error(`${method}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/**
 * Another person's app on the same database: a second serve host on the test's database file
 * (its writes reach the page under test only when the page fetches again).
 */
export async function anotherUser(serve: ServeHandle): Promise<{ call: ServeHandle['call']; stop(): void }> {
  const { child, url } = await startServe(join(serve.dir, 'e2e.sqlite'));
  return {
    call: (method, input) => callHost(url, method, input),
    stop: () => void child.kill('SIGTERM'),
  };
}

/**
 * A serve host on another database (a team database's postgres:// URL, opened with its login): its
 * URL, calls, and its stop.
 */
export async function serveOn(db: string): Promise<{ url: string; call: ServeHandle['call']; stop(): void }> {
  const { child, url } = await startServe(db);
  return {
    url,
    call: (method, input) => callHost(url, method, input),
    stop: () => void child.kill('SIGTERM'),
  };
}

export const test = base.extend<{ serve: ServeHandle; consoleErrors: string[] }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the object pattern
  serve: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'punchlist-e2e-'));
    const { child, url } = await startServe(join(dir, 'e2e.sqlite'));
    const parsed = new URL(url);
    const token = parsed.searchParams.get('token') ?? '';
    const handle: ServeHandle = {
      url,
      origin: parsed.origin,
      token,
      dir,
      call: (method, input) => callHost(url, method, input),
      async ingest(projectId, paths, choices = {}) {
        const out: IngestFileResult[] = [];
        for (const p of paths) out.push(await handle.call('ingest.bytes', { projectId, name: p, base64: readFileSync(p).toString('base64'), ...choices }));
        return out;
      },
    };
    await use(handle);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 200));
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  },
  consoleErrors: [
    // depends on serve so it is checked before the host goes away
    async ({ page, serve }, use) => {
      void serve;
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Open the app and make sure a project is selected (the core may or may not create a default one). */
export async function openApp(page: Page, serve: ServeHandle): Promise<number> {
  await page.goto(serve.url);
  const create = page.getByRole('button', { name: 'Create project' });
  const board = page.getByTestId('board').or(page.getByTestId('empty-project'));
  await expect(create.or(board).first()).toBeVisible();
  if (await create.isVisible()) {
    await page.getByLabel('Project name').fill('E2E');
    await create.click();
    await expect(board.first()).toBeVisible();
  }
  const projects = await serve.call('projects.list', {});
  const selected = await page.getByLabel('Project', { exact: true }).inputValue();
  const id = Number(selected);
  expect(projects.some((p) => p.id === id)).toBe(true);
  return id;
}

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(SEEDS_DIR, f));
}

/** Import through the visible UI: the Import… button's file input, then wait for the summary. */
export async function importThroughUi(page: Page, files: string[]): Promise<string> {
  await page.getByTestId('import-input').first().setInputFiles(files);
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('import-item')).toHaveCount(files.length);
  const text = (await summary.textContent()) ?? '';
  await page.getByRole('button', { name: 'Close import' }).click();
  return text;
}

export interface GoldenFinding {
  severity?: string | null;
}
export interface Golden {
  source: string;
  findings: GoldenFinding[];
  optionalFindings?: unknown[];
}

export function readGoldens(): Golden[] {
  return readdirSync(GOLDENS_DIR)
    .filter((f) => f.endsWith('.golden.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLDENS_DIR, f), 'utf8')) as Golden);
}

export function column(page: Page, name: string) {
  return page.getByRole('region', { name, exact: true });
}

/** Drags a board card into a column with the mouse (a small first move starts the drag, as a hand would). */
export async function dragCardToColumn(page: Page, card: Locator, name: string): Promise<void> {
  const from = (await card.boundingBox())!;
  const to = (await column(page, name).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 20 });
  await page.mouse.up();
}

export async function columnCount(page: Page, name: string): Promise<number> {
  return Number(await column(page, name).getByTestId('column-count').textContent());
}

/** The data-id of the element that has keyboard focus. */
export async function focusedCardId(page: Page): Promise<number> {
  const id = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
  expect(id, 'a card has focus').not.toBeNull();
  return Number(id);
}

/** Where the e2e screenshots go: test-results/<name> at the repo root, whatever the cwd. */
export function shot(name: string): string {
  return join(ROOT, 'test-results', name);
}

export interface ApiRequest {
  /** the contract method, from the URL (/api/<method>) */
  method: string;
  /** the request body's size in bytes */
  bytes: number;
  body: string;
}

/**
 * Records the calls the page sends to the serve host's API from now on, with their bodies: what
 * crosses from the renderer to the core. (Bodies of 1 MB and more go as Blobs, renderer/src/api/client.ts,
 * which Playwright may not see: use smaller files with this.)
 */
export function recordApiRequests(page: Page): ApiRequest[] {
  const seen: ApiRequest[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (req.method() !== 'POST' || !url.pathname.startsWith('/api/')) return;
    const body = req.postDataBuffer();
    if (body === null) throw new Error(`${url.pathname}: Playwright saw no request body`);
    seen.push({ method: url.pathname.slice('/api/'.length), bytes: body.length, body: body.toString('utf8') });
  });
  return seen;
}

/**
 * One imported file crossed to the core once: of the recorded calls, `calls` went to ingest.bytes,
 * exactly one body carried the file's bytes (base64), and the ingest calls together sent not much
 * more than that body.
 */
export function expectSentOnce(requests: ApiRequest[], file: string, calls: number): void {
  const base64 = readFileSync(file).toString('base64');
  const ingests = requests.filter((r) => r.method.startsWith('ingest.'));
  expect(ingests.map((r) => r.method)).toEqual(Array.from({ length: calls }, () => 'ingest.bytes'));
  expect(requests.filter((r) => r.body.includes(base64)).map((r) => r.method)).toEqual(['ingest.bytes']);
  const sent = ingests.reduce((sum, r) => sum + r.bytes, 0);
  expect(sent).toBeGreaterThan(base64.length);
  expect(sent).toBeLessThan(base64.length + 1024);
}
