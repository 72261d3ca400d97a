import { expect, importThroughUi, openApp, seedFiles, test } from './fixtures';

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
