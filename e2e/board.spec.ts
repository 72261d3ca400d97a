import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEVERITIES } from '../shared/types';
import { column, columnCount, expect, focusedCardId, importThroughUi, openApp, readGoldens, seedFiles, test } from './fixtures';

const SEVERITY_COLUMN: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

test('imports the five seeds through the UI; severity columns match the goldens', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  const files = seedFiles();
  expect(files).toHaveLength(5);
  const summary = await importThroughUi(page, files);
  expect(summary).toMatch(/0 failed/);

  await page.getByLabel('Group by').selectOption('severity');

  // what the goldens imply: every expected finding with its severity; optional findings may or may not be there
  const goldens = readGoldens();
  const expected: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let optional = 0;
  for (const g of goldens) {
    for (const f of g.findings) if (f.severity) expected[f.severity] = (expected[f.severity] ?? 0) + 1;
    optional += g.optionalFindings?.length ?? 0;
  }
  const all = await serve.call('findings.list', { projectId });
  let total = 0;
  for (const sev of SEVERITIES) {
    const shown = await columnCount(page, SEVERITY_COLUMN[sev]);
    total += shown;
    // the UI shows what the core holds …
    expect(shown, `${sev} column vs core`).toBe(all.filter((c) => c.severity === sev).length);
    // … and that is what the goldens say, give or take the optional findings
    expect(shown, `${sev} column vs goldens`).toBeGreaterThanOrEqual(expected[sev]);
    expect(shown, `${sev} column vs goldens`).toBeLessThanOrEqual(expected[sev] + optional);
  }
  const unrated = await columnCount(page, 'Unrated');
  expect(unrated).toBeLessThanOrEqual(optional);
  total += unrated;
  const goldenTotal = Object.values(expected).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThanOrEqual(goldenTotal);
  expect(total).toBeLessThanOrEqual(goldenTotal + optional);
  await expect(page.getByTestId('total-count')).toHaveText(`${total} findings`);

  // cards show their title, severity, ref, location and effort
  const first = column(page, 'Critical').getByTestId('card').first();
  await expect(first.getByTestId('card-title')).not.toBeEmpty();
  await expect(first.getByTestId('card-severity')).toHaveText(/critical/i);
  await page.screenshot({ path: 'test-results/board-by-severity.png' });
});

test('drags a card to Fixed and it stays there after a reload', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[0]]);
  await expect(page.getByLabel('Group by')).toHaveValue('status');
  const open = column(page, 'Open');
  const card = open.getByTestId('card').first();
  const id = Number(await card.getAttribute('data-id'));
  const fixedBefore = await columnCount(page, 'Fixed');

  const from = (await card.boundingBox())!;
  const to = (await column(page, 'Fixed').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 20 });
  await page.mouse.up();

  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect(column(page, 'Fixed').getByTestId('column-count')).toHaveText(String(fixedBefore + 1));
  expect((await serve.call('findings.get', { id })).status).toBe('fixed');

  await page.reload();
  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect(column(page, 'Open').locator(`[data-id="${id}"]`)).toHaveCount(0);
  const history = (await serve.call('findings.get', { id })).history;
  expect(history.some((h) => h.field === 'status' && h.newValue === 'fixed')).toBe(true);
  void projectId;
});

test('triages three cards with the keyboard only', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[0]]);
  await expect(column(page, 'Open').getByTestId('card').first()).toBeVisible();
  // start from the page, not from a control
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  const a = await focusedCardId(page);
  await expect(column(page, 'Open').locator(`[data-id="${a}"]`)).toBeFocused();

  // card A: severity high (2), then fixed (f)
  await page.keyboard.press('2');
  await expect(page.locator(`[data-id="${a}"]`).getByTestId('card-severity')).toHaveText(/high/i);
  await page.keyboard.press('f');
  await expect(column(page, 'Fixed').locator(`[data-id="${a}"]`)).toBeVisible();

  // focus moved to a neighbour in Open: card B, won't fix (w)
  const b = await focusedCardId(page);
  expect(b).not.toBe(a);
  await page.keyboard.press('w');
  await expect(column(page, "Won't fix").locator(`[data-id="${b}"]`)).toBeVisible();

  // card C: false positive (x) asks for a reason
  const c = await focusedCardId(page);
  expect([a, b]).not.toContain(c);
  await page.keyboard.press('x');
  const dialog = page.getByRole('dialog', { name: 'False positive' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('test fixture, not shipped');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(column(page, 'False positive').locator(`[data-id="${c}"]`)).toBeVisible();

  // Enter opens the focused card's detail
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('detail')).toBeVisible();

  const [da, db, dc] = await Promise.all([a, b, c].map((id) => serve.call('findings.get', { id })));
  expect(da.severity).toBe('high');
  expect(da.status).toBe('fixed');
  expect(db.status).toBe('wont_fix');
  expect(dc.status).toBe('false_positive');

  // ? lists the keys
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toHaveCount(0);
});

test('search "redis" shows only matching cards, as many as the core finds', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  await importThroughUi(page, seedFiles());
  const expected = await serve.call('findings.list', { projectId, text: 'redis' });
  const all = await serve.call('findings.list', { projectId });
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(all.length);

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  await expect(page.getByLabel('Search')).toBeFocused();
  await page.keyboard.type('redis');
  await expect(page.getByTestId('total-count')).toHaveText(`${expected.length} finding${expected.length === 1 ? '' : 's'}`);

  const ids = new Set(expected.map((c) => c.id));
  const visible = await page.getByTestId('card').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))));
  expect(visible.length).toBeGreaterThan(0);
  for (const id of visible) expect(ids.has(id), `card ${id} matches "redis"`).toBe(true);
  let sum = 0;
  for (const n of await page.getByTestId('column-count').allTextContents()) sum += Number(n);
  expect(sum).toBe(expected.length);
  // every match really mentions redis (title, path or text)
  for (const c of expected) {
    const d = await serve.call('findings.get', { id: c.id });
    expect(`${d.title}\n${d.body}\n${d.primaryPath ?? ''}\n${d.notes ?? ''}`.toLowerCase()).toContain('redis');
  }

  // clearing the search brings everything back
  await page.getByLabel('Search').fill('');
  await expect(page.getByTestId('total-count')).toHaveText(`${all.length} findings`);
});

test('HTML and scripts in a finding stay inert in the detail panel', async ({ page, serve }) => {
  await openApp(page, serve);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const dir = join(serve.dir, 'reports');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'xss-review.md');
  writeFileSync(
    file,
    [
      '# Security Review',
      '',
      '## Bugs Found',
      '',
      '### BUG-X01: Unsafe Comment Rendering',
      '- **File:** web/comments.js:12',
      '- **Severity:** P1 (High)',
      '- **Description:** Comments are rendered with innerHTML, so <img src=x onerror="window.__pwned=1;alert(1)"> runs.',
      '  Also <script>window.__pwned2=1;alert(2)</script> and <iframe src="x"></iframe> get through.',
      '- **Link:** [details](javascript:window.__pwned3=1) and ![diagram](x) and [docs](https://example.com/docs)',
      '',
      '```js',
      'el.innerHTML = comment.body; // unsafe',
      '```',
      '',
      '### BUG-X02: Missing Rate Limit',
      '- **File:** web/login.js:40',
      '- **Severity:** P2 (Medium)',
      '- **Description:** Login has no rate limit.',
      '',
    ].join('\n'),
  );
  const summary = await importThroughUi(page, [file]);
  expect(summary).toMatch(/0 failed/);

  await page.getByText('Unsafe Comment Rendering').first().click();
  const body = page.getByTestId('finding-body');
  await expect(body).toBeVisible();
  await expect(body).toContainText('onerror');
  // raw HTML shows as text, never as elements
  await expect(body.locator('img, script, iframe')).toHaveCount(0);
  await expect(body.locator('pre code.hljs, pre code[class*="language-"]').first()).toBeVisible();
  // the javascript: link lost its URL; clicking links does not navigate
  const before = page.url();
  for (const link of await body.locator('a').all()) {
    const href = await link.getAttribute('href');
    expect(href ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
    await link.click();
  }
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  await page.screenshot({ path: 'test-results/detail-inert.png' });

  const flags = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return [w.__pwned, w.__pwned2, w.__pwned3];
  });
  expect(flags).toEqual([undefined, undefined, undefined]);
  expect(dialogs).toBe(0);
  const origin = serve.origin;
  const stray = requests.filter((u) => u === `${origin}/x` || /\/x(\?|$)/.test(new URL(u).pathname) || !u.startsWith(origin));
  expect(stray).toEqual([]);
});

test('z undoes the last change', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[0]]);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('j');
  const id = await focusedCardId(page);
  const openBefore = await columnCount(page, 'Open');
  await page.keyboard.press('f');
  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect.poll(async () => (await serve.call('findings.get', { id })).status).toBe('fixed');

  await page.keyboard.press('z');
  await expect(column(page, 'Open').locator(`[data-id="${id}"]`)).toBeAttached();
  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toHaveCount(0);
  await expect(column(page, 'Open').getByTestId('column-count')).toHaveText(String(openBefore));
  expect((await serve.call('findings.get', { id })).status).toBe('open');
});

test('screenshots of the board and the detail panel', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, seedFiles());
  await expect(column(page, 'Open').getByTestId('card').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/board.png' });
  await column(page, 'Open').getByTestId('card').first().click();
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('finding-body')).toBeVisible();
  await detail.screenshot({ path: 'test-results/detail-panel.png' });
  await page.screenshot({ path: 'test-results/board-with-detail.png' });
});
