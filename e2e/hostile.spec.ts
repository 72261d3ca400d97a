// Hostile content in the real renderer: every payload of tests/hardening/payloads.ts is ingested
// through the real core (Markdown, SARIF, scanner JSON) into a fresh database; every finding's
// detail panel is opened, then the plan, deploy (checklists) and insights views. Nothing may run
// (a window sentinel traps `window.__pwned` and alert/confirm/prompt), no dialog may open, no
// request may leave our origin, no CSP violation and no console error may occur. The HTML export
// is then loaded in the browser under the same watch.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { hostileGenericJson, hostileMarkdown, hostileSarif, PAYLOADS } from '../tests/hardening/payloads';
import { expect, openApp, test } from './fixtures';

/** traps set before any page script runs */
function sentinel() {
  const w = window as unknown as Record<string, unknown> & { __executed: string[]; __csp: string[] };
  w.__executed = [];
  w.__csp = [];
  Object.defineProperty(window, '__pwned', {
    configurable: false,
    get: () => undefined,
    set: (v: unknown) => {
      w.__executed.push(`__pwned=${String(v)}`);
    },
  });
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    w[name] = (...args: unknown[]) => {
      w.__executed.push(`${name}(${args.map(String).join(',')})`);
    };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`);
  });
}

interface Watch {
  stray: string[];
  dialogs: string[];
}

function watch(context: BrowserContext, origin: string): Watch {
  const w: Watch = { stray: [], dialogs: [] };
  context.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(`${origin}/`) && !u.startsWith('data:') && u !== 'about:blank') w.stray.push(u);
  });
  context.on('page', (p) => p.on('dialog', (d) => (w.dialogs.push(d.message()), void d.dismiss())));
  return w;
}

async function traps(page: Page): Promise<{ executed: string[]; csp: string[] }> {
  return page.evaluate(() => {
    const w = window as unknown as { __executed: string[]; __csp: string[] };
    return { executed: [...w.__executed], csp: [...w.__csp] };
  });
}

test('every hostile payload stays inert in the board, detail panels, plan, checklists and insights', async ({ page, serve, context }) => {
  test.setTimeout(600_000);
  await context.addInitScript(sentinel);
  const seen = watch(context, serve.origin);
  page.on('dialog', (d) => (seen.dialogs.push(d.message()), void d.dismiss()));
  const projectId = await openApp(page, serve);

  const files = {
    md: join(serve.dir, 'hostile-review.md'),
    sarif: join(serve.dir, 'hostile.sarif'),
    json: join(serve.dir, 'hostile-generic.json'),
  };
  writeFileSync(files.md, hostileMarkdown());
  writeFileSync(files.sarif, hostileSarif());
  writeFileSync(files.json, hostileGenericJson());
  const results = await serve.ingest(projectId, Object.values(files));
  for (const r of results) expect(r.ok, JSON.stringify(r)).toBe(true);
  const all = await serve.call('findings.list', { projectId });
  expect(all.length).toBe(PAYLOADS.length * 3);
  await page.reload();
  await expect(page.getByTestId('board')).toBeVisible();
  await expect(page.getByTestId('total-count')).toContainText(String(all.length));

  // every finding's detail panel, found through the search box (the board is virtualised)
  const search = page.getByLabel('Search', { exact: true });
  let opened = 0;
  for (const p of PAYLOADS) {
    const ids = (await serve.call('findings.list', { projectId, text: p.id })).map((c) => c.id);
    expect(ids.length, `${p.id} findable`).toBeGreaterThanOrEqual(3);
    await search.fill(p.id);
    const cards = page.getByTestId('card');
    // the board shows exactly this search's findings (not the previous search's)
    await expect
      .poll(async () => (await cards.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-id'))))).sort((a, b) => a - b))
      .toEqual([...ids].sort((a, b) => a - b));
    for (let i = 0; i < ids.length; i++) {
      const card = cards.nth(i);
      const id = Number(await card.getAttribute('data-id'));
      await card.click();
      const detail = page.getByTestId('detail');
      await expect(detail).toBeVisible();
      await expect(detail).toContainText(p.id);
      // report text is shown as text: no element of the payload's making inside the panel
      await expect(detail.locator('script, iframe, object, embed, img, svg, math, form, base, link, meta, style, noscript, video, audio, source')).toHaveCount(0);
      await expect(detail.getByTestId('finding-body').locator('details, textarea, input, button, marquee, table img')).toHaveCount(0);
      for (const a of await detail.locator('a[href]').all()) {
        expect(await a.getAttribute('href')).not.toMatch(/^\s*(javascript|data|vbscript|file|blob):/i);
      }
      expect(ids).toContain(id);
      opened++;
    }
  }
  expect(opened).toBe(all.length);
  expect(await traps(page), 'after the detail panels').toEqual({ executed: [], csp: [] });
  await search.fill('');

  // the other views that show report text: plan, deploy (checklist items), insights
  for (const tab of ['plan', 'deploy', 'insights', 'board'] as const) {
    await page.getByTestId(`tab-${tab}`).click();
    await page.waitForTimeout(1_000);
    const t = await traps(page);
    expect(t, `after the ${tab} view`).toEqual({ executed: [], csp: [] });
  }
  await page.getByTestId('tab-deploy').click();
  const items = page.getByTestId('checklist-item');
  await expect(items.first()).toBeVisible();
  const checklistItems = await items.count();
  expect(checklistItems).toBeGreaterThanOrEqual(PAYLOADS.length);
  for (const p of PAYLOADS) await expect(page.getByTestId('checklist').getByText(p.id, { exact: false }).first()).toBeAttached();
  await page.getByTestId('tab-board').click();

  const t = await traps(page);
  expect(t.executed, 'nothing ran').toEqual([]);
  expect(t.csp, 'no CSP violation').toEqual([]);
  expect(seen.dialogs, 'no dialog').toEqual([]);
  expect(seen.stray, 'no request left the page').toEqual([]);
  console.log(`hardening: ${PAYLOADS.length} payloads tried in ${opened} detail panels, ${checklistItems} checklist items and the plan/deploy/insights views, ${t.executed.length} executed, ${seen.stray.length} requests left the page`);
});

test('the HTML export of hostile content runs nothing and fetches nothing when opened', async ({ page, serve, context }) => {
  await context.addInitScript(sentinel);
  const seen = watch(context, serve.origin);
  const projectId = await openApp(page, serve);
  const files = [join(serve.dir, 'h.md'), join(serve.dir, 'h.sarif'), join(serve.dir, 'h.json')];
  writeFileSync(files[0], hostileMarkdown());
  writeFileSync(files[1], hostileSarif());
  writeFileSync(files[2], hostileGenericJson());
  for (const r of await serve.ingest(projectId, files)) expect(r.ok).toBe(true);
  const html = (await serve.call('export.render', { projectId, format: 'html' })).text;
  const exported = await context.newPage();
  exported.on('dialog', (d) => (seen.dialogs.push(d.message()), void d.dismiss()));
  await exported.setContent(html, { waitUntil: 'load' });
  await exported.waitForTimeout(1_000);
  for (const p of PAYLOADS) await expect(exported.getByText(p.id, { exact: false }).first()).toBeAttached();
  const t = await traps(exported);
  expect(t.executed).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.stray).toEqual([]);
  expect(await exported.locator('body script, body img, body iframe, body object, body embed, body foreignObject, body image, body use').count()).toBe(0);
  // the only SVG is the exporter's own static charts, each in a <figure class="chart">
  expect(await exported.locator('figure.chart svg').count()).toBeGreaterThan(0);
  expect(await exported.locator('svg:not(figure.chart svg)').count()).toBe(0);
  await exported.close();
});
