// Change events: a write made elsewhere (another window, the CLI through the same core, later a
// teammate) reaches the views on screen without a reload: the serve host streams each write's change
// event at /events and the renderer's query cache fetches again what it made stale.
import { column, expect, openApp, seedFiles, test } from './fixtures';

test('writes made by another client reach the board, the detail and the project list', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  await expect(page.getByTestId('empty-project')).toBeVisible();

  // an import by another client: the board fills without a reload
  const [imported] = await serve.ingest(projectId, [seedFiles()[0]]);
  if (!imported.ok) throw new Error(imported.error);
  const cards = await serve.call('findings.list', { projectId });
  expect(cards.length).toBe(imported.added);
  await expect(page.getByTestId('total-count')).toHaveText(`${cards.length} findings`);

  // the detail of a finding, then another client closes it: the card moves and the detail follows
  const target = cards.find((c) => c.status === 'open')!;
  await column(page, 'Open').locator(`[data-id="${target.id}"]`).click();
  const detail = page.getByTestId('detail');
  const status = detail.getByLabel('Status');
  await expect(status).toHaveValue('open');
  await serve.call('findings.update', { ids: [target.id], patch: { status: 'fixed' }, reason: 'fixed elsewhere' });
  await expect(column(page, 'Fixed').locator(`[data-id="${target.id}"]`)).toBeVisible();
  await expect(column(page, 'Open').locator(`[data-id="${target.id}"]`)).toHaveCount(0);
  await expect(status).toHaveValue('fixed');
  await expect(detail).toContainText('fixed elsewhere');

  // a project made elsewhere shows up in the switcher
  await serve.call('projects.create', { name: 'Made elsewhere' });
  await expect(page.getByLabel('Project', { exact: true }).locator('option', { hasText: 'Made elsewhere' })).toHaveCount(1);
});
