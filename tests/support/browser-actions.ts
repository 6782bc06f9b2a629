import type { BrowserContext, CDPSession, Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ExtensionHarness, ExtPage } from './harness.ts';
import { FIREFOX_ADDON_ID } from './paths.ts';

/**
 * What a seller does with the browser itself rather than with a page — a keyboard shortcut, a
 * context-menu item, granting an optional permission — and stopping the extension's background
 * the way the browser does after 30 s idle. Each is done through the browser's own machinery, as
 * far as automation reaches; what it cannot reach throws `NotAutomatable`, and specs say so
 * instead of faking it.
 *
 * Chromium (Playwright, CDP):
 * - shortcut: `Input.dispatchKeyEvent` (rawKeyDown/keyUp with modifiers) on the tab. Chromium
 *   matches it against the extension's commands like a real key press and grants activeTab.
 *   (Playwright's keyboard.press does not trigger extension commands.)
 * - context menu: not reachable — it is a native menu, and CDP cannot open or choose in it.
 * - optional permission: not reachable — `permissions.request` waits on a native prompt that
 *   headless Chromium shows to nobody.
 * - stopping the background: `ServiceWorker.stopAllWorkers` from a CDP session on an extension
 *   page (a web page's session does not reach the extension's worker).
 *
 * Firefox (puppeteer, WebDriver BiDi with `--remote-allow-system-access`):
 * - shortcut: BiDi key input stays in the content process and never reaches the browser window's
 *   key handlers, so the shortcut's own `<key>` element (what Firefox builds from the manifest
 *   `commands`) is activated in the browser window (chrome scope) — the same command event a
 *   key press raises, activeTab grant included; the key matching itself is not covered.
 * - context menu: a real right-click (BiDi pointer input) opens the page's context menu; the
 *   extension's item is chosen in it with the menu's own `activateItem()`.
 * - optional permission: a trusted BiDi click on a button in an extension page that calls
 *   `permissions.request`; the pref `extensions.webextOptionalPermissionPrompts=false`
 *   (tests/support/firefox.ts) answers the prompt with "allow".
 * - stopping the background: `extension.terminateBackground()`, what about:debugging's
 *   "Terminate background script" does (and what the idle timeout does).
 */

export class NotAutomatable extends Error {
  override name = 'NotAutomatable';
}

/** A manifest suggested key such as "Alt+Shift+S". */
interface Shortcut {
  key: string;
  alt: boolean;
  shift: boolean;
  ctrl: boolean;
}

function parseShortcut(text: string): Shortcut {
  const parts = text.split('+');
  const key = parts.pop()!;
  return { key, alt: parts.includes('Alt'), shift: parts.includes('Shift'), ctrl: parts.includes('Ctrl') || parts.includes('Command') || parts.includes('MacCtrl') };
}

/** The suggested key of a manifest command, read from the built extension's manifest. */
export async function shortcutOf(ext: ExtensionHarness, command: string): Promise<string> {
  const commands = await ext.evalInExtension((api) => api.runtime.getManifest().commands as Record<string, { suggested_key?: { default?: string } }> | undefined);
  const shortcut = commands?.[command]?.suggested_key?.default;
  if (!shortcut) throw new Error(`The manifest has no suggested key for the command ${command}`);
  return shortcut;
}

/** Presses a manifest command's shortcut with `page` as the active tab. */
export async function pressShortcut(ext: ExtensionHarness, page: ExtPage, command: string): Promise<void> {
  const shortcut = parseShortcut(await shortcutOf(ext, command));
  if (ext.browserName === 'chromium') {
    const raw = page.raw as PlaywrightPage;
    await raw.bringToFront();
    const session = await raw.context().newCDPSession(raw);
    try {
      const modifiers = (shortcut.alt ? 1 : 0) | (shortcut.ctrl ? 2 : 0) | (shortcut.shift ? 8 : 0);
      const code = shortcut.key.toUpperCase().charCodeAt(0);
      for (const type of ['rawKeyDown', 'keyUp'] as const) {
        await session.send('Input.dispatchKeyEvent', { type, modifiers, key: shortcut.key, code: `Key${shortcut.key.toUpperCase()}`, windowsVirtualKeyCode: code, nativeVirtualKeyCode: code });
      }
    } finally {
      await session.detach().catch(() => undefined);
    }
    return;
  }
  const raw = page.raw as PuppeteerPage;
  await raw.bringToFront();
  const result = await evaluateInFirefoxChrome(
    raw,
    `(() => {
      const widget = ${JSON.stringify(FIREFOX_ADDON_ID)}.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
      const keyset = [...document.querySelectorAll('keyset')].find((candidate) => candidate.id.includes(widget));
      const wanted = ${JSON.stringify(shortcut)};
      const key = [...(keyset?.querySelectorAll('key') ?? [])].find((candidate) => {
        const modifiers = (candidate.getAttribute('modifiers') ?? '').split(/[ ,]+/);
        return (candidate.getAttribute('key') ?? '').toUpperCase() === wanted.key.toUpperCase()
          && modifiers.includes('alt') === wanted.alt && modifiers.includes('shift') === wanted.shift
          && (modifiers.includes('accel') || modifiers.includes('control')) === wanted.ctrl;
      });
      if (!key) return 'no <key> element for the shortcut in ' + (keyset ? keyset.id : 'any keyset');
      key.doCommand();
      return 'ok';
    })()`,
  );
  if (result !== 'ok') throw new Error(`Firefox: ${String(result)}`);
}

/** Right-clicks the page at (x, y) and chooses the extension's context-menu item with this label. */
export async function chooseContextMenuItem(ext: ExtensionHarness, page: ExtPage, label: string, { x = 200, y = 200 } = {}): Promise<void> {
  if (ext.browserName === 'chromium') throw new NotAutomatable('Chromium context menus are native: CDP cannot open or choose in them');
  const raw = page.raw as PuppeteerPage;
  await raw.bringToFront();
  await raw.mouse.click(x, y, { button: 'right' });
  let outcome = '';
  for (let attempt = 0; attempt < 40 && outcome !== 'ok'; attempt += 1) {
    outcome = String(
      await evaluateInFirefoxChrome(
        raw,
        `(() => {
          const menu = document.getElementById('contentAreaContextMenu');
          if (!menu || menu.state !== 'open') return 'menu not open (' + (menu && menu.state) + ')';
          const item = [...menu.querySelectorAll('menuitem')].find((candidate) => candidate.label === ${JSON.stringify(label)});
          if (!item) return 'no item ' + ${JSON.stringify(label)};
          menu.activateItem(item);
          return 'ok';
        })()`,
      ),
    );
    if (outcome !== 'ok') await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (outcome !== 'ok') throw new Error(`Firefox context menu: ${outcome}`);
}

/**
 * Stops the extension's background as the browser does when it is idle; it starts again on the
 * next event. `via` is any open tab, to reach the browser through; no tab is opened, since that
 * would change which tab is active (Chromium goes through the extension page the harness keeps
 * open, Firefox through the BiDi connection).
 */
export async function stopBackground(ext: ExtensionHarness, via: ExtPage): Promise<void> {
  if (ext.browserName === 'chromium') {
    const context = (via.raw as PlaywrightPage).context() as BrowserContext;
    // The ServiceWorker domain of a session reaches the workers of that page's origin: an
    // extension page's session reaches the extension's worker (the harness keeps one open).
    const extensionPage = context.pages().find((candidate) => candidate.url().startsWith(ext.extensionBaseUrl));
    if (!extensionPage) throw new Error('No extension page is open to reach the service worker through');
    const session: CDPSession = await context.newCDPSession(extensionPage);
    try {
      await session.send('ServiceWorker.enable');
      await session.send('ServiceWorker.stopAllWorkers');
    } finally {
      await session.detach().catch(() => undefined);
    }
    return;
  }
  const result = await evaluateInFirefoxChrome(
    via.raw as PuppeteerPage,
    `(async () => {
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(FIREFOX_ADDON_ID)});
      if (!policy || !policy.extension) return 'extension not found';
      await policy.extension.terminateBackground({ ignoreDevToolsAttached: true });
      return 'ok';
    })()`,
  );
  if (result !== 'ok') throw new Error(`Firefox: ${String(result)}`);
}

/**
 * Grants optional host permissions the way a seller does: a trusted click on a button in an
 * extension page that calls permissions.request. Firefox only (see the top of this file).
 */
export async function grantOptionalHostPermission(ext: ExtensionHarness, origins: string[]): Promise<void> {
  if (ext.browserName === 'chromium') throw new NotAutomatable('Chromium shows permissions.request as a native prompt headless automation cannot answer');
  const page = await ext.openExtensionPage('options.html');
  try {
    await page.evaluate((wanted) => {
      const api = (globalThis as unknown as { browser: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).browser;
      const button = document.createElement('button');
      button.id = 'harness-grant-permission';
      button.textContent = 'Grant';
      button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647;width:120px;height:40px';
      button.addEventListener('click', () => {
        // Called synchronously in the click handler, like the product's own button must.
        void api.permissions.request({ origins: wanted }).then((granted) => button.setAttribute('data-granted', String(granted)), (error: unknown) => button.setAttribute('data-granted', `error: ${String(error)}`));
      });
      document.body.append(button);
    }, origins);
    await page.click('#harness-grant-permission');
    await page.waitForSelector('#harness-grant-permission[data-granted]', { state: 'attached' });
    const granted = await page.evaluate(() => document.querySelector('#harness-grant-permission')?.getAttribute('data-granted'));
    if (granted !== 'true') throw new Error(`Firefox did not grant ${origins.join(', ')}: ${granted}`);
  } finally {
    await page.close();
  }
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

/** Evaluates in the Firefox browser window (chrome scope), which `--remote-allow-system-access` allows. */
async function evaluateInFirefoxChrome(page: PuppeteerPage, expression: string): Promise<unknown> {
  const connection = (page.browser() as unknown as { connection?: BidiConnection }).connection;
  if (!connection) throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection');
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const windowContext = (tree.contexts as { context: string; url: string }[]).find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!windowContext) throw new Error('No Firefox browser window found in the chrome scope');
  const { result } = await connection.send('script.evaluate', { expression, target: { context: windowContext.context }, awaitPromise: true, 'moz:scope': 'chrome' });
  const evaluated = result as { type: string; result?: { value?: unknown }; exceptionDetails?: { text?: string } };
  if (evaluated.type !== 'success') throw new Error(`Firefox chrome-scope evaluation failed: ${evaluated.exceptionDetails?.text ?? JSON.stringify(evaluated)}`);
  return evaluated.result?.value;
}
