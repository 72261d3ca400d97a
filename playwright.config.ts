import { defineConfig } from '@playwright/test';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  // artifacts of failed tests; a sub-folder because Playwright empties outputDir on start and
  // `npm test` keeps test-results/vitest.json next to it. Screenshots go to test-results/*.png.
  outputDir: 'test-results/e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { trace: 'off' },
  projects: [
    {
      // the real renderer in Debian's Chromium, driven against the real core through `npm run serve`
      name: 'chromium',
      testIgnore: ['**/electron*.spec.ts'],
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1600, height: 1000 },
        launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
        screenshot: 'only-on-failure',
      },
    },
    {
      // the Electron shell's own specs (e2e/electron*.spec.ts), which launch Electron themselves
      name: 'electron',
      testMatch: ['**/electron*.spec.ts'],
    },
  ],
});
