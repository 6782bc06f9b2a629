import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
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
  /**
   * Chromium only: keep the profile in this directory, and the extension's copy beside it, so a
   * second launch with the same directory is the same browser restarted — same profile, same
   * unpacked path, hence the same extension id and the same IndexedDB. The caller deletes it.
   */
  profileDir?: string;
}

export const BUILD_COMMANDS: Record<BrowserKind, string> = {
  chromium: 'npx wxt build',
  firefox: 'npx wxt build -b firefox',
};

export async function launchExtension({ browser, headless = true, extensionDir = EXTENSION_DIRS[browser], chromiumArgs = [], profileDir }: LaunchOptions): Promise<ExtensionHarness> {
  if (!existsSync(BROWSER_EXECUTABLES[browser])) {
    throw new Error(`${BROWSER_EXECUTABLES[browser]} is missing: apt-get install -y ${browser === 'chromium' ? 'chromium' : 'firefox-esr'} (or run .ci/run)`);
  }
  if (profileDir && browser !== 'chromium') throw new Error('profileDir: only the Chromium driver keeps a profile across launches');
  const kept = profileDir ? join(profileDir, '..', `${basename(profileDir)}-extension`) : null;
  const snapshot = kept && existsSync(join(kept, 'manifest.json')) ? kept : await snapshotBuild(extensionDir, BUILD_COMMANDS[browser], kept ?? undefined);
  const removeSnapshot = () => (kept ? undefined : rmSync(snapshot, { recursive: true, force: true }));
  const guard = new NetworkGuard();
  const proxy = await startHarnessProxy(guard);
  try {
    const launch = browser === 'chromium' ? launchChromium : launchFirefox;
    const driver = await launch({ extensionDir: snapshot, headless, guard, proxy, extraArgs: chromiumArgs, profileDir });
    return new ExtensionHarness(driver, guard, proxy, removeSnapshot);
  } catch (error) {
    guard.close();
    await proxy.close();
    removeSnapshot();
    throw error;
  }
}

/**
 * Copies the build to a private directory and loads that. WHY: .output/ is shared by everyone
 * working in the repository, and a `wxt build` running while a browser has the extension loaded
 * replaces the files under it (Chromium reads them lazily: pages then fail to load their renamed
 * chunks). A build being written (directory emptied, manifest not there yet) is waited for.
 */
async function snapshotBuild(extensionDir: string, buildCommand: string, into?: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const target = into ?? mkdtempSync(join(tmpdir(), 'seller-sos-extension-'));
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
