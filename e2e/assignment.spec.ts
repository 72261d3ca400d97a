// Issue 18 in the real renderer against the real core: assign a finding by typing a name in its
// detail and another by keyboard ("a": to me), filter the board by assignee, mine and unassigned,
// set an SLA in its dialog and see the overdue findings marked, in words, with their due date.
// The project is a JSON export of seed 000 whose findings were first seen on 2026-01-05 (a fixed
// day, so the overdue marks do not depend on when the test runs: critical 7 days → due 2026-01-12).
// Expected findings from the seed's golden (10 open: 6 critical, 3 high, 1 medium).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, GOLDENS_DIR, openApp, SEEDS_DIR, shot, test } from './fixtures';

const golden = JSON.parse(readFileSync(join(GOLDENS_DIR, '000_fc571ca0a1401530.golden.json'), 'utf8')) as { source: string; findings: Array<{ title: string; severity: string }> };
const CRITICAL = golden.findings.filter((f) => f.severity === 'critical');
const HIGH = golden.findings.filter((f) => f.severity === 'high');
const FIRST_SEEN = '2026-01-05T09:00:00.000Z';

test('assign, filter by assignee, set an SLA and see overdue cards', async ({ page, serve }) => {
  // the seed ingested in a scratch project, exported, its first-seen day set, imported into the board's project
  const projectId = await openApp(page, serve);
  const scratch = await serve.call('projects.create', { name: 'Scratch' });
  const [ingested] = await serve.ingest(scratch.id, [join(SEEDS_DIR, golden.source)]);
  expect(ingested.ok).toBe(true);
  const doc = JSON.parse((await serve.call('export.render', { projectId: scratch.id, format: 'json' })).text) as { snapshot: { findings: Array<{ firstSeen?: string }> } };
  for (const f of doc.snapshot.findings) f.firstSeen = FIRST_SEEN;
  await serve.call('import.json', { projectId, base64: Buffer.from(JSON.stringify(doc)).toString('base64') });
  await page.reload();
  const cards = page.getByTestId('card');
  await expect(cards).toHaveCount(golden.findings.length);
  const me = (await serve.call('assignment.people', { projectId })).me;

  // typed in the detail panel
  const first = cards.filter({ hasText: CRITICAL[0].title });
  await first.click();
  const assignee = page.getByLabel('Assignee', { exact: true });
  await assignee.fill('Maria Lopez');
  await assignee.press('Enter');
  await expect(first.getByTestId('card-assignee')).toHaveText(/Maria Lopez/);
  await expect(page.getByTestId('detail').getByText('assignee', { exact: true })).toBeVisible(); // the history
  await page.getByRole('button', { name: 'Close detail' }).click();

  // by keyboard: "a" assigns the focused card to me
  const second = cards.filter({ hasText: HIGH[0].title });
  await second.focus();
  await page.keyboard.press('a');
  await expect(second.getByTestId('card-assignee')).toHaveText(new RegExp(me));
  await expect.poll(async () => (await serve.call('findings.list', { projectId, assignee: [me] })).map((c) => c.title)).toEqual([HIGH[0].title]);

  // the board's filter
  const filter = page.getByLabel('Filter by assignee');
  await filter.selectOption('Maria Lopez');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(CRITICAL[0].title);
  await filter.selectOption({ label: `Mine (${me})` });
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText(HIGH[0].title);
  await filter.selectOption({ label: 'Unassigned' });
  await expect(cards).toHaveCount(golden.findings.length - 2);
  await filter.selectOption({ label: 'Any' });
  await expect(cards).toHaveCount(golden.findings.length);

  // no SLA yet: no due dates, nothing overdue
  await expect(page.getByTestId('card-overdue')).toHaveCount(0);
  await page.getByRole('button', { name: 'SLA', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'SLA' });
  await dialog.getByLabel('Critical days').fill('7');
  await dialog.getByLabel('High days').fill('3650');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);

  // every critical card overdue (first seen 2026-01-05 + 7 days), said in words with its due date
  const overdue = page.getByTestId('card-overdue');
  await expect(overdue).toHaveCount(CRITICAL.length);
  for (const f of CRITICAL) await expect(cards.filter({ hasText: f.title }).getByTestId('card-overdue')).toHaveText(/Overdue · due 2026-01-12/);
  // high ones are due in ten years: a date, no overdue mark
  for (const f of HIGH) {
    const card = cards.filter({ hasText: f.title });
    await expect(card.getByTestId('card-due')).toHaveText(/^due \d{4}-\d\d-\d\d$/);
    await expect(card.getByTestId('card-overdue')).toHaveCount(0);
  }
  expect((await serve.call('findings.list', { projectId })).filter((c) => c.overdue).map((c) => c.title).sort()).toEqual(CRITICAL.map((f) => f.title).sort());

  // a critical one fixed is no longer overdue
  const fixed = cards.filter({ hasText: CRITICAL[1].title });
  await fixed.focus();
  await page.keyboard.press('f');
  await expect(page.getByTestId('card-overdue')).toHaveCount(CRITICAL.length - 1);
  await first.click();
  await expect(page.getByTestId('detail-overdue')).toHaveText(/Overdue/);
  await page.screenshot({ path: shot('assignment.png') });
});
