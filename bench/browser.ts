// Figures 5 (board) and 7 (startup): the built renderer in Debian Chromium through Playwright, against
// the serve host (`node bin/serve.mjs --db DB --port 0`) on a real database. Times are taken inside the
// page (performance.now(), ms since navigation start; requestAnimationFrame for "painted"), so
// Playwright's own round trips count only where a real user's input would also be involved.
import { chromium, type Browser, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import globalSetup from '../e2e/global-setup';

const LAUNCH_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export interface BrowserFigures {
  /** first card visible and a key handled (j moves focus to a card), ms after navigation start */
  interactiveMs: number[];
  /** group-by switch until the new columns are painted */
  regroupMs: number[];
  /** scrolling the big column top to bottom, once per run: every frame's duration (rAF to rAF, ms) */
  scrollDeltas: number[][];
  scrollCards: number;
  /** drop of a card to the findings.update response */
  dropMs: number[];
  /** empty database: the empty-state text painted, ms after navigation start */
  startupMs: number[];
  /** first-contentful-paint on the empty database */
  fcpMs: number[];
  /** API calls the board made while loading 10,000 cards (batching: no per-card round trips) */
  boardApiCalls: number;
}

function startServe(root: string, dbPath: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'serve.mjs'), '--db', dbPath, '--port', '0'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`serve did not start within 60 s\n${err}`));
    }, 60_000);
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      const nl = out.indexOf('\n');
      if (nl >= 0) {
        clearTimeout(timer);
        resolve({ child, url: out.slice(0, nl).trim() });
      }
    });
    child.stderr!.on('data', (c: Buffer) => (err += c.toString('utf8')));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code}\n${err}`));
    });
  });
}

async function stopServe(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Installed before the app's scripts: marks when a selector first shows up (in a rAF, i.e. the frame that paints it) and when findings.update answers. */
const PROBE = `
  window.__name = (f) => f; // tsx (esbuild keepNames) wraps the functions handed to page.evaluate in __name()
  window.__marks = {};
  window.__api = [];
  window.__waitFor = (name, selector) => {
    const tick = () => {
      if (document.querySelector(selector)) window.__marks[name] = performance.now();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  window.__waitFor('card', '[data-testid="card"]');
  window.__waitFor('empty', '[data-testid="empty-project"], [data-testid="empty-projects"]');
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const url = String(input && input.url ? input.url : input);
    const r = await realFetch(input, init);
    const method = url.split('/').pop();
    window.__api.push(method);
    if (method === 'findings.update') window.__marks.update = performance.now();
    return r;
  };
  document.addEventListener('pointerup', () => { window.__marks.pointerup = performance.now(); }, true);
`;

async function mark(page: Page, name: string, timeout = 30_000): Promise<number> {
  const h = await page.waitForFunction((n) => (window as unknown as { __marks: Record<string, number> }).__marks[n] ?? null, name, {
    timeout,
    polling: 'raf',
  });
  return (await h.jsonValue()) as number;
}

/** The group-by select set to `value`; resolves with ms until `label`'s column is painted and the old columns are gone. */
async function regroup(page: Page, value: string, label: string, gone: string): Promise<number> {
  return page.evaluate(
    ([value, label, gone]) =>
      new Promise<number>((resolve, reject) => {
        const select = document.querySelector('select[aria-label="Group by"]') as HTMLSelectElement;
        const t0 = performance.now();
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        const tick = () => {
          const ready =
            document.querySelector(`[role="region"][aria-label="${label}"] [data-testid="card"]`) &&
            !document.querySelector(`[role="region"][aria-label="${gone}"]`);
          if (ready) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 10_000) reject(new Error(`regroup to ${value}: no ${label} column`));
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    [value, label, gone] as const,
  );
}

/** Scrolls the column `label` top to bottom over `frames` frames; returns each frame's duration. */
async function scrollColumn(page: Page, label: string, frames: number): Promise<{ deltas: number[]; cards: number }> {
  return page.evaluate(
    ([label, frames]) =>
      new Promise<{ deltas: number[]; cards: number }>((resolve) => {
        const region = document.querySelector(`[role="region"][aria-label="${label}"]`)!;
        const el = region.querySelector('.column-scroll') as HTMLElement;
        const cards = Number(region.querySelector('[data-testid="column-count"]')?.textContent ?? 0);
        const step = (el.scrollHeight - el.clientHeight) / frames;
        const stamps: number[] = [];
        let i = 0;
        const f = (t: number) => {
          stamps.push(t);
          if (i < frames) {
            i++;
            el.scrollTop = Math.round(i * step);
            requestAnimationFrame(f);
          } else {
            const deltas = stamps.slice(1).map((s, k) => s - stamps[k]);
            resolve({ deltas, cards });
          }
        };
        requestAnimationFrame(f);
      }),
    [label, frames] as const,
  );
}

async function dragCard(page: Page, fromLabel: string, toLabel: string): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __marks: Record<string, number> };
    delete w.__marks.update;
    delete w.__marks.pointerup;
  });
  const card = page.getByRole('region', { name: fromLabel, exact: true }).getByTestId('card').first();
  const from = (await card.boundingBox())!;
  const to = (await page.getByRole('region', { name: toLabel, exact: true }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2 + 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await page.mouse.up();
  const update = await mark(page, 'update', 10_000);
  const up = await mark(page, 'pointerup');
  return update - up;
}

/**
 * Runs the browser figures. `boardDb`: a database whose default project holds the board's findings
 * (the caller ingests them); `emptyDb`: a path for a fresh, empty database.
 */
export async function benchBrowser(root: string, boardDb: string, emptyDb: string, runs: number): Promise<BrowserFigures> {
  globalSetup(); // builds the renderer when it is missing or stale (as the e2e suite does)
  // half of the findings in progress: two columns of ~5,000 cards each
  const db = new Database(boardDb);
  db.prepare(`UPDATE findings SET status = 'in_progress' WHERE id % 2 = 0 AND status = 'open'`).run();
  db.close();

  const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: LAUNCH_ARGS });
  const out: BrowserFigures = {
    interactiveMs: [],
    regroupMs: [],
    scrollDeltas: [],
    scrollCards: 0,
    dropMs: [],
    startupMs: [],
    fcpMs: [],
    boardApiCalls: 0,
  };
  try {
    // 7. startup on an empty database
    {
      const { child, url } = await startServe(root, emptyDb);
      try {
        for (let i = 0; i < runs + 1; i++) {
          const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
          const page = await ctx.newPage();
          await page.addInitScript(PROBE);
          await page.goto(url);
          const t = await mark(page, 'empty');
          const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1);
          if (i > 0) {
            // the first load warms the serve host (its first TypeScript compile of each module), not the renderer
            out.startupMs.push(t);
            out.fcpMs.push(fcp);
          }
          await ctx.close();
        }
      } finally {
        await stopServe(child);
      }
    }

    // 5. the board with 10,000 findings
    const { child, url } = await startServe(root, boardDb);
    try {
      for (let i = 0; i < runs + 1; i++) {
        const ctx = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        const page = await ctx.newPage();
        await page.addInitScript(PROBE);
        await page.goto(url);
        await mark(page, 'card');
        await page.keyboard.press('j');
        const h = await page.waitForFunction(() => (document.activeElement?.getAttribute('data-id') ? performance.now() : null), null, {
          polling: 'raf',
          timeout: 30_000,
        });
        const interactive = (await h.jsonValue()) as number;
        if (i > 0) out.interactiveMs.push(interactive);
        out.boardApiCalls = (await page.evaluate(() => (window as unknown as { __api: string[] }).__api.length)) as number;

        if (i === runs) {
          // the last page: regrouping, scrolling, dragging
          for (let k = 0; k < runs; k++) {
            out.regroupMs.push(await regroup(page, 'severity', 'High', 'Open'));
            out.regroupMs.push(await regroup(page, 'status', 'Open', 'High'));
          }
          for (let k = 0; k < runs; k++) {
            const s = await scrollColumn(page, 'Open', 300);
            out.scrollDeltas.push(s.deltas);
            out.scrollCards = s.cards;
            await page.evaluate(() => {
              const el = document.querySelector('[role="region"][aria-label="Open"] .column-scroll') as HTMLElement;
              el.scrollTop = 0;
            });
          }
          for (let k = 0; k < runs; k++) out.dropMs.push(await dragCard(page, 'Open', 'Fixed'));
        }
        await ctx.close();
      }
    } finally {
      await stopServe(child);
    }
  } finally {
    await browser.close();
  }
  return out;
}
