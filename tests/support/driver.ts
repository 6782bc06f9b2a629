import type { NetworkGuard } from './network.ts';

/**
 * The small surface each browser driver implements (tests/support/chromium.ts with Playwright,
 * tests/support/firefox.ts with puppeteer-core over WebDriver BiDi). Everything else — the `ext`
 * object, waiting, tab lookup, IndexedDB, settings — is written once in harness.ts on top of it.
 */
export type BrowserKind = 'chromium' | 'firefox';

export interface DriverPage {
  /** The underlying Playwright Page or puppeteer Page, for the rare spec that needs more. */
  readonly raw: unknown;
  /** Navigates a tab to an http(s) URL and waits for `load`. */
  goto(url: string, timeoutMs: number): Promise<void>;
  /** Navigates a tab to one of the extension's own pages and waits until it is complete. */
  gotoExtension(url: string, timeoutMs: number): Promise<void>;
  reload(timeoutMs: number): Promise<void>;
  /** The URL the tab shows now (Firefox: read from the browser, see firefox.ts). */
  currentUrl(): Promise<string>;
  /** Evaluates a JavaScript expression in the page's main world; a promise result is awaited. */
  evaluateSource<R>(source: string): Promise<R>;
  screenshot(path: string, fullPage: boolean): Promise<void>;
  /**
   * A real (trusted) click on the first element matching `selector`, once it is visible, enabled,
   * no longer moving and not covered (Playwright's own checks in Chromium; firefox.ts makes them).
   */
  click(selector: string, timeoutMs: number): Promise<void>;
  /** A real mouse click at viewport coordinates (CSS pixels). */
  clickAt(x: number, y: number): Promise<void>;
  /** A real key press on the focused element (`Enter`, `Escape`, `a` …). */
  press(key: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
  isClosed(): boolean;
}

export interface BrowserDriver {
  readonly browserName: BrowserKind;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`, with the trailing slash. */
  readonly extensionBaseUrl: string;
  /** The browser's own version string, for logs. */
  readonly version: string;
  /** The page that was open when the browser started (reused as the extension helper tab). */
  initialPage(): DriverPage;
  newPage(): Promise<DriverPage>;
  /**
   * Evaluates an expression in the extension's service worker (Chromium). Firefox's event page is
   * not reachable from WebDriver BiDi, so its driver leaves this out (see harness.fetchFromBackground).
   */
  evaluateInServiceWorker?<R>(source: string): Promise<R>;
  close(): Promise<void>;
  /** Settles when the browser goes away, whoever closed it (the demo waits on it when headed). */
  readonly closed: Promise<void>;
}

export interface DriverLaunchOptions {
  extensionDir: string;
  headless: boolean;
  guard: NetworkGuard;
  /** The harness proxy every browser request that escapes interception goes to (network.ts). */
  proxy: { host: string; port: number; url: string };
  /** More browser command-line switches (Chromium only). */
  extraArgs?: string[];
  /** Chromium only: a profile directory that outlives the browser (the browser-restart test); default a throw-away one. */
  profileDir?: string;
}

/** Rejects after `ms` with `message`; used to put a ceiling on browser operations. */
export function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Errors from a request the page or the browser already dropped are expected, not failures. */
export function ignoreGone(): void {}
