import { test as base, expect } from '@playwright/test';
import type { BrowserKind } from '../../support/driver.ts';
import type { ExtensionHarness } from '../../support/harness.ts';
import { launchExtension } from '../../support/launch.ts';
import { foreignExtensionRequests } from '../../support/network.ts';

/**
 * Playwright fixtures for end-to-end specs:
 *
 *   import { test, expect } from './support/fixtures';
 *   test('…', async ({ ext }) => { const page = await ext.newPage(); … });
 *
 * `extBrowser` is set per project in playwright.config.ts, so every spec runs in Chromium and in
 * Firefox. The browser is launched once per worker (a few seconds each) and shared by that
 * worker's tests; `ext` resets it before every test (tabs closed, storage and database emptied).
 * We never use Playwright's own `page`/`browser` fixtures: they would launch a second browser
 * without the extension.
 */
export interface ExtFixtures {
  ext: ExtensionHarness;
  /**
   * Every test fails if the extension itself (its pages, its background, or anything that reached
   * the harness proxy) requested a host that is not a back-office or a declared diagnosis probe. A spec that provokes such
   * requests on purpose opts out with `test.use({ allowForeignExtensionRequests: true })`.
   */
  allowForeignExtensionRequests: boolean;
}
export interface ExtWorkerFixtures {
  extBrowser: BrowserKind;
  extensionHarness: ExtensionHarness;
}

/** Attempts at launching a browser: in CI one more, for launch flakiness only (never test retries). */
const LAUNCH_ATTEMPTS = process.env.CI ? 2 : 1;

export const test = base.extend<ExtFixtures, ExtWorkerFixtures>({
  extBrowser: ['chromium', { option: true, scope: 'worker' }],

  extensionHarness: [
    async ({ extBrowser }, use) => {
      let harness: ExtensionHarness | undefined;
      for (let attempt = 1; !harness; attempt += 1) {
        try {
          harness = await launchExtension({ browser: extBrowser, headless: process.env.HEADED !== '1' });
        } catch (error) {
          if (attempt >= LAUNCH_ATTEMPTS) throw error;
          console.warn(`[${extBrowser}] launch attempt ${attempt} failed, retrying: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
      await use(harness);
      await harness.close();
    },
    { scope: 'worker', timeout: 90_000 },
  ],

  allowForeignExtensionRequests: [false, { option: true }],

  ext: async ({ extensionHarness, allowForeignExtensionRequests }, use, testInfo) => {
    await extensionHarness.reset();
    await use(extensionHarness);
    const extensionRequests = extensionHarness.extensionRequests();
    if (extensionRequests.length > 0) {
      await testInfo.attach('extension-requests.json', { body: JSON.stringify(extensionRequests, null, 2), contentType: 'application/json' });
    }
    const foreign = foreignExtensionRequests(extensionRequests);
    if (!allowForeignExtensionRequests && testInfo.status === testInfo.expectedStatus) {
      expect(foreign.map(({ source, method, url }) => `${source} ${method} ${url}`), 'the extension made requests to hosts that are not back-offices').toEqual([]);
    }
  },
});

export { expect };
