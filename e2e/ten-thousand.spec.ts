import { column, expect, focusedCardId, openApp, test } from './fixtures';

test('10,000 cards: one findings.list, virtualized columns, quick keyboard moves', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  const statuses = ['open', 'in_progress', 'fixed', 'verified'] as const;
  const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
  const cards = Array.from({ length: 10_000 }, (_, i) => ({
    id: i + 1,
    projectId,
    reportId: 1,
    ref: `SYN-${i + 1}`,
    title: `Synthetic finding ${i + 1}`,
    severity: severities[i % 5],
    status: statuses[i % 4],
    phase: `Phase ${i % 7}`,
    category: null,
    ruleId: null,
    blocksDeployment: i % 3 === 0,
    effortMinHours: 1,
    effortMaxHours: 2,
    effortSource: 'report',
    primaryPath: `src/module${i % 50}/file${i % 13}.ts`,
    primaryLine: (i % 400) + 1,
    updatedAt: new Date(0).toISOString(),
  }));
  // the renderer is what is measured here: the core's answer is replaced by 10,000 synthetic cards
  let listCalls = 0;
  const otherCalls: string[] = [];
  await page.route('**/api/**', async (route) => {
    const method = new URL(route.request().url()).pathname.split('/').pop();
    if (method === 'findings.list') {
      listCalls++;
      await route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: true, value: cards }) });
    } else {
      // project-level calls (one answer for the whole board) are fine; anything else would be per card
      if (!['settings.get', 'projects.list', 'reports.list', 'settings.set', 'findings.absent', 'assignment.people', 'sla.get'].includes(String(method))) otherCalls.push(String(method));
      await route.continue();
    }
  });
  await page.reload();
  const started = Date.now();
  await expect(page.getByTestId('total-count')).toHaveText('10000 findings');
  await expect(column(page, 'Open').getByTestId('column-count')).toHaveText('2500');
  await expect(column(page, 'Open').getByTestId('column-effort')).toHaveText('2500–5000 h');
  const renderMs = Date.now() - started;
  const rendered = await page.getByTestId('card').count();
  expect(rendered).toBeLessThan(200);
  expect(listCalls).toBe(1);
  expect(otherCalls).toEqual([]);

  // 200 keyboard moves down a 2,500-card column
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  const t0 = Date.now();
  for (let i = 0; i < 200; i++) await page.keyboard.press('j');
  const id = await focusedCardId(page);
  const moveMs = Date.now() - t0;
  expect(id).not.toBe(1);
  // scroll to the bottom: the last cards are rendered, the count of DOM cards stays small
  await column(page, 'Open').locator('.column-scroll').evaluate((el) => {
    el.scrollTop = el.scrollHeight;
  });
  await expect
    .poll(async () => Math.max(...(await column(page, 'Open').getByTestId('card').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id')))))))
    .toBeGreaterThan(9000);
  expect(await page.getByTestId('card').count()).toBeLessThan(200);

  // group by phase (7 columns) and back, each under a second
  const t1 = Date.now();
  await page.getByLabel('Group by').selectOption('phase');
  await expect(column(page, 'Phase 0').getByTestId('column-count')).toHaveText('1429');
  const regroupMs = Date.now() - t1;
  expect(listCalls).toBe(1);
  console.log(`10k cards: first render ${renderMs} ms, 200 moves ${moveMs} ms, regroup ${regroupMs} ms, ${rendered} cards in the DOM`);
  expect(regroupMs).toBeLessThan(3000);
});
