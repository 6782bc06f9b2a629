import { defineConfig } from '@playwright/test';
import type { ExtWorkerFixtures } from './tests/e2e/support/fixtures.ts';

/**
 * End-to-end specs (tests/e2e) run against the BUILT extension in real browsers: every spec once
 * in Chromium and once in Firefox (the two projects differ only in `extBrowser`). How the harness
 * drives each browser is in tests/README.md.
 */
export default defineConfig<ExtWorkerFixtures>({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  // The machines have 2 cores: one browser per worker, two workers.
  workers: 2,
  fullyParallel: true,
  // No retries: a failing assertion must fail. Browser-launch flakiness in CI is retried inside
  // the worker fixture instead (tests/e2e/support/fixtures.ts), which cannot hide a failing test.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalTimeout: 15 * 60_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  projects: [
    { name: 'chromium', use: { extBrowser: 'chromium' } },
    { name: 'firefox', use: { extBrowser: 'firefox' } },
  ],
});
