import { column, expect, importThroughUi, openApp, seedFiles, test, shot } from './fixtures';

test('screenshots of the board and the detail panel', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  await importThroughUi(page, seedFiles());
  await expect(column(page, 'Open').getByTestId('card').first()).toBeVisible();
  await page.screenshot({ path: shot('board.png') });
  const cards = column(page, 'Open').getByTestId('card');
  const otherId = Number(await cards.nth(1).getAttribute('data-id'));
  await cards.first().click();
  const detail = page.getByTestId('detail');
  await expect(detail.getByTestId('finding-body')).toBeVisible();
  const id = Number(await cards.first().getAttribute('data-id'));

  // dependencies: add by #id, then remove
  await detail.getByLabel('Add dependency (ref, #id or title)').fill(`#${otherId}`);
  await detail.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(detail.getByRole('button', { name: /^Remove dependency on / })).toHaveCount(1);
  expect((await serve.call('findings.get', { id })).dependsOn.map((d) => d.id)).toEqual([otherId]);

  // effort range is editable
  await detail.getByLabel('Effort min (h)').fill('2');
  await detail.getByLabel('Effort max (h)').fill('5');
  await detail.getByLabel('Effort max (h)').press('Enter');
  await expect.poll(async () => (await serve.call('findings.get', { id })).effortMaxHours).toBe(5);
  expect((await serve.call('findings.get', { id })).effortMinHours).toBe(2);
  await expect(page.locator(`[data-id="${id}"]`)).toContainText('2–5 h');
  await expect(detail.getByRole('region', { name: 'History' }).or(detail.getByLabel('History'))).toContainText('effort');

  await detail.screenshot({ path: shot('detail-panel.png') });
  await page.screenshot({ path: shot('board-with-detail.png') });
  await detail.getByRole('button', { name: /^Remove dependency on / }).click();
  await expect(detail.getByRole('button', { name: /^Remove dependency on / })).toHaveCount(0);

  // reports with claimed vs found counts
  await page.getByRole('button', { name: 'Reports' }).click();
  const reports = page.getByRole('dialog', { name: 'Reports' });
  await expect(reports.getByTestId('report')).toHaveCount(5);
  await expect(reports.locator('table.drift').first()).toBeVisible();
  await page.screenshot({ path: shot('reports.png') });
  await page.keyboard.press('Escape');
  await expect(reports).toHaveCount(0);

  // dark theme follows the system
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: shot('board-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // a second project starts empty and says what to do; switching back restores the board
  await page.getByRole('button', { name: 'New project…' }).click();
  await page.getByLabel('Project name').fill('Second');
  await page.getByRole('button', { name: 'Create project' }).click();
  await expect(page.getByTestId('empty-project')).toBeVisible();
  await expect(page.getByTestId('empty-project')).toContainText('Import');
  await page.getByLabel('Project', { exact: true }).selectOption(String(projectId));
  await expect(column(page, 'Open').getByTestId('card').first()).toBeVisible();
});
