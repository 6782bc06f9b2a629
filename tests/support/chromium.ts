import { chromium, type BrowserContext, type Page, type Request } from '@playwright/test';
import { BROWSER_EXECUTABLES } from './paths.ts';
import { ignoreGone, type BrowserDriver, type DriverLaunchOptions, type DriverPage } from './driver.ts';
import { isInterceptable, type RequestSource } from './network.ts';

/**
 * Chromium, driven by Playwright over CDP. The unpacked build is loaded with --load-extension
 * into a throw-away persistent profile (extensions only work in persistent contexts); the
 * service worker's URL gives the extension id.
 */
export async function launchChromium(options: DriverLaunchOptions): Promise<BrowserDriver> {
  const { extensionDir, headless, guard, proxy, extraArgs = [], profileDir = '' } = options;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: BROWSER_EXECUTABLES.chromium,
    headless,
    viewport: { width: 1280, height: 800 },
    // Anything Playwright's routing does not see goes to the harness proxy: the browser's own
    // calls, and the follow-up of a redirect (Playwright continues those unrouted, always).
    proxy: { server: proxy.url },
    // The proxy terminates TLS with a throw-away certificate (tests/support/network.ts).
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // No DNS at all: every host name is answered by interception or by the harness proxy.
      `--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE ${proxy.host}`,
      // ignoreHTTPSErrors covers the pages' requests only; the browser's own connections
      // (preconnects, Google services) would otherwise reject the proxy's certificate and leave
      // nothing but a refused CONNECT to record. --test-type hides the "unsupported flag" bar.
      '--ignore-certificate-errors',
      '--test-type',
      ...(headless ? ['--headless=new'] : []),
      ...extraArgs,
    ],
  });
  try {
    const worker =
      context.serviceWorkers().find((candidate) => candidate.url().startsWith('chrome-extension://')) ??
      (await context.waitForEvent('serviceworker', {
        predicate: (candidate) => candidate.url().startsWith('chrome-extension://'),
        timeout: 20_000,
      }));
    const extensionBaseUrl = `chrome-extension://${new URL(worker.url()).host}/`;

    const classify = (request: Request): RequestSource => {
      const serviceWorker = request.serviceWorker();
      if (serviceWorker) return serviceWorker.url().startsWith(extensionBaseUrl) ? 'background' : 'page';
      // A navigation's frame still shows the document being left, so navigations are page traffic.
      if (request.isNavigationRequest()) return 'page';
      return request.frame().url().startsWith(extensionBaseUrl) ? 'extension-page' : 'page';
    };

    // One route for the whole context: every tab, popup window and service worker, from the first
    // request on (serviceWorkers: 'allow' is the default, so the extension's worker is included).
    await context.route(
      (url) => isInterceptable(url.href),
      async (route) => {
        const request = route.request();
        const body = request.postDataBuffer()?.toString('utf8') ?? '';
        const decision = guard.decide(classify(request), request.method(), request.url(), body);
        if (decision.action === 'abort') return route.abort('failed').catch(ignoreGone);
        const { response } = decision;
        if (response.delayMs && !(await guard.hold(response.delayMs))) return;
        await route
          .fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers })
          .catch(ignoreGone);
      },
    );

    const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
    const initial = context.pages()[0] ?? (await context.newPage());
    const version = context.browser()?.version() ?? 'unknown';
    return {
      browserName: 'chromium',
      extensionBaseUrl,
      version: `Chromium ${version}`,
      initialPage: () => wrapPage(initial),
      newPage: async () => wrapPage(await context.newPage()),
      evaluateInServiceWorker: async <R>(source: string) => {
        // Chromium stops an idle MV3 worker; the caller wakes it with an extension event first.
        const current =
          context.serviceWorkers().find((candidate) => candidate.url().startsWith(extensionBaseUrl)) ??
          (await context.waitForEvent('serviceworker', { predicate: (candidate) => candidate.url().startsWith(extensionBaseUrl), timeout: 10_000 }));
        return current.evaluate(source) as Promise<R>;
      },
      close: () => closeContext(context),
      closed,
    };
  } catch (error) {
    await closeContext(context);
    throw error;
  }
}

async function closeContext(context: BrowserContext): Promise<void> {
  await context.close().catch(ignoreGone);
}

const wrappers = new WeakMap<Page, DriverPage>();

function wrapPage(page: Page): DriverPage {
  const existing = wrappers.get(page);
  if (existing) return existing;
  const wrapper: DriverPage = {
    raw: page,
    goto: async (url, timeoutMs) => {
      await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' });
    },
    gotoExtension: async (url, timeoutMs) => {
      await page.goto(url, { timeout: timeoutMs, waitUntil: 'load' });
    },
    reload: async (timeoutMs) => {
      await page.reload({ timeout: timeoutMs, waitUntil: 'load' });
    },
    currentUrl: async () => page.url(),
    evaluateSource: <R>(source: string) => page.evaluate(source) as Promise<R>,
    screenshot: async (path, fullPage) => {
      await page.screenshot({ path, fullPage });
    },
    click: (selector, timeoutMs) => page.click(selector, { timeout: timeoutMs }),
    clickAt: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    close: () => page.close(),
    isClosed: () => page.isClosed(),
  };
  wrappers.set(page, wrapper);
  return wrapper;
}
