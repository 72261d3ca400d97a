// Two people on one database (issue 18): the page under test and another person's app (a second
// serve host on the same file). The other person changes cards the page still shows as they were;
// the page's keyboard triage, drag and drop and detail edits on those cards are refused with a
// message naming the change, nothing is overwritten, and the board then shows the current values.
import { anotherUser, column, dragCardToColumn, expect, importThroughUi, openApp, seedFiles, test } from './fixtures';

test('an edit of a card someone else changed meanwhile is refused, shown, and the board refreshed', async ({ page, serve }) => {
  await openApp(page, serve);
  await importThroughUi(page, [seedFiles()[0]]);
  const open = column(page, 'Open');
  await expect(open.getByTestId('card').nth(3)).toBeVisible();
  const [a, b, c, d] = await Promise.all([0, 1, 2, 3].map(async (i) => Number(await open.getByTestId('card').nth(i).getAttribute('data-id'))));
  const toasts = page.locator('.toasts');

  const bob = await anotherUser(serve);
  try {
    const read = async (id: number) => bob.call('findings.get', { id });
    const bobSets = async (id: number, patch: Parameters<typeof bob.call<'findings.update'>>[1]['patch']) => {
      const { version } = await read(id);
      await bob.call('findings.update', { ids: [id], patch, versions: [{ id, version }] });
    };
    // bob moves A to In progress
    await bobSets(a, { status: 'in_progress' });
    const aBefore = await read(a);
    // the page has not fetched since: A is still in Open
    await expect(open.locator(`[data-id="${a}"]`)).toBeVisible();

    // keyboard triage: A to Fixed (f) is refused, the message names bob's change, A shows up in In progress
    await page.locator(`[data-id="${a}"]`).focus();
    await page.keyboard.press('f');
    await expect(toasts).toContainText(`finding ${a} "${aBefore.title}" changed after you read it`);
    await expect(toasts).toContainText('changed status open → in_progress');
    await expect(toasts).toContainText('it now has status in_progress');
    await expect(column(page, 'In progress').locator(`[data-id="${a}"]`)).toBeVisible();
    expect((await read(a)).status).toBe('in_progress');

    // now the page has the current version: the same key goes through
    await page.locator(`[data-id="${a}"]`).focus();
    await page.keyboard.press('f');
    await expect(column(page, 'Fixed').locator(`[data-id="${a}"]`)).toBeVisible();
    await expect.poll(async () => (await read(a)).status).toBe('fixed');

    // drag and drop: B (rated low by bob, still shown with its old severity) to Fixed is refused
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect(toasts).toHaveText('');
    await bobSets(b, { severity: 'low' });
    const card = open.locator(`[data-id="${b}"]`);
    await dragCardToColumn(page, card, 'Fixed');
    await expect(toasts).toContainText(`finding ${b} `);
    await expect(toasts).toContainText('changed severity');
    await expect(open.locator(`[data-id="${b}"]`)).toBeVisible();
    await expect(open.locator(`[data-id="${b}"]`).getByTestId('card-severity')).toHaveText(/low/i);
    expect(await read(b)).toMatchObject({ status: 'open', severity: 'low' });

    // detail edit: C's status from the detail panel is refused; the panel shows bob's severity after
    await open.locator(`[data-id="${c}"]`).click();
    const detail = page.getByTestId('detail');
    await expect(detail).toBeVisible();
    await page.getByRole('button', { name: 'Dismiss' }).first().click();
    await expect(toasts).toHaveText('');
    await bobSets(c, { severity: 'low' });
    await detail.getByLabel('Status').selectOption('wont_fix');
    await expect(toasts).toContainText(`finding ${c} `);
    await expect(detail.getByLabel('Severity')).toHaveValue('low');
    await expect(detail.getByLabel('Status')).toHaveValue('open');
    expect(await read(c)).toMatchObject({ status: 'open', severity: 'low' });

    // two quick keys on one card (nobody else involved): the second builds on the first's version
    await page.getByRole('button', { name: 'Close detail' }).click();
    const [key, severity] = (await read(d)).severity === 'high' ? ['1', 'critical'] : ['2', 'high'];
    await page.locator(`[data-id="${d}"]`).focus();
    await page.keyboard.press(key);
    await page.keyboard.press('w');
    await expect(column(page, "Won't fix").locator(`[data-id="${d}"]`)).toBeVisible();
    await expect.poll(async () => {
      const now = await read(d);
      return `${now.severity} ${now.status}`;
    }).toBe(`${severity} wont_fix`);
    const history = (await read(d)).history.filter((h) => h.field === 'severity' || h.field === 'status');
    expect(history.map((h) => `${h.field}=${String(h.newValue)}`)).toEqual([`severity=${severity}`, 'status=wont_fix']);
  } finally {
    bob.stop();
  }
});
