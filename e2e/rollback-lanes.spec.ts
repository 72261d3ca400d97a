import { column, expect, importThroughUi, openApp, seedFiles, test, shot } from './fixtures';

test('a refused change rolls back; importing the same file again reports it as already present', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[4]]);
  const again = await importThroughUi(page, [seedFiles()[4]]);
  expect(again).toMatch(/Added 0 findings; 1 file already present; 0 failed/);

  await page.route('**/api/findings.update', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code: 'conflict', message: 'refused by test' } }) }),
  );
  await page.getByLabel('Group by').selectOption('severity');
  const card = column(page, 'Critical').getByTestId('card').first();
  const id = Number(await card.getAttribute('data-id'));
  await card.focus();
  await page.keyboard.press('4');
  await expect(page.getByText('Change not saved: refused by test')).toBeVisible();
  await expect(column(page, 'Critical').locator(`[data-id="${id}"]`)).toBeVisible();
  await expect(column(page, 'Low').locator(`[data-id="${id}"]`)).toHaveCount(0);
  expect((await serve.call('findings.get', { id })).severity).toBe('critical');
  await page.unroute('**/api/findings.update');

  // swimlanes: status columns in one lane per severity
  await page.getByLabel('Group by').selectOption('status');
  await page.getByLabel('Swimlanes').selectOption('severity');
  const lane = page.getByRole('region', { name: 'Lane Critical' });
  await expect(lane).toBeVisible();
  await expect(lane.getByRole('region', { name: 'Open', exact: true }).or(lane.getByRole('region', { name: 'Fixed', exact: true })).first()).toBeVisible();
  await page.screenshot({ path: shot('board-swimlanes.png') });
});
