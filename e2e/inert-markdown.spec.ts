import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, importThroughUi, openApp, test, shot } from './fixtures';

test('HTML and scripts in a finding stay inert in the detail panel', async ({ page, serve }) => {
  await openApp(page, serve);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  const dir = join(serve.dir, 'reports');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'xss-review.md');
  writeFileSync(
    file,
    [
      '# Security Review',
      '',
      '## Bugs Found',
      '',
      '### BUG-X01: Unsafe Comment Rendering',
      '- **File:** web/comments.js:12',
      '- **Severity:** P1 (High)',
      '- **Description:** Comments are rendered with innerHTML, so <img src=x onerror="window.__pwned=1;alert(1)"> runs.',
      '  Also <script>window.__pwned2=1;alert(2)</script> and <iframe src="x"></iframe> get through.',
      '- **Link:** [details](javascript:window.__pwned3=1) and ![diagram](x) and [docs](https://example.com/docs)',
      '',
      '```js',
      'el.innerHTML = comment.body; // unsafe',
      '```',
      '',
      '### BUG-X02: Missing Rate Limit',
      '- **File:** web/login.js:40',
      '- **Severity:** P2 (Medium)',
      '- **Description:** Login has no rate limit.',
      '',
    ].join('\n'),
  );
  const summary = await importThroughUi(page, [file]);
  expect(summary).toMatch(/0 failed/);

  await page.getByText('Unsafe Comment Rendering').first().click();
  const body = page.getByTestId('finding-body');
  await expect(body).toBeVisible();
  await expect(body).toContainText('onerror');
  // raw HTML shows as text, never as elements
  await expect(body.locator('img, script, iframe')).toHaveCount(0);
  await expect(body.locator('pre code.hljs, pre code[class*="language-"]').first()).toBeVisible();
  // the javascript: link lost its URL; clicking links does not navigate
  const before = page.url();
  for (const link of await body.locator('a').all()) {
    const href = await link.getAttribute('href');
    expect(href ?? '').not.toMatch(/^\s*(javascript|data|vbscript):/i);
    await link.click();
  }
  await page.waitForTimeout(500);
  expect(page.url()).toBe(before);
  await page.screenshot({ path: shot('detail-inert.png') });

  const flags = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    return [w.__pwned, w.__pwned2, w.__pwned3];
  });
  expect(flags).toEqual([undefined, undefined, undefined]);
  expect(dialogs).toBe(0);
  const origin = serve.origin;
  const stray = requests.filter((u) => u === `${origin}/x` || /\/x(\?|$)/.test(new URL(u).pathname) || !u.startsWith(origin));
  expect(stray).toEqual([]);
});
