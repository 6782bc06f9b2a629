import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type Browser from 'webextension-polyfill';
import type { Table } from 'dexie';
import type { SellerSosDatabase } from '../../lib/db.ts';
import type { TabState } from '../../lib/messages.ts';
import type { Settings } from '../../lib/settings.ts';
import type { BrowserDriver, BrowserKind, DriverPage } from './driver.ts';
import type { HarnessProxy, NetworkGuard, RecordedRequest } from './network.ts';

/**
 * The `ext` object specs and the demo use: one interface over Chromium and Firefox, written once
 * on top of the small BrowserDriver each browser implements.
 */

/** The extension API as seen from an extension page: `browser` in Firefox, `chrome` in Chromium. */
export type ExtensionApi = Browser.Browser;
export type { TabState, RecordedRequest, BrowserKind };

/**
 * The `seller-sos` IndexedDB database: table name → row type, derived from the Dexie class in
 * lib/db.ts so a new table or version is picked up without touching the harness.
 */
export type DatabaseTables = {
  [K in keyof SellerSosDatabase as SellerSosDatabase[K] extends Table ? K : never]: SellerSosDatabase[K] extends Table<infer Row> ? Row : never;
};
export type TableName = keyof DatabaseTables;

export const DATABASE_NAME = 'seller-sos';

/**
 * The extension page the harness keeps open (one tab per browser) to run evalInExtension in.
 * The options page is the one that does least on its own; it is never one a spec is about.
 */
const HELPER_PAGE = 'options.html';

export const DEFAULT_TIMEOUTS = {
  navigationMs: 30_000,
  waitMs: 10_000,
} as const;

/** A tab, as a spec sees it: a URL, a page wrapper and its browser tab id. */
export type TabTarget = ExtPage | number | string | RegExp;

export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** Says what was awaited when the wait times out. */
  message?: string;
}

/** Re-reads `read()` until `accept` says yes; errors while reading count as "not yet". */
export async function poll<T>(read: () => Promise<T>, accept: (value: T) => boolean, options: PollOptions = {}): Promise<T> {
  const { timeoutMs = DEFAULT_TIMEOUTS.waitMs, intervalMs = 150, message = 'condition' } = options;
  const deadline = Date.now() + timeoutMs;
  let last: { value?: T; error?: unknown } = {};
  for (;;) {
    try {
      const value = await read();
      if (accept(value)) return value;
      last = { value };
    } catch (error) {
      last = { error };
    }
    if (Date.now() >= deadline) {
      const detail =
        'error' in last
          ? `last error: ${last.error instanceof Error ? last.error.message : String(last.error)}`
          : `last value: ${JSON.stringify(last.value)?.slice(0, 800)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${message} (${detail})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Turns a function and its arguments into an expression both drivers can evaluate, so the same
 * call works in Chromium and Firefox and with any TypeScript compiler. WHY the `__name` shim:
 * tsx (which runs the demo) compiles with esbuild's keepNames, which inserts `__name(fn, "x")`
 * calls into function bodies; the browser has no such helper. Arguments travel as JSON.
 */
export function callSource(fn: (...args: never[]) => unknown, args: unknown[], leadingExpressions: string[] = []): string {
  const serialised = [...leadingExpressions, ...args.map((arg) => (arg === undefined ? 'undefined' : JSON.stringify(arg)))];
  return `(() => { const __name = (target) => target; return (${fn.toString()})(${serialised.join(', ')}); })()`;
}

/** The extension API object of an extension page, whichever browser it is. */
const EXTENSION_API_EXPRESSION = '(globalThis.browser ?? globalThis.chrome)';

function urlMatches(url: string, pattern: string | RegExp): boolean {
  if (pattern instanceof RegExp) return pattern.test(url);
  if (!pattern.includes('*')) return url === pattern;
  const regex = new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return regex.test(url);
}

export class ExtPage {
  readonly #driverPage: DriverPage;
  readonly #harness: ExtensionHarness;
  /** The browser's tab id (tabs.Tab.id) of this page. */
  readonly tabId: number;

  constructor(harness: ExtensionHarness, driverPage: DriverPage, tabId: number) {
    this.#harness = harness;
    this.#driverPage = driverPage;
    this.tabId = tabId;
  }

  /** Playwright Page (Chromium) or puppeteer Page (Firefox), for what the wrapper lacks. */
  get raw(): unknown {
    return this.#driverPage.raw;
  }

  url(): Promise<string> {
    return this.#driverPage.currentUrl();
  }

  /** https back-office or neutral URLs (answered by the router) and extension URLs alike. */
  async goto(url: string, { timeoutMs = DEFAULT_TIMEOUTS.navigationMs }: { timeoutMs?: number } = {}): Promise<void> {
    if (url.startsWith(this.#harness.extensionBaseUrl)) await this.#driverPage.gotoExtension(url, timeoutMs);
    else await this.#driverPage.goto(url, timeoutMs);
  }

  async reload({ timeoutMs = DEFAULT_TIMEOUTS.navigationMs }: { timeoutMs?: number } = {}): Promise<void> {
    await this.#driverPage.reload(timeoutMs);
  }

  /** Runs `fn(arg)` in the page's main world (serialised: it cannot use outer variables). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.#driverPage.evaluateSource<R>(callSource(fn, [arg]));
  }

  async screenshot(path: string, { fullPage = false }: { fullPage?: boolean } = {}): Promise<string> {
    await mkdir(dirname(path), { recursive: true });
    await this.#driverPage.screenshot(path, fullPage);
    return path;
  }

  click(selector: string, { timeoutMs = DEFAULT_TIMEOUTS.waitMs }: { timeoutMs?: number } = {}): Promise<void> {
    return this.#driverPage.click(selector, timeoutMs);
  }

  /** innerText of the first element matching `selector`, or null when there is none. */
  text(selector: string): Promise<string | null> {
    return this.evaluate((sel) => (document.querySelector(sel) as HTMLElement | null)?.innerText ?? null, selector);
  }

  isVisible(selector: string): Promise<boolean> {
    return this.evaluate((sel) => {
      const element = document.querySelector(sel);
      if (!element) return false;
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 && element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    }, selector);
  }

  async waitForSelector(
    selector: string,
    { timeoutMs = DEFAULT_TIMEOUTS.waitMs, state = 'visible' }: { timeoutMs?: number; state?: 'attached' | 'visible' | 'detached' } = {},
  ): Promise<void> {
    const read =
      state === 'visible' ? () => this.isVisible(selector) : () => this.evaluate((sel) => document.querySelector(sel) !== null, selector);
    await poll(read, (found) => (state === 'detached' ? !found : found), { timeoutMs, message: `${selector} to be ${state}` });
  }

  /** Waits until `text` is part of the page's rendered (visible) text. */
  async waitForText(text: string, { timeoutMs = DEFAULT_TIMEOUTS.waitMs }: { timeoutMs?: number } = {}): Promise<void> {
    await poll(
      () => this.evaluate((wanted) => document.body?.innerText.includes(wanted) ?? false, text),
      Boolean,
      { timeoutMs, message: `visible text "${text}"` },
    );
  }

  /** Polls `fn(arg)` in the page until it returns a truthy value, and returns that value. */
  waitForFunction<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A, options: PollOptions = {}): Promise<R> {
    return poll(() => this.evaluate(fn, arg), Boolean, { message: 'page function to return a truthy value', ...options });
  }

  /** A real (trusted) mouse click at viewport coordinates. */
  clickAt(x: number, y: number): Promise<void> {
    return this.#driverPage.clickAt(x, y);
  }

  /** A real key press, e.g. `Enter`, `Escape`, `Tab`. */
  press(key: string): Promise<void> {
    return this.#driverPage.press(key);
  }

  setViewport(width: number, height: number): Promise<void> {
    return this.#driverPage.setViewport(width, height);
  }

  isClosed(): boolean {
    return this.#driverPage.isClosed();
  }

  async close(): Promise<void> {
    this.#harness.forget(this);
    if (!this.#driverPage.isClosed()) await this.#driverPage.close();
  }
}

export class ExtensionHarness {
  readonly #driver: BrowserDriver;
  readonly #guard: NetworkGuard;
  readonly #proxy: HarnessProxy;
  readonly #pages = new Set<ExtPage>();
  readonly #cleanup: () => void;
  #helper: DriverPage | null = null;
  #helperReady: Promise<DriverPage> | null = null;

  constructor(driver: BrowserDriver, guard: NetworkGuard, proxy: HarnessProxy, cleanup: () => void = () => undefined) {
    this.#driver = driver;
    this.#guard = guard;
    this.#proxy = proxy;
    this.#cleanup = cleanup;
  }

  get browserName(): BrowserKind {
    return this.#driver.browserName;
  }

  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  get extensionBaseUrl(): string {
    return this.#driver.extensionBaseUrl;
  }

  get browserVersion(): string {
    return this.#driver.version;
  }

  /** A new tab, tracked by the harness (closed by reset()), with its browser tab id. */
  async newPage(): Promise<ExtPage> {
    const before = new Set(await this.#tabIds());
    const driverPage = await this.#driver.newPage();
    // The tab id is what the extension knows the tab by; the newest id that was not there before.
    const added = await poll(
      async () => (await this.#tabIds()).filter((id) => !before.has(id)),
      (ids) => ids.length > 0,
      { timeoutMs: 5_000, message: 'the new tab to appear in tabs.query()' },
    );
    const page = new ExtPage(this, driverPage, Math.max(...added));
    this.#pages.add(page);
    return page;
  }

  /** Opens popup.html, sidepanel.html, options.html … as a normal tab. `path` may carry a query. */
  async openExtensionPage(path: string, { viewport }: { viewport?: { width: number; height: number } } = {}): Promise<ExtPage> {
    const page = await this.newPage();
    if (viewport) await page.setViewport(viewport.width, viewport.height);
    await page.goto(new URL(path.replace(/^\//, ''), this.extensionBaseUrl).href);
    return page;
  }

  /** Tracked pages that are still open. */
  pages(): ExtPage[] {
    return [...this.#pages].filter((page) => !page.isClosed());
  }

  /** @internal ExtPage.close() calls this. */
  forget(page: ExtPage): void {
    this.#pages.delete(page);
  }

  /**
   * Runs `fn(api, arg)` in an extension page, `api` being `browser` (Firefox) or `chrome`
   * (Chromium). The function is serialised: it cannot use variables from the spec.
   */
  async evalInExtension<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const helper = await this.#helperPage();
    return helper.evaluateSource<R>(callSource(fn, [arg], [EXTENSION_API_EXPRESSION]));
  }

  /**
   * Whether a background context is running, and its URL: the event page's document in Firefox,
   * the service-worker script in Chromium (a worker context has no documentUrl).
   */
  background(): Promise<{ running: boolean; url: string | null }> {
    return this.evalInExtension(async (api) => {
      const [context] = await api.runtime.getContexts({ contextTypes: ['BACKGROUND'] });
      if (!context) return { running: false, url: null };
      const worker = (api.runtime.getManifest().background as { service_worker?: string } | undefined)?.service_worker;
      return { running: true, url: context.documentUrl ?? (worker ? api.runtime.getURL(worker) : null) };
    });
  }

  /**
   * Makes the extension's background fetch `url` and says what happened ("200", or the error).
   * For specs about the network guarantees only: Chromium evaluates in the service worker, Firefox
   * calls the event page's own fetch through runtime.getBackgroundPage() (BiDi cannot evaluate there).
   */
  async fetchFromBackground(url: string): Promise<string> {
    const attempt = async (target: string) => {
      try {
        return String((await fetch(target, { cache: 'no-store' })).status);
      } catch (error) {
        return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    };
    if (this.#driver.evaluateInServiceWorker) {
      // Any extension event starts a stopped worker; an answer is not needed.
      await this.evalInExtension((api) => api.runtime.sendMessage({ type: 'ui/tab-state', tabId: -1 }).catch(() => null));
      return this.#driver.evaluateInServiceWorker<string>(callSource(attempt, [url]));
    }
    return this.evalInExtension(async (api, target) => {
      const page = (await api.runtime.getBackgroundPage()) as unknown as { fetch: typeof fetch } | null;
      if (!page) return 'no background page';
      try {
        return String((await page.fetch(target, { cache: 'no-store' })).status);
      } catch (error) {
        return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }, url);
  }

  /** Every row of a table of the `seller-sos` database; [] while the database or table does not exist. */
  readDatabase<T extends TableName>(table: T): Promise<DatabaseTables[T][]> {
    return this.evalInExtension(
      async (_api, { name, table }) => {
        // Opening a database that does not exist would create it (empty, version 1) under the
        // extension's feet, so check first and abort a creating open just in case.
        if ('databases' in indexedDB && !(await indexedDB.databases()).some((info) => info.name === name)) return [];
        const db = await new Promise<IDBDatabase | null>((resolve) => {
          const request = indexedDB.open(name);
          request.onupgradeneeded = () => request.transaction?.abort();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => resolve(null);
        });
        if (!db) return [];
        try {
          if (!db.objectStoreNames.contains(table)) return [];
          return await new Promise<unknown[]>((resolve, reject) => {
            const read = db.transaction(table, 'readonly').objectStore(table).getAll();
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error);
          });
        } finally {
          db.close();
        }
      },
      { name: DATABASE_NAME, table },
    ) as Promise<DatabaseTables[T][]>;
  }

  /** Polls a table until at least one row satisfies `predicate`; returns the matching rows. */
  waitForRows<T extends TableName>(
    table: T,
    predicate: (row: DatabaseTables[T]) => boolean = () => true,
    timeoutMs: number = DEFAULT_TIMEOUTS.waitMs,
  ): Promise<DatabaseTables[T][]> {
    return poll(
      async () => (await this.readDatabase(table)).filter(predicate),
      (rows) => rows.length > 0,
      { timeoutMs, intervalMs: 250, message: `a matching row in ${DATABASE_NAME}.${table}` },
    );
  }

  /** The browser tab id of a page wrapper, a tab id, or the (single) open tab whose URL matches. */
  async tabIdOf(target: TabTarget): Promise<number> {
    if (typeof target === 'number') return target;
    if (target instanceof ExtPage) return target.tabId;
    for (const page of this.pages()) {
      if (urlMatches(await page.url(), target)) return page.tabId;
    }
    // Tabs the harness did not open (e.g. opened by the extension). Their URL is only visible
    // where the extension has host permission, which is exactly the back-office hosts.
    const tabs = await this.evalInExtension((api) => api.tabs.query({}));
    const match = tabs.find((tab) => tab.url !== undefined && urlMatches(tab.url, target));
    if (match?.id === undefined) {
      const open = await Promise.all(this.pages().map((page) => page.url()));
      throw new Error(`No open tab matches ${String(target)}; harness tabs: ${open.join(', ') || '(none)'}`);
    }
    return match.id;
  }

  /** The background's answer to {type: 'ui/tab-state', tabId} for the tab (lib/messages.ts). */
  async tabState(target: TabTarget): Promise<TabState> {
    const tabId = await this.tabIdOf(target);
    let state: unknown;
    try {
      state = await this.evalInExtension((api, id) => api.runtime.sendMessage({ type: 'ui/tab-state', tabId: id }), tabId);
    } catch (error) {
      throw new Error(`The background did not answer {type: 'ui/tab-state', tabId: ${tabId}}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!state || typeof state !== 'object' || !('platform' in state)) {
      throw new Error(`The background answered ui/tab-state for tab ${tabId} with ${JSON.stringify(state)} (expected a TabState)`);
    }
    return state as TabState;
  }

  /** Polls tabState until `predicate` accepts it (the content script reports asynchronously). */
  waitForTabState(target: TabTarget, predicate: (state: TabState) => boolean, timeoutMs: number = DEFAULT_TIMEOUTS.waitMs): Promise<TabState> {
    return poll(() => this.tabState(target), predicate, { timeoutMs, message: `the tab state of ${String(target instanceof ExtPage ? target.tabId : target)}` });
  }

  async badgeText(target: TabTarget): Promise<string> {
    const tabId = await this.tabIdOf(target);
    return this.evalInExtension((api, id) => api.action.getBadgeText({ tabId: id }), tabId);
  }

  /** Merges `change` into storage.local `settings` as the options page would (lib/settings.ts). */
  async setSettings(change: Partial<Settings>): Promise<void> {
    await this.evalInExtension(async (api, partial) => {
      const { settings } = await api.storage.local.get('settings');
      await api.storage.local.set({ settings: { ...(settings as object | undefined), ...partial } });
    }, change);
  }

  /** Every request seen: page traffic, the extension's own, and what only the proxy saw. */
  requests(): RecordedRequest[] {
    return this.#guard.requests();
  }

  /** Requests the extension itself made (its pages, its background, unattributed ones the proxy saw). */
  extensionRequests(): RecordedRequest[] {
    return this.#guard.extensionRequests();
  }

  clearRequests(): void {
    this.#guard.clear();
  }

  /**
   * Puts the shared browser back to a neutral state between specs: closes the tabs the harness
   * opened, empties storage.local (settings back to defaults) and every table of the database
   * (cleared, not deleted: the background keeps its open connection), forgets recorded requests.
   */
  async reset(): Promise<void> {
    await Promise.all(this.pages().map((page) => page.close().catch(() => undefined)));
    this.#pages.clear();
    await this.evalInExtension(async (api, name) => {
      await api.storage.local.clear();
      if ('databases' in indexedDB && !(await indexedDB.databases()).some((info) => info.name === name)) return;
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve();
        request.onsuccess = () => {
          const db = request.result;
          const stores = [...db.objectStoreNames];
          if (stores.length === 0) {
            db.close();
            resolve();
            return;
          }
          const transaction = db.transaction(stores, 'readwrite');
          for (const store of stores) transaction.objectStore(store).clear();
          transaction.oncomplete = () => {
            db.close();
            resolve();
          };
          transaction.onerror = () => {
            db.close();
            reject(transaction.error);
          };
        };
      });
    }, DATABASE_NAME);
    this.#guard.clear();
  }

  /** Settles when the browser is closed (by close() or by the person using it). */
  get closed(): Promise<void> {
    return this.#driver.closed;
  }

  async close(): Promise<void> {
    this.#guard.close();
    await this.#driver.close();
    await this.#proxy.close();
    this.#cleanup();
  }

  async #tabIds(): Promise<number[]> {
    const tabs = await this.evalInExtension((api) => api.tabs.query({}));
    return tabs.flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));
  }

  /** The extension tab evalInExtension runs in; (re)opened on demand. */
  async #helperPage(): Promise<DriverPage> {
    if (this.#helper && !this.#helper.isClosed()) return this.#helper;
    this.#helperReady ??= (async () => {
      const initial = this.#driver.initialPage();
      const page = initial.isClosed() || this.#helper ? await this.#driver.newPage() : initial;
      await page.gotoExtension(this.extensionBaseUrl + HELPER_PAGE, DEFAULT_TIMEOUTS.navigationMs);
      this.#helper = page;
      return page;
    })().finally(() => {
      this.#helperReady = null;
    });
    return this.#helperReady;
  }
}
