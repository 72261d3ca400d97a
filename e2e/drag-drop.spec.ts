import { column, columnCount, dragCardToColumn, expect, importThroughUi, openApp, seedFiles, test } from './fixtures';

test('drags a card to Fixed and it stays there after a reload', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[0]]);
  await expect(page.getByLabel('Group by')).toHaveValue('status');
  const open = column(page, 'Open');
  const card = open.getByTestId('card').first();
  const id = Number(await card.getAttribute('data-id'));
  const fixedBefore = await columnCount(page, 'Fixed');

  await dragCardToColumn(page, card, 'Fixed');

  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect(column(page, 'Fixed').getByTestId('column-count')).toHaveText(String(fixedBefore + 1));
  expect((await serve.call('findings.get', { id })).status).toBe('fixed');

  await page.reload();
  await expect(column(page, 'Fixed').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect(column(page, 'Open').locator(`[data-id="${id}"]`)).toHaveCount(0);
  const history = (await serve.call('findings.get', { id })).history;
  expect(history.some((h) => h.field === 'status' && h.newValue === 'fixed')).toBe(true);

  // the same with the keyboard: Space picks the card up, arrows move it across columns, Space drops it
  const second = column(page, 'Open').getByTestId('card').first();
  const id2 = Number(await second.getAttribute('data-id'));
  // locator.press focuses the card and presses in one step, so a re-render between the two cannot
  // take the focus away
  await second.press('Space');
  await expect(second).toHaveAttribute('aria-pressed', 'true');
  // dnd-kit's keyboard sensor listens for arrows from a setTimeout(0) after the pick-up; one more
  // timer turn in the page lets it attach before the first arrow. (Its first "Over Open." depends
  // on which of two measurements lands first, so the announcements are checked from the moves on.)
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  // the sensor's announcements (a live region) say where the card is
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Over In progress.')).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText('Over Fixed.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Dropped in Fixed.')).toBeAttached();
  await expect(column(page, 'Fixed').locator(`[data-id="${id2}"]`)).toBeVisible();
  await expect.poll(async () => (await serve.call('findings.get', { id: id2 })).status).toBe('fixed');
});
