// Switching projects quickly (issue 16): each project's board settings are its own, whatever order
// their answers arrive in. The saved settings of project A are held back by the test until the user
// has moved on to B; when they finally arrive they must not show on B, and A shows them on return.
import type { Route } from '@playwright/test';
import { expect, openApp, seedFiles, test } from './fixtures';

test("a late answer of one project's board settings never shows on another", async ({ page, serve }) => {
  await openApp(page, serve);
  const a = await serve.call('projects.create', { name: 'Alpha' });
  const b = await serve.call('projects.create', { name: 'Beta' });
  await serve.ingest(a.id, [seedFiles()[4]]);
  await serve.ingest(b.id, [seedFiles()[4]]);
  // what each project has saved (as the board saves them)
  await serve.call('settings.set', { projectId: a.id, key: 'board', value: { groupBy: 'status', laneBy: null, filters: { severity: ['high'] } } });
  await serve.call('settings.set', { projectId: b.id, key: 'board', value: { groupBy: 'severity', laneBy: null, filters: {} } });

  // A's saved settings are held until released
  const held: Route[] = [];
  let releaseA: () => void = () => {};
  const released = new Promise<void>((resolve) => (releaseA = resolve));
  await page.route('**/api/settings.get', async (route) => {
    const input = route.request().postDataJSON() as { projectId: number; key: string };
    if (input.projectId === a.id && input.key === 'board') {
      held.push(route);
      await released;
    }
    await route.continue();
  });

  const project = page.getByLabel('Project', { exact: true });
  await project.selectOption(String(a.id));
  await expect.poll(() => held.length).toBeGreaterThan(0);
  await project.selectOption(String(b.id));
  await expect(page.getByLabel('Group by')).toHaveValue('severity');
  await expect(page.getByLabel('Filter by severity')).toHaveValue('');

  // A's answer arrives now, while B is on screen
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/settings.get') && (r.request().postDataJSON() as { projectId: number }).projectId === a.id);
  releaseA();
  await answered;
  // (a rendering later, B still shows its own)
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await expect(page.getByLabel('Group by')).toHaveValue('severity');
  await expect(page.getByLabel('Filter by severity')).toHaveValue('');
  expect(await page.locator('html').getAttribute('data-project-id')).toBe(String(b.id));

  // the phase filter offers the phases of B's findings (from the cards in the cache)
  const phases = [...new Set((await serve.call('findings.list', { projectId: b.id })).map((c) => c.phase || '(no phase)'))].sort();
  expect(phases.length).toBeGreaterThan(0);
  await expect
    .poll(async () => (await page.getByLabel('Filter by phase').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).filter(Boolean).sort())
    .toEqual(phases);

  // back on A: its own saved settings
  await project.selectOption(String(a.id));
  await expect(page.getByLabel('Group by')).toHaveValue('status');
  await expect(page.getByLabel('Filter by severity')).toHaveValue('high');

  // a choice made on A is saved to A only
  await page.getByLabel('Group by').selectOption('phase');
  await expect.poll(async () => ((await serve.call('settings.get', { projectId: a.id, key: 'board' })).value as { groupBy?: string } | null)?.groupBy).toBe('phase');
  expect(((await serve.call('settings.get', { projectId: b.id, key: 'board' })).value as { groupBy?: string }).groupBy).toBe('severity');
  await project.selectOption(String(b.id));
  await expect(page.getByLabel('Group by')).toHaveValue('severity');

  // the editor link template is B's saved one; a new one is saved to B, not A
  const bTemplate = 'idea://open?file={path}&line={line}';
  await serve.call('settings.set', { projectId: b.id, key: 'editorTemplate', value: bTemplate });
  await page.getByTestId('card').first().click();
  const detail = page.getByTestId('detail');
  await detail.getByText('Editor link').click();
  const template = detail.getByLabel('Template ({path}, {line}, {column})');
  await expect(template).toHaveValue(bTemplate);
  await template.fill('cursor://file/{path}:{line}');
  await template.press('Enter');
  await expect.poll(async () => (await serve.call('settings.get', { projectId: b.id, key: 'editorTemplate' })).value).toBe('cursor://file/{path}:{line}');
  expect((await serve.call('settings.get', { projectId: a.id, key: 'editorTemplate' })).value).toBeNull();
});
