// Issue 6 on the real renderer: re-importing a changed file asks "update it?", keeps decisions and
// shows the "not in latest report" marker; seeds 000 + 003 give duplicate suggestions to merge.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectSentOnce, importThroughUi, openApp, recordApiRequests, seedFiles, test } from './fixtures';
import { VENDORED } from '../tests/team';

function shifted(text: string, by: number, drop: number): string {
  const walk = (n: unknown): unknown => {
    if (Array.isArray(n)) return n.map(walk);
    if (n && typeof n === 'object') {
      return Object.fromEntries(
        Object.entries(n).map(([k, v]) => [k, (k === 'startLine' || k === 'endLine') && typeof v === 'number' ? v + by : walk(v)]),
      );
    }
    return n;
  };
  const log = walk(JSON.parse(text)) as { runs: Array<{ results: unknown[] }> };
  log.runs[0].results.splice(drop, 1);
  return JSON.stringify(log, null, 2);
}

/** imports a real SARIF log through the UI; `next` is its next run (lines +10, the first result gone) */
async function firstRun(page: Parameters<typeof openApp>[0], serve: Parameters<typeof openApp>[1]) {
  const projectId = await openApp(page, serve);
  const v1 = readFileSync(`${VENDORED}/corpus/sarif/defectdojo_njsscan.sarif`, 'utf8');
  mkdirSync(join(serve.dir, 'a'));
  mkdirSync(join(serve.dir, 'b'));
  writeFileSync(join(serve.dir, 'a', 'scan.sarif'), v1);
  writeFileSync(join(serve.dir, 'b', 'scan.sarif'), shifted(v1, 10, 0));
  expect(await importThroughUi(page, [join(serve.dir, 'a', 'scan.sarif')])).toMatch(/0 failed/);
  return { projectId, next: join(serve.dir, 'b', 'scan.sarif') };
}

test('re-importing a changed SARIF file updates the report and marks the missing finding', async ({ page, serve }) => {
  const { projectId, next } = await firstRun(page, serve);
  const cards = await serve.call('findings.list', { projectId });
  expect(cards).toHaveLength(2);
  await serve.call('findings.update', { ids: [cards[1].id], patch: { status: 'in_progress', notes: 'on it' } });

  const requests = recordApiRequests(page);
  await page.getByTestId('import-input').first().setInputFiles(next);
  const question = page.getByRole('dialog', { name: 'Newer version of a report' });
  await expect(question).toBeVisible();
  await expect(question.getByTestId('reingest-counts')).toContainText('1 no longer in the report');
  await question.getByRole('button', { name: 'Update the report' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('0 failed');
  await page.getByRole('button', { name: 'Close import' }).click();
  // issue 16: the file's bytes crossed once -- the question's call carried them, the update named
  // the bytes the core held (two calls, one body the size of the file)
  expectSentOnce(requests, next, 2);

  // still two cards; the removed one carries the marker, the other kept its decision and moved 10 lines
  await expect(page.getByTestId('total-count')).toHaveText('2 findings');
  const absentCard = page.locator(`[data-testid="card"][data-id="${cards[0].id}"]`);
  await expect(absentCard.getByTestId('badge-absent')).toHaveText('not in latest report');
  await expect(page.getByTestId('badge-absent')).toHaveCount(1);
  const kept = await serve.call('findings.get', { id: cards[1].id });
  expect(kept).toMatchObject({ status: 'in_progress', notes: 'on it', primaryLine: (cards[1].primaryLine ?? 0) + 10 });

  // close it from the panel, in one action
  await page.getByTestId('open-duplicates').click();
  await page.getByTestId('close-absent').click();
  await expect.poll(async () => (await serve.call('findings.get', { id: cards[0].id })).status).toBe('fixed');
  await expect(page.getByTestId('close-absent')).toBeDisabled();
});

test('a newer version imported as a new report: two reports, nothing marked absent', async ({ page, serve }) => {
  const { projectId, next } = await firstRun(page, serve);
  const requests = recordApiRequests(page);
  await page.getByTestId('import-input').first().setInputFiles(next);
  const question = page.getByRole('dialog', { name: 'Newer version of a report' });
  // the numbers the CLI prints for the same file (one code path: a dry run of ingest.bytes)
  await expect(question.getByTestId('reingest-counts')).toContainText('0 new');
  await expect(question.getByTestId('reingest-counts')).toContainText('1 moved, 0 changed, 0 unchanged');
  await expect(question.getByTestId('reingest-counts')).toContainText('decisions kept on 0');
  await question.getByRole('button', { name: 'Import as a new report' }).click();
  await expect(page.getByTestId('import-summary')).toContainText('0 failed');
  await page.getByRole('button', { name: 'Close import' }).click();
  expect(await serve.call('reports.list', { projectId })).toHaveLength(2);
  await expect(page.getByTestId('total-count')).toHaveText('3 findings');
  await expect(page.getByTestId('badge-absent')).toHaveCount(0);
  expectSentOnce(requests, next, 2);
});

test('seeds 000 and 003: duplicate suggestions, merge and un-merge', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  const files = seedFiles().filter((f) => /\/00[03]_/.test(f));
  expect(await importThroughUi(page, files)).toMatch(/0 failed/);
  const cards = await serve.call('findings.list', { projectId });
  const reports = [...new Set(cards.map((c) => c.reportId))].sort((a, b) => a - b);
  const find = (reportId: number, ref: string) => cards.find((c) => c.reportId === reportId && c.ref === ref)!;
  const pairs = [
    [find(reports[0], 'Issue #9'), find(reports[1], '1.7')],
    [find(reports[0], 'Issue #10'), find(reports[1], '4.3')],
    [find(reports[0], 'Issue #8'), find(reports[1], '4.1')],
    [find(reports[0], 'Issue #7'), find(reports[1], '2.2')],
    [find(reports[0], 'Issue #6'), find(reports[1], '3.6')],
  ];

  await page.getByTestId('open-duplicates').click();
  const panel = page.getByRole('dialog', { name: 'Duplicates and updates' });
  const pairRow = (a: number, b: number) => panel.locator(`[data-testid="dup-pair"][data-a="${Math.min(a, b)}"][data-b="${Math.max(a, b)}"]`);
  for (const [a, b] of pairs) await expect(pairRow(a.id, b.id)).toBeVisible();

  // merge the authentication pair, keeping the left one
  const [x, y] = pairs[0];
  const row = pairRow(x.id, y.id);
  await row.getByRole('button', { name: 'Merge, keep left' }).click();
  await expect(row).toHaveCount(0);
  const keepId = Math.min(x.id, y.id);
  const dupId = Math.max(x.id, y.id);
  await expect.poll(async () => (await serve.call('findings.get', { id: dupId })).duplicateOf).toBe(keepId);
  await panel.getByRole('button', { name: 'Close duplicates' }).click();

  // the kept finding's detail lists both sources; un-merge restores both
  await page.locator(`[data-testid="card"][data-id="${keepId}"]`).click();
  const sources = page.getByTestId('finding-sources');
  await expect(sources.locator('li')).toHaveCount(2);
  await sources.getByRole('button', { name: 'Un-merge' }).click();
  await expect.poll(async () => (await serve.call('findings.get', { id: dupId })).duplicateOf ?? null).toBeNull();
  const restored = await serve.call('findings.get', { id: dupId });
  expect(restored.status).toBe(cards.find((c) => c.id === dupId)!.status);
  expect((await serve.call('findings.get', { id: keepId })).severity).toBe(cards.find((c) => c.id === keepId)!.severity);
});
