import { SEVERITIES } from '../shared/types';
import { column, columnCount, expect, importThroughUi, openApp, readGoldens, seedFiles, test, shot } from './fixtures';

const SEVERITY_COLUMN: Record<string, string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
  info: 'Info',
};

test('imports the five seeds through the UI; severity columns match the goldens', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  const files = seedFiles();
  expect(files).toHaveLength(5);
  const summary = await importThroughUi(page, files);
  expect(summary).toMatch(/0 failed/);

  await page.getByLabel('Group by').selectOption('severity');

  // what the goldens imply: every expected finding with its severity; optional findings may or may not be there
  const goldens = readGoldens();
  const expected: Record<string, number> = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  let optional = 0;
  for (const g of goldens) {
    for (const f of g.findings) if (f.severity) expected[f.severity] = (expected[f.severity] ?? 0) + 1;
    optional += g.optionalFindings?.length ?? 0;
  }
  const all = await serve.call('findings.list', { projectId });
  let total = 0;
  for (const sev of SEVERITIES) {
    const shown = await columnCount(page, SEVERITY_COLUMN[sev]);
    total += shown;
    // the UI shows what the core holds …
    expect(shown, `${sev} column vs core`).toBe(all.filter((c) => c.severity === sev).length);
    // … and that is what the goldens say, give or take the optional findings
    expect(shown, `${sev} column vs goldens`).toBeGreaterThanOrEqual(expected[sev]);
    expect(shown, `${sev} column vs goldens`).toBeLessThanOrEqual(expected[sev] + optional);
  }
  const unrated = await columnCount(page, 'Unrated');
  expect(unrated).toBeLessThanOrEqual(optional);
  total += unrated;
  const goldenTotal = Object.values(expected).reduce((a, b) => a + b, 0);
  expect(total).toBeGreaterThanOrEqual(goldenTotal);
  expect(total).toBeLessThanOrEqual(goldenTotal + optional);
  await expect(page.getByTestId('total-count')).toHaveText(`${total} findings`);

  // cards show their title, severity, ref, location and effort
  const first = column(page, 'Critical').getByTestId('card').first();
  await expect(first.getByTestId('card-title')).not.toBeEmpty();
  await expect(first.getByTestId('card-severity')).toHaveText(/critical/i);
  await page.screenshot({ path: shot('board-by-severity.png') });

  // grouping and filters are kept per project
  await page.getByLabel('Filter by severity').selectOption('high');
  await expect(page.getByTestId('total-count')).toHaveText(`${all.filter((c) => c.severity === 'high').length} findings`);
  await expect
    .poll(async () => (await serve.call('settings.get', { projectId, key: 'board' })).value)
    .toMatchObject({ groupBy: 'severity', filters: { severity: ['high'] } });
  await page.reload();
  await expect(page.getByLabel('Group by')).toHaveValue('severity');
  await expect(page.getByLabel('Filter by severity')).toHaveValue('high');
  await expect(column(page, 'High').getByTestId('column-count')).toHaveText(String(all.filter((c) => c.severity === 'high').length));
  await expect(column(page, 'Critical').getByTestId('column-count')).toHaveText('0');
});
