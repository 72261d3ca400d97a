import { readFileSync } from 'node:fs';
import { expect, expectSentOnce, openApp, recordApiRequests, seedFiles, test } from './fixtures';

test('files dropped on the window are imported', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  await expect(page.getByTestId('empty-project')).toBeVisible();
  const text = readFileSync(seedFiles()[4], 'utf8');
  const requests = recordApiRequests(page);
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], 'dropped-report.md', { type: 'text/markdown' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, text);
  await expect(page.getByTestId('import-summary')).toContainText('0 failed');
  await expect(page.getByTestId('import-item')).toContainText('dropped-report.md');
  const list = await serve.call('findings.list', { projectId });
  expect(list.length).toBeGreaterThan(0);
  await expect(page.getByTestId('total-count')).toHaveText(`${list.length} findings`);
  // issue 16: a new report is imported by one call, which carries its bytes once
  expectSentOnce(requests, seedFiles()[4], 1);
});
