// "Trojan Source" in report text (issue 14): a title holding U+202E used to show reversed and the
// location `src/<U+202E>txt.exe` as `src/exe.txt`. The board's cards, the detail panel and the plan
// now show each invisible or bidirectional character as a marked <U+XXXX>, with a warning marker.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, shot, test } from './fixtures';

const RLO = '\u202E';
const RAW = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/;

test('bidi and invisible characters in titles and paths are shown escaped, with a marker', async ({ page, serve }) => {
  const projectId = await openApp(page, serve);
  // a SARIF log (paths are taken as written; a Markdown report's path stops at such a character)
  const file = join(serve.dir, 'trojan.sarif');
  const result = (rule: string, text: string, uri: string, line: number) => ({
    ruleId: rule,
    level: rule === 'T1' ? 'error' : 'note',
    message: { text },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: line } } }],
  });
  const rules = [
    { id: 'T1', shortDescription: { text: `Payment check ${RLO}deliaf` } },
    { id: 'T2', shortDescription: { text: 'Plain finding' } },
  ];
  writeFileSync(
    file,
    JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'TrojanLint', rules } }, results: [result('T1', `The handler in src/${RLO}txt.exe skips the check; zero\u200Bwidth too.`, `src/${RLO}txt.exe`, 7), result('T2', 'Plain finding', 'src/ok.ts', 1)] }],
    }),
  );
  const [r] = await serve.ingest(projectId, [file]);
  expect(r).toMatchObject({ ok: true, added: 2 });
  // what is stored is the text as written
  const cards = await serve.call('findings.list', { projectId });
  const trojan = cards.find((c) => c.ruleId === 'T1')!;
  const plain = cards.find((c) => c.ruleId === 'T2')!;
  expect(trojan.title).toBe(`Payment check ${RLO}deliaf`);
  expect(trojan.primaryPath).toBe(`src/${RLO}txt.exe`);
  expect(plain.title).toBe('Plain finding');

  await page.reload();
  // the card: title and location with the escape, the marker; the plain card without one
  const card = page.locator(`[data-testid="card"][data-id="${trojan.id}"]`);
  await expect(card.getByTestId('card-title')).toHaveText('Payment check <U+202E>deliaf');
  await expect(card.locator('.card-loc')).toHaveText('src/<U+202E>txt.exe:7');
  await expect(card.getByTestId('hidden-chars-marker')).toBeVisible();
  await expect(card.getByTestId('hidden-char').first()).toHaveAttribute('title', /^U\+202E RIGHT-TO-LEFT OVERRIDE\./);
  await expect(page.locator(`[data-testid="card"][data-id="${plain.id}"]`).getByTestId('hidden-chars-marker')).toHaveCount(0);
  expect(await page.getByTestId('board').innerText()).not.toMatch(RAW);
  // the escape reads left to right even inside the right-to-left truncated location
  const esc = card.locator('.card-loc').getByTestId('hidden-char');
  await expect(esc).toHaveCSS('direction', 'ltr');
  await expect(esc).toHaveCSS('unicode-bidi', 'isolate');

  // the detail panel: title, location, description, marker
  await card.click();
  const detail = page.getByTestId('detail');
  await expect(detail.locator('.detail-title')).toHaveText(/Payment check <U\+202E>deliaf$/);
  await expect(detail.getByRole('region', { name: 'Locations' })).toContainText('src/<U+202E>txt.exe:7');
  await expect(detail.getByTestId('finding-body')).toContainText('The handler in src/<U+202E>txt.exe skips');
  await expect(detail.getByTestId('finding-body')).toContainText('zero<U+200B>width');
  await expect(detail.getByTestId('hidden-chars-marker')).toBeVisible();
  expect(await detail.innerText()).not.toMatch(RAW);
  await detail.screenshot({ path: shot('hidden-chars-detail.png') });

  // the plan
  await page.getByTestId('tab-plan').click();
  const item = page.getByTestId('plan-view').locator(`[data-finding-id="${trojan.id}"]`);
  await expect(item.locator('.plan-title')).toHaveText('Payment check <U+202E>deliaf');
  await expect(item.getByTestId('hidden-chars-marker')).toBeVisible();
  await expect(page.getByTestId('plan-view').locator(`[data-finding-id="${plain.id}"]`).getByTestId('hidden-chars-marker')).toHaveCount(0);
  expect(await page.getByTestId('plan-view').innerText()).not.toMatch(RAW);
});
