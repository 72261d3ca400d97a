// File > Open Team Database…'s form (electron/team-db-prompt.ts) in a real Chromium with JavaScript
// off, as the app's prompt window runs it: its own CSP lets the form answer, the answer arrives as
// the navigation the main process reads (and cancels: here the route is aborted), special
// characters survive, and Cancel answers cancel without needing a URL.
import { expect, test } from '@playwright/test';
import { readPromptSubmission, SUBMIT_URL, teamDbPromptHtml } from '../electron/team-db-prompt';

test.use({ javaScriptEnabled: false });

async function submit(page: import('@playwright/test').Page, html: string, fill: (p: typeof page) => Promise<void>, button: string) {
  const seen: string[] = [];
  await page.route(`${SUBMIT_URL}**`, (route) => {
    seen.push(route.request().url());
    return route.abort();
  });
  await page.goto(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
  await fill(page);
  await page.getByRole('button', { name: button }).click();
  await expect.poll(() => seen.length).toBe(1);
  return readPromptSubmission(seen[0]);
}

test('Connect answers the URL (sslmode kept) and the password, special characters intact', async ({ page }) => {
  const answer = await submit(
    page,
    teamDbPromptHtml('postgres://alice@db.example.com/punchlist?sslmode=verify-full'),
    async (p) => {
      await expect(p.getByLabel('PostgreSQL URL')).toHaveValue('postgres://alice@db.example.com/punchlist?sslmode=verify-full');
      await p.getByLabel('Password').fill('p@ss w/rd&x=1');
    },
    'Connect',
  );
  expect(answer).toEqual({ action: 'connect', url: 'postgres://alice@db.example.com/punchlist?sslmode=verify-full', password: 'p@ss w/rd&x=1' });
});

test('Cancel answers cancel, even with the URL empty; a pre-filled value cannot break out of the field', async ({ page }) => {
  const answer = await submit(page, teamDbPromptHtml('"><b id=x>', 'note <i>'), async (p) => {
    await expect(p.getByLabel('PostgreSQL URL')).toHaveValue('"><b id=x>');
    await expect(p.locator('#x')).toHaveCount(0);
    await p.getByLabel('PostgreSQL URL').fill('');
  }, 'Cancel');
  expect(answer).toEqual({ action: 'cancel' });
});

test('Enter in the password field connects (the default button is Connect, not Cancel)', async ({ page }) => {
  const seen: string[] = [];
  await page.route(`${SUBMIT_URL}**`, (route) => {
    seen.push(route.request().url());
    return route.abort();
  });
  await page.goto(`data:text/html;charset=utf-8;base64,${Buffer.from(teamDbPromptHtml('postgres://bob@h/db')).toString('base64')}`);
  await page.getByLabel('Password').fill('pw');
  await page.getByLabel('Password').press('Enter');
  await expect.poll(() => seen.length).toBe(1);
  expect(readPromptSubmission(seen[0])).toEqual({ action: 'connect', url: 'postgres://bob@h/db', password: 'pw' });
});

test('other navigations are not answers', () => {
  expect(readPromptSubmission('https://example.com/team-database?action=connect&url=x')).toBeNull();
  expect(readPromptSubmission('not a url')).toBeNull();
});
