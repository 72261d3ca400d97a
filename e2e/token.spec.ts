import { expect, test } from './fixtures';

test('without the token the page says how to get in, and the API answers nothing', async ({ page, serve, consoleErrors }) => {
  await page.goto(`${serve.origin}/`);
  await expect(page.getByTestId('no-core')).toContainText('open the URL printed by `npm run serve`');
  const res = await page.request.post(`${serve.origin}/api/projects.list`, { data: {}, headers: { 'x-punchlist-token': 'wrong' } });
  expect(res.status()).toBe(403);
  expect(await res.text()).toBe('');
  // the page's HTML comes with a strict CSP
  const html = await page.request.get(`${serve.origin}/`);
  expect(html.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(html.headers()['x-content-type-options']).toBe('nosniff');
  // the browser logs the refused request (403, expected here); nothing else
  expect(consoleErrors.every((e) => e.includes('403'))).toBe(true);
  consoleErrors.length = 0;
});
