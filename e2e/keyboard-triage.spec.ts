import { column, expect, focusedCardId, importThroughUi, openApp, seedFiles, test } from './fixtures';

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
