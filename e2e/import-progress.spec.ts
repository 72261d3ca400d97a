// Issue 16 in the app window: a large SARIF log dropped on the window shows how far its import is
// (a bar that fills, "storing findings: 41,000 of 200,000 results"), fed by the core's own progress
// reports through the serve host; its Cancel button stops it within a second with nothing imported;
// a smaller file runs to 100 %.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateSarif } from '../tests/ingest/gen-sarif';
import { expect, openApp, test } from './fixtures';

const BIG = 200_000;
const SMALL = 20_000;

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'punchlist-progress-'));
});
test.afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** a seeded SARIF log of `n` results in the temp dir, and how many results it holds */
function sarifFile(name: string, n: number, seed: number): { path: string; results: number } {
  const path = join(dir, name);
  writeFileSync(path, generateSarif(n, seed));
  const log = JSON.parse(readFileSync(path, 'utf8')) as { runs: Array<{ results: unknown[] }> };
  return { path, results: log.runs.reduce((sum, run) => sum + run.results.length, 0) };
}

/**
 * Drops a file from disk on the window, as a user's drag from the file manager does: the browser
 * reads it from disk (picked into a detached file input), then the drop event carries it.
 */
async function dropFile(page: Page, path: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'file';
    input.id = 'e2e-drop-source';
    input.hidden = true;
    document.body.append(input);
  });
  await page.locator('#e2e-drop-source').setInputFiles(path);
  await page.evaluate(() => {
    const input = document.getElementById('e2e-drop-source') as HTMLInputElement;
    const dt = new DataTransfer();
    dt.items.add(input.files![0]);
    input.remove();
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  });
}

const progressValue = (page: Page) => page.getByTestId('import-progress').evaluate((el) => (el as HTMLProgressElement).position);

test('a large import shows its progress; Cancel stops it within a second, nothing imported', async ({ page, serve }) => {
  test.setTimeout(240_000);
  const projectId = await openApp(page, serve);
  // something on the board already, so "unchanged" means something
  const seed = sarifFile('earlier.sarif', 300, 3);
  await serve.ingest(projectId, [seed.path]);
  const before = (await serve.call('findings.list', { projectId })).length;
  expect(before).toBe(seed.results);
  await expect(page.getByTestId('total-count')).toHaveText(`${before} findings`);

  const big = sarifFile('big.sarif', BIG, 7);
  await dropFile(page, big.path);
  const item = page.getByTestId('import-item');
  await expect(item).toContainText('big.sarif');
  const count = item.getByTestId('import-count');
  // the core's progress, as it stores the results (a new report: stored at once, its bytes sent once)
  const storing = new RegExp(`storing findings: ([\\d,]+) of ${big.results.toLocaleString('en-US')} results`);
  await expect(count).toHaveText(storing, { timeout: 120_000 });
  const first = await progressValue(page);
  await expect.poll(() => progressValue(page), { timeout: 30_000 }).toBeGreaterThan(first);
  const later = await progressValue(page);
  expect(later).toBeLessThan(1);
  const stored = Number(storing.exec((await count.textContent()) ?? '')![1].replace(/,/g, ''));
  expect(stored).toBeGreaterThan(0);
  expect(stored).toBeLessThan(big.results);

  const started = Date.now();
  await item.getByRole('button', { name: 'Cancel big.sarif' }).click();
  await expect(item.getByTestId('import-state')).toHaveText('Cancelled — nothing imported', { timeout: 1000 });
  const took = Date.now() - started;
  console.log(`cancel: ${took} ms after the click, at ${stored} of ${big.results} results stored`);
  expect(took).toBeLessThanOrEqual(1000);
  await expect(page.getByTestId('import-progress')).toHaveCount(0);
  await expect(page.getByTestId('import-summary')).toContainText('Added 0 findings; 0 files already present; 0 failed; 1 cancelled.');

  // the database is as before: the API and the board say so
  expect((await serve.call('findings.list', { projectId })).length).toBe(before);
  expect((await serve.call('reports.list', { projectId })).map((r) => r.sourcePath)).toEqual([seed.path]);
  await page.getByRole('button', { name: 'Close import' }).click();
  await expect(page.getByTestId('total-count')).toHaveText(`${before} findings`);
});

test('Esc in the Import panel cancels the file being imported', async ({ page, serve }) => {
  test.setTimeout(240_000);
  const projectId = await openApp(page, serve);
  const big = sarifFile('esc.sarif', BIG, 11);
  await dropFile(page, big.path);
  const item = page.getByTestId('import-item');
  await expect(item.getByTestId('import-count')).toHaveText(/of 200,000 results/, { timeout: 120_000 });
  await expect(page.getByTestId('import-panel')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(item.getByTestId('import-state')).toHaveText('Cancelled — nothing imported', { timeout: 1000 });
  expect(await serve.call('findings.list', { projectId })).toEqual([]);
});

test('a smaller file runs to 100 %', async ({ page, serve }) => {
  test.setTimeout(180_000);
  const projectId = await openApp(page, serve);
  const small = sarifFile('small.sarif', SMALL, 5);
  await dropFile(page, small.path);
  const item = page.getByTestId('import-item');
  await expect(item.getByTestId('import-state')).toHaveText('Done', { timeout: 120_000 });
  await expect(item.getByTestId('import-count')).toHaveText('100 %');
  expect(await progressValue(page)).toBe(1);
  await expect(page.getByTestId('import-summary')).toContainText(`Added ${small.results} findings`);
  expect((await serve.call('findings.list', { projectId })).length).toBe(small.results);
  await page.getByRole('button', { name: 'Close import' }).click();
  await expect(page.getByTestId('total-count')).toHaveText(`${small.results} findings`);
});
