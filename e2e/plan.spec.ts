// The Plan and "Ready to deploy?" views in the real renderer against the real core: build a plan,
// drag a finding to another step (kept after reload), tick a gate item, export Markdown and CSV.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, importThroughUi, openApp, SEEDS_DIR, test } from './fixtures';

const SEED_000 = join(SEEDS_DIR, '000_fc571ca0a1401530.txt');
const SEED_001 = join(SEEDS_DIR, '001_c521d2f203cdc00c.txt');

async function refsIn(page: Page, scope = page.getByTestId('plan-view')): Promise<string[]> {
  return scope.getByTestId('plan-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-ref') ?? ''));
}

test('builds a plan, drags a finding to another step, ticks a gate item and exports', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  const summary = await importThroughUi(page, [SEED_000, SEED_001]);
  expect(summary).toMatch(/0 failed/);
  const total = (await serve.call('findings.list', { projectId })).length;

  await page.getByTestId('tab-plan').click();
  const view = page.getByTestId('plan-view');
  await expect(view).toBeVisible();
  await expect(view.getByTestId('plan-item')).toHaveCount(total);
  const order = await refsIn(page);
  expect(order.indexOf('BUG-A13')).toBeGreaterThanOrEqual(0);
  expect(order.indexOf('BUG-A13')).toBeLessThan(order.indexOf('BUG-A10'));
  const steps = view.getByTestId('plan-step');
  expect(await refsIn(page, steps.first())).toContain('BUG-A01');
  await expect(view.getByTestId('plan-kind')).toHaveText('generated');
  // the critical path is named and highlighted
  const generated = await serve.call('plan.get', { projectId, source: 'current' });
  const cpRefs = generated.plan.criticalPath.findingIds.map((id) => generated.plan.steps.flatMap((s) => s.items).find((i) => i.findingId === id)!.ref);
  expect(cpRefs.length).toBeGreaterThan(0);
  await expect(view.getByTestId('critical-path')).toContainText(cpRefs.join(' → '));
  await expect(view.locator('.plan-item.critical-path')).toHaveCount(cpRefs.length);
  // totals shown as ranges with their source
  await expect(view.getByTestId('plan-total')).toContainText(/total \d+(\.\d+)?–\d+(\.\d+)? h/);
  await expect(steps.first().locator('[data-ref="BUG-A01"]').getByTestId('item-effort')).toContainText('severity-group');

  // drag BUG-A07 (a medium finding, in a later step) onto BUG-A01 in the first step
  const lastStep = steps.last();
  expect(await refsIn(page, lastStep)).toContain('BUG-A07');
  const handle = view.locator('[data-ref="BUG-A07"] .drag-handle');
  const target = steps.first().locator('[data-ref="BUG-A01"]');
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 20, { steps: 5 });
  await target.scrollIntoViewIfNeeded();
  const to = (await target.boundingBox())!;
  await page.mouse.move(to.x + 40, to.y + to.height / 2, { steps: 20 });
  await page.mouse.move(to.x + 40, to.y + to.height / 2 - 4, { steps: 5 });
  await page.mouse.up();
  await expect(view.getByTestId('plan-kind')).toHaveText(/your order/);
  await expect.poll(() => refsIn(page, steps.first())).toContain('BUG-A07');
  expect(await refsIn(page, lastStep)).not.toContain('BUG-A07');

  // the manual order is kept by the core: reload and it is still there
  await page.reload();
  await page.getByTestId('tab-plan').click();
  await expect(view.getByTestId('plan-item')).toHaveCount(total);
  expect(await refsIn(page, view.getByTestId('plan-step').first())).toContain('BUG-A07');
  await expect(view.getByTestId('plan-kind')).toHaveText(/your order/);
  const saved = await serve.call('plan.get', { projectId, source: 'current' });
  expect(saved.manual).toBe(true);
  expect(saved.plan.steps[0].items.map((i) => i.ref)).toContain('BUG-A07');

  // exports through the UI (downloads)
  const [md] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-md').click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const mdText = readFileSync((await md.path())!, 'utf8');
  expect(mdText).toMatch(/^# Fix plan: /);
  const step1 = mdText.slice(mdText.indexOf('## Step 1:'), mdText.indexOf('## Step 2:'));
  expect(step1).toContain('BUG-A07');
  expect(step1).toContain('BUG-A01');
  expect(mdText).toMatch(/- \[ \] \*\*high\*\*/);
  const [csv] = await Promise.all([page.waitForEvent('download'), view.getByTestId('export-csv').click()]);
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.startsWith('\uFEFFid,')).toBe(true);
  expect(csvText).toContain('BUG-A13');
  const rows = csvText.split('\r\n').filter((l) => /^\uFEFF?\d+,|^\uFEFFid,/.test(l));
  expect(rows).toHaveLength(total + 1);

  // "Ready to deploy?": seed 000's Testing Checklist is a gate of 13 open items; tick one
  await page.getByTestId('tab-deploy').click();
  const deploy = page.getByTestId('deploy-view');
  await expect(deploy.getByTestId('open-gate-count')).toHaveText('13');
  await expect(deploy.getByTestId('gate-verdict')).toContainText('Not ready to deploy');
  const gateList = deploy.getByTestId('checklist').filter({ hasText: 'Testing Checklist' });
  await gateList.getByTestId('checklist-item').first().getByRole('checkbox').click();
  await expect(deploy.getByTestId('open-gate-count')).toHaveText('12');
  await expect(gateList.getByTestId('checklist-item').first().getByRole('checkbox')).toBeChecked();
  // add an item to it: 13 open again
  await gateList.getByLabel(/New item for/).fill('Smoke test on staging');
  await gateList.getByRole('button', { name: 'Add item' }).click();
  await expect(deploy.getByTestId('open-gate-count')).toHaveText('13');
  const gate = await serve.call('gate.status', { projectId });
  expect(gate.openGateItems.map((i) => i.text)).toContain('Smoke test on staging');

  // back on the plan, reset to the generated order
  await page.getByTestId('tab-plan').click();
  await view.getByRole('button', { name: 'Reset to generated' }).click();
  await expect(view.getByTestId('plan-kind')).toHaveText('generated');
  expect(await refsIn(page, view.getByTestId('plan-step').first())).not.toContain('BUG-A07');
});
