// Live on a team database (issue 18): two people, each with their own app (a serve host of their own)
// on one PostgreSQL database of a throwaway cluster. What one does in their page appears on the
// other's board without a reload: the write's NOTIFY reaches the other host's LISTEN, which streams
// it to its page as a change event.
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pgUnavailable, startCluster, type Cluster } from '../tests/pg/cluster';
import { callHost, column, expect, openApp, seedFiles, startServe, test, type ServeHandle } from './fixtures';

const why = pgUnavailable();
test.skip(why !== null, `PostgreSQL tests skipped: ${why}`);

let cluster: Cluster | null = null;
const hosts: ChildProcess[] = [];

test.afterAll(() => {
  for (const child of hosts) child.kill('SIGTERM');
  cluster?.stop();
});

/** a person's app on the team database: a serve host of its own */
async function app(url: string): Promise<ServeHandle> {
  const { child, url: hostUrl } = await startServe(url);
  hosts.push(child);
  const parsed = new URL(hostUrl);
  const handle: ServeHandle = {
    url: hostUrl,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    dir: '',
    call: (method, input) => callHost(hostUrl, method, input),
    ingest: () => Promise.reject(new Error('not used here')),
  };
  return handle;
}

/** marks the page: a reload would lose the mark */
const mark = (p: Page) => p.evaluate(() => ((window as unknown as { liveMark: number }).liveMark = 18));
const marked = (p: Page) => p.evaluate(() => (window as unknown as { liveMark?: number }).liveMark ?? null);

test("a status changed in one person's page appears on the other's board without a reload", async ({ page, browser }) => {
  cluster = await startCluster();
  const db = await cluster.createDatabase({ name: 'lead_alice', password: 'alice-pw' });
  const [alice, bob] = await Promise.all([app(db), app(db)]);

  const projectId = await openApp(page, alice);
  const bobContext = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  const bobPage = await bobContext.newPage();
  const bobErrors: string[] = [];
  bobPage.on('pageerror', (e) => bobErrors.push(e.message));
  bobPage.on('console', (m) => m.type() === 'error' && bobErrors.push(m.text()));
  expect(await openApp(bobPage, bob)).toBe(projectId);
  await expect(bobPage.getByTestId('empty-project')).toBeVisible();
  await mark(bobPage);

  // alice imports a report through her app: bob's board fills
  const seed = seedFiles()[0];
  const imported = await alice.call('ingest.bytes', { projectId, name: seed, base64: readFileSync(seed).toString('base64') });
  if (!imported.ok) throw new Error(imported.error);
  const cards = await bob.call('findings.list', { projectId });
  expect(cards.length).toBe(imported.added);
  await expect(bobPage.getByTestId('total-count')).toHaveText(`${cards.length} findings`);

  // alice moves a card to Fixed in her page's detail
  const target = cards.find((c) => c.status === 'open')!;
  await expect(column(page, 'Open').locator(`[data-id="${target.id}"]`)).toBeVisible();
  await expect(column(bobPage, 'Open').locator(`[data-id="${target.id}"]`)).toBeVisible();
  await column(page, 'Open').locator(`[data-id="${target.id}"]`).click();
  await page.getByTestId('detail').getByLabel('Status').selectOption('fixed');
  await expect(column(page, 'Fixed').locator(`[data-id="${target.id}"]`)).toBeVisible();

  // on bob's board, without a reload
  await expect(column(bobPage, 'Fixed').locator(`[data-id="${target.id}"]`)).toBeVisible({ timeout: 3000 });
  await expect(column(bobPage, 'Open').locator(`[data-id="${target.id}"]`)).toHaveCount(0);
  expect(await marked(bobPage)).toBe(18);
  // the server has it as both boards show it
  expect((await bob.call('findings.get', { id: target.id })).status).toBe('fixed');

  // and back: bob reopens it in his page, alice's board follows
  await column(bobPage, 'Fixed').locator(`[data-id="${target.id}"]`).click();
  await bobPage.getByTestId('detail').getByLabel('Status').selectOption('open');
  await expect(column(page, 'Open').locator(`[data-id="${target.id}"]`)).toBeVisible({ timeout: 3000 });
  expect(bobErrors).toEqual([]);
  await bobContext.close();
});
