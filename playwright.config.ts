import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the renderer against the real preview server (tests/e2e/fixtures.ts starts
 * one per test, on its own database). Debian's Chromium: Playwright's browsers cannot be downloaded here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  // Playwright empties its outputDir at start: reports live elsewhere (reports/).
  outputDir: 'test-results/playwright',
  // The build must be current; then the demo database is built once for every test (fixtures.ts).
  globalSetup: ['./tests/e2e/verifier-construction.ts', './tests/e2e/preparer-demo.ts'],
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  workers: 2,
  fullyParallel: true,
  // Long scenarios on 2 shared cores: a generous ceiling, the steps keep their own 10 s expectations.
  timeout: 180_000,
  expect: { timeout: 10_000 },
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
});
