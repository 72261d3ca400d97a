import { column, columnCount, expect, focusedCardId, importThroughUi, openApp, seedFiles, test } from './fixtures';

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
