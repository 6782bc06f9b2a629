import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.ts';
import type { BrowserKind } from './driver.ts';
import { launchFirefox } from './firefox.ts';
import { ExtensionHarness } from './harness.ts';
import { NetworkGuard, startHarnessProxy } from './network.ts';
import { BROWSER_EXECUTABLES, EXTENSION_DIRS } from './paths.ts';

/**
 * The one entry point that starts a browser with the built extension loaded and every request
 * under control. Used by the Playwright fixtures (tests/e2e/support/fixtures.ts) and by the demo
 * runner (tests/demo/run-demo.mjs), so both exercise exactly the same set-up.
 */
export interface LaunchOptions {
  browser: BrowserKind;
  /** Default true. Headed needs a display ($DISPLAY). */
  headless?: boolean;
  /** Default: .output/chrome-mv3 or .output/firefox-mv3. */
  extensionDir?: string;
  /** More Chromium command-line switches (the bench adds --remote-debugging-port). Ignored by Firefox. */
  chromiumArgs?: string[];
}

export const BUILD_COMMANDS: Record<BrowserKind, string> = {
  chromium: 'npx wxt build',
  firefox: 'npx wxt build -b firefox',
};

export async function launchExtension({ browser, headless = true, extensionDir = EXTENSION_DIRS[browser], chromiumArgs = [] }: LaunchOptions): Promise<ExtensionHarness> {
  if (!existsSync(BROWSER_EXECUTABLES[browser])) {
    throw new Error(`${BROWSER_EXECUTABLES[browser]} is missing: apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'} (or run .ci/run)`);
  }
  const snapshot = await snapshotBuild(extensionDir, BUILD_COMMANDS[browser]);
  const guard = new NetworkGuard();
  const proxy = await startHarnessProxy(guard);
  try {
    const launch = browser === 'chromium' ? launchChromium : launchFirefox;
    const driver = await launch({ extensionDir: snapshot, headless, guard, proxy, extraArgs: chromiumArgs });
    return new ExtensionHarness(driver, guard, proxy, () => rmSync(snapshot, { recursive: true, force: true }));
  } catch (error) {
    guard.close();
    await proxy.close();
    rmSync(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Copies the build to a private directory and loads that. WHY: .output/ is shared by everyone
 * working in the repository, and a `wxt build` running while a browser has the extension loaded
 * replaces the files under it (Chromium reads them lazily: pages then fail to load their renamed
 * chunks). A build being written (directory emptied, manifest not there yet) is waited for.
 */
async function snapshotBuild(extensionDir: string, buildCommand: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const target = mkdtempSync(join(tmpdir(), 'seller-sos-extension-'));
    try {
      if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build in ${extensionDir}: run \`${buildCommand}\` first`);
      cpSync(extensionDir, target, { recursive: true });
      JSON.parse(readFileSync(join(target, 'manifest.json'), 'utf8'));
      return target;
    } catch (error) {
      rmSync(target, { recursive: true, force: true });
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
