import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { BROWSER_EXECUTABLES, FIREFOX_ADDON_ID, FIREFOX_EXTENSION_UUID } from './paths.ts';
import { ignoreGone, withTimeout, type BrowserDriver, type DriverLaunchOptions, type DriverPage } from './driver.ts';
import type { RequestSource } from './network.ts';

/**
 * Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
 *
 * - The build is installed as a temporary add-on (`webExtension.install`); the moz-extension UUID
 *   is pinned with the `extensions.webextensions.uuids` pref so the base URL is known up front.
 * - `--remote-allow-system-access`: without it WebDriver BiDi refuses to navigate a tab to a
 *   moz-extension:// URL ("not allowed in this context"), and the popup, side panel and options
 *   page could not be opened as tabs. It only widens what the automation may do.
 * - Interception uses ONE session-wide BiDi intercept instead of puppeteer's per-page
 *   setRequestInterception: a per-page intercept is added after the tab exists, so a tab opened
 *   by the extension (tabs.create) or by a page (window.open, target=_blank) would send its first
 *   request unintercepted. Verified: puppeteer leaves blocked requests of pages without its own
 *   interception alone, so this handler is the only one answering them.
 * - Firefox's background page is not a BiDi browsing context: its requests are never seen here.
 *   They go to the harness proxy (prefs below), which records them, answers back-office hosts
 *   with the router and drops everything else.
 */

// The parts of puppeteer's BiDi internals used here. They are not in its public types; this
// narrow view fails loudly (assertBidi) if a puppeteer upgrade changes them.
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
  on(event: string, handler: (params: never) => void): unknown;
}
interface BeforeRequestSent {
  context: string | null;
  navigation: string | null;
  isBlocked: boolean;
  intercepts?: string[];
  request: { request: string; url: string; method: string; bodySize?: number | null };
}
interface TreeResult {
  contexts: { url: string }[];
}

function bidiConnection(browser: Browser): BidiConnection {
  const connection = (browser as unknown as { connection?: BidiConnection }).connection;
  if (!connection || typeof connection.send !== 'function') {
    throw new Error('puppeteer-core no longer exposes its WebDriver BiDi connection (Browser.connection): update tests/support/firefox.ts');
  }
  return connection;
}

function contextIdOf(page: Page): string {
  const id = (page.mainFrame() as unknown as { _id?: string })._id;
  if (typeof id !== 'string') throw new Error('puppeteer-core no longer exposes Frame._id (the BiDi context id): update tests/support/firefox.ts');
  return id;
}

export async function launchFirefox(options: DriverLaunchOptions): Promise<BrowserDriver> {
  const { extensionDir, headless, guard, proxy } = options;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: BROWSER_EXECUTABLES.firefox,
    headless,
    // The harness proxy terminates TLS with a throw-away certificate (tests/support/network.ts).
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 800 },
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server unless this is set; without it Firefox
    // polls firefox.settings.services.mozilla.com in a tight retry loop against the proxy.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ADDON_ID]: FIREFOX_EXTENSION_UUID }),
      // Everything not answered by interception (the background page, Firefox's own calls) goes
      // to the harness proxy. share_proxy_settings makes it cover https too.
      'network.proxy.type': 1,
      'network.proxy.http': proxy.host,
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': proxy.host,
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      'network.proxy.no_proxies_on': '',
      'network.dns.disablePrefetch': true,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.trr.mode': 5,
      // Answers permissions.request (optional permissions) with "allow" instead of a prompt no one
      // can click: the evidence-capture spec grants <all_urls> through a real, trusted click.
      'extensions.webextOptionalPermissionPrompts': false,
      // Deliberately NOT set: extensions.originControls.grantByDefault. Its default (true) is what
      // sellers get, and the foundation spec asserts the host permissions it grants.
    },
  });
  try {
    const installedId = await browser.installExtension(extensionDir);
    if (installedId !== FIREFOX_ADDON_ID) throw new Error(`Firefox installed the add-on as ${installedId}, expected ${FIREFOX_ADDON_ID}`);
    const extensionBaseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    const connection = bidiConnection(browser);

    const contextUrl = async (context: string): Promise<string> => {
      const { result } = await connection.send('browsingContext.getTree', { root: context, maxDepth: 0 });
      return (result as unknown as TreeResult).contexts[0]?.url ?? '';
    };

    const classify = async (event: BeforeRequestSent): Promise<RequestSource> => {
      if (event.navigation) return 'page';
      if (!event.context) return 'background';
      // Puppeteer's own idea of a tab's URL stays at about:blank for moz-extension pages; the
      // browser's tree is authoritative.
      return (await contextUrl(event.context).catch(() => '')).startsWith(extensionBaseUrl) ? 'extension-page' : 'page';
    };

    const requestBody = async (event: BeforeRequestSent): Promise<string> => {
      if (!event.request.bodySize) return '';
      // puppeteer registers a session-wide "request" data collector at launch, so the body of a
      // blocked request can be read here.
      const { result } = await connection.send('network.getData', { dataType: 'request', request: event.request.request });
      const bytes = result.bytes as { type: 'string' | 'base64'; value: string } | undefined;
      if (!bytes) return '';
      return bytes.type === 'base64' ? Buffer.from(bytes.value, 'base64').toString('utf8') : bytes.value;
    };

    const { result: added } = await connection.send('network.addIntercept', {
      phases: ['beforeRequestSent'],
      urlPatterns: [
        { type: 'pattern', protocol: 'https' },
        { type: 'pattern', protocol: 'http' },
      ],
    });
    const interceptId = added.intercept as string;

    const answer = async (event: BeforeRequestSent): Promise<void> => {
      const id = event.request.request;
      const decision = guard.decide(await classify(event), event.request.method, event.request.url, await requestBody(event).catch(() => ''));
      if (decision.action === 'abort') {
        await connection.send('network.failRequest', { request: id });
        return;
      }
      const { response } = decision;
      if (response.delayMs && !(await guard.hold(response.delayMs))) return;
      const headers = Object.entries({ ...response.headers, 'content-type': response.contentType }).map(([name, value]) => ({
        name,
        value: { type: 'string', value },
      }));
      await connection.send('network.provideResponse', {
        request: id,
        statusCode: response.status,
        headers,
        body: { type: 'base64', value: Buffer.from(response.body).toString('base64') },
      });
    };

    connection.on('network.beforeRequestSent', (event: BeforeRequestSent) => {
      if (!event.isBlocked || !event.intercepts?.includes(interceptId)) return;
      // A request that fails to be answered must still be released, or its page hangs forever.
      answer(event).catch(() => connection.send('network.failRequest', { request: event.request.request }).catch(ignoreGone));
    });

    const closed = new Promise<void>((resolve) => browser.once('disconnected', () => resolve()));
    const [initial] = await browser.pages();
    const wrap = (page: Page) => wrapPage(page, connection, contextUrl);
    return {
      browserName: 'firefox',
      extensionBaseUrl,
      version: `Firefox ${(await browser.version()).replace(/^firefox\//, '')}`,
      initialPage: () => wrap(initial!),
      newPage: async () => wrap(await browser.newPage()),
      close: () => closeBrowser(browser),
      closed,
    };
  } catch (error) {
    await closeBrowser(browser);
    throw error;
  }
}

async function closeBrowser(browser: Browser): Promise<void> {
  await withTimeout(browser.close(), 15_000, 'Firefox did not close').catch(() => browser.process()?.kill('SIGKILL'));
}

/**
 * Runs in the page: the element `selector` names if a click at its centre would reach it now,
 * or why not yet. The same checks Playwright makes before its clicks in Chromium (attached,
 * visible, enabled, stable, in view, not covered), so a spec waits the same way in both browsers.
 * "Stable" is the same box in two samples a frame apart: a popup whose late sections (fault
 * count, notices) are still moving things would otherwise take the click somewhere else. A tab
 * in the background gets no animation frames, hence the timer beside each frame.
 */
async function actionableElement(selector: string): Promise<Element | string> {
  const element = document.querySelector(selector);
  if (!element) return 'no element matches';
  const first = element.getBoundingClientRect();
  if (first.width === 0 || first.height === 0 || !element.checkVisibility({ visibilityProperty: true })) return 'not visible';
  if (element.matches(':disabled') || element.closest('[aria-disabled="true"]')) return 'disabled';
  // Where WebDriver's element origin puts the pointer: the centre of the first box's part in the viewport.
  const pointerAt = (): { x: number; y: number } | null => {
    const rect = element.getClientRects()[0];
    if (!rect) return null;
    const left = Math.max(rect.left, 0);
    const right = Math.min(rect.right, innerWidth);
    const top = Math.max(rect.top, 0);
    const bottom = Math.min(rect.bottom, innerHeight);
    return right > left && bottom > top ? { x: Math.floor((left + right) / 2), y: Math.floor((top + bottom) / 2) } : null;
  };
  const hitAt = (point: { x: number; y: number } | null): Element | null => (point ? document.elementFromPoint(point.x, point.y) : null);
  const reaches = (hit: Element | null) => hit !== null && (hit === element || element.contains(hit) || (hit instanceof HTMLLabelElement && hit.control === element));
  const fullyInViewport = first.top >= 0 && first.left >= 0 && first.bottom <= innerHeight && first.right <= innerWidth;
  // Out of the viewport, or clipped by a scrolled container: scrollIntoView moves every scroller.
  if (!fullyInViewport || !reaches(hitAt(pointerAt()))) element.scrollIntoView({ block: 'center', inline: 'center' });
  const box = () => {
    const rect = element.getBoundingClientRect();
    return `${rect.x},${rect.y},${rect.width},${rect.height}`;
  };
  const nextFrame = () =>
    new Promise<void>((resolve) => {
      requestAnimationFrame(() => resolve());
      setTimeout(resolve, 100);
    });
  const before = box();
  await nextFrame();
  await nextFrame();
  if (!element.isConnected) return 'detached while waiting';
  if (box() !== before) return 'still moving';
  const point = pointerAt();
  if (!point) return 'out of view';
  const hit = hitAt(point);
  if (!reaches(hit)) return `covered by <${hit?.tagName.toLowerCase() ?? 'nothing'}${hit?.className ? ` class="${String(hit.className)}"` : ''}>`;
  return element;
}

interface CallResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown; sharedId?: string };
  exceptionDetails?: { text?: string };
}

/**
 * A real click on `selector` once it is actionable (actionableElement), retried until then. The
 * pointer is sent to the element itself (WebDriver's element origin), not to coordinates read
 * earlier: the browser finds the element's centre when the click is dispatched, so a layout change
 * between the check and the click cannot move the click off it.
 */
async function clickWhenActionable(connection: BidiConnection, context: string, selector: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const functionDeclaration = `(selector) => { const __name = (target) => target; return (${actionableElement.toString()})(selector); }`;
  let reason = 'not checked';
  for (;;) {
    const { result } = await connection.send('script.callFunction', {
      functionDeclaration,
      arguments: [{ type: 'string', value: selector }],
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const call = result as unknown as CallResult;
    if (call.type === 'exception') throw new Error(`Checking ${selector} before a click failed: ${call.exceptionDetails?.text ?? 'unknown error'}`);
    const sharedId = call.result?.type === 'node' ? call.result.sharedId : undefined;
    if (sharedId) {
      try {
        await connection.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              // puppeteer's own mouse: one pointer for this helper and clickAt alike.
              id: '__puppeteer_mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: 0, y: 0, origin: { type: 'element', element: { sharedId } } },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
        return;
      } catch (error) {
        // It moved out of view after the check: check again. Anything else is a real failure.
        reason = error instanceof Error ? error.message : String(error);
        if (!reason.includes('move target out of bounds')) throw error;
      }
    } else {
      reason = typeof call.result?.value === 'string' ? call.result.value : 'no element';
    }
    if (Date.now() >= deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting to click ${selector} (${reason})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const wrappers = new WeakMap<Page, DriverPage>();

function wrapPage(page: Page, connection: BidiConnection, contextUrl: (context: string) => Promise<string>): DriverPage {
  const existing = wrappers.get(page);
  if (existing) return existing;
  const context = contextIdOf(page);
  const wrapper: DriverPage = {
    raw: page,
    goto: async (url, timeoutMs) => {
      await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' });
    },
    // puppeteer's goto never resolves for moz-extension:// (it waits for navigation events the
    // browser does not send for them), so this navigates with plain BiDi and waits for `complete`.
    gotoExtension: async (url, timeoutMs) => {
      await withTimeout(
        connection.send('browsingContext.navigate', { context, url, wait: 'complete' }),
        timeoutMs,
        `Timed out after ${timeoutMs} ms opening ${url}`,
      );
    },
    reload: async (timeoutMs) => {
      await withTimeout(
        connection.send('browsingContext.reload', { context, wait: 'complete' }),
        timeoutMs,
        `Timed out after ${timeoutMs} ms reloading`,
      );
    },
    currentUrl: () => contextUrl(context),
    evaluateSource: <R>(source: string) => page.evaluate(source) as Promise<R>,
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path, fullPage });
    },
    click: (selector, timeoutMs) => clickWhenActionable(connection, context, selector, timeoutMs),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (width, height) => page.setViewport({ width, height }),
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  };
  wrappers.set(page, wrapper);
  return wrapper;
}
