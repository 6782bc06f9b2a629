import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { stopBackground } from '../support/browser-actions.ts';
import { poll, type ExtensionHarness, type ExtPage } from '../support/harness.ts';
import { launchExtension } from '../support/launch.ts';
import { foreignExtensionRequests } from '../support/network.ts';
import { catchDownloads, caughtDownload } from './support/downloads.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * Hardening end to end (issue #9), in Chromium and Firefox, observed from outside: what is stored,
 * what is done. Where the page's messages are validated (content script or background) is not
 * assumed, only that a page cannot make Seller SOS act:
 *
 * - a hostile page posts forged, malformed, oversized and flooding messages, and commands dressed
 *   as probe data, on the page-probe channel: nothing is captured, cleared or navigated, the rows
 *   it causes are bounded, invalid envelopes add nothing, and the channel still works afterwards;
 * - page text with markup shows as literal text in the side panel, the popup and the report, and
 *   the ZIP's entry names come from numbers and dates only;
 * - a stopped background loses nothing stored; a full disk shows its notice in popup and side panel;
 * - the harness's own check of the extension's requests really catches a foreign one.
 */

const CHANNEL = 'seller-sos/page-probe';
const OZON_LIST = 'https://seller.ozon.ru/app/postings/fbs';
const HOSTILE = 'Ошибка загрузки <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> 23713478-0018-3';

async function open(ext: ExtensionHarness, url: string): Promise<ExtPage> {
  const page = await ext.newPage();
  await page.goto(url);
  await ext.waitForTabState(page, (state) => state.platform !== null);
  return page;
}

/** Every table's rows, as JSON (Blobs do not cross to Node; their presence is enough here). */
async function databaseContent(ext: ExtensionHarness): Promise<Record<string, string[]>> {
  const tables = ['signals', 'incidents', 'orders', 'pageTimings', 'captures', 'steps', 'shipments'] as const;
  const content: Record<string, string[]> = {};
  for (const table of tables) {
    const rows = await ext.readDatabase(table);
    content[table] = rows.map((row) => JSON.stringify(row, (_key, value: unknown) => (value && typeof value === 'object' && 'size' in value && 'type' in value && !Array.isArray(value) ? 'blob' : value))).sort();
  }
  return content;
}

test.describe('a hostile page on the page-probe channel', () => {
  test('forged, malformed, oversized and flooding messages: nothing captured, cleared or navigated; rows bounded; the channel still works', async ({ ext }) => {
    const page = await open(ext, OZON_LIST);
    // What must survive: a shipment-log entry, the settings, the page's own cookie and storage.
    const added = await ext.evalInExtension((api) =>
      api.runtime.sendMessage({ type: 'shipments/add', entry: { platform: 'ozon', orderId: '23713478-0018-3', buyerReference: 'kept', carrier: 'CDEK', trackingNumber: 'KEEP123', shippedAt: Date.now() } }),
    );
    expect(added).toMatchObject({ ok: true });
    await ext.setSettings({ autoCapture: false, spinnerTimeoutSeconds: 42 });
    await page.evaluate(() => {
      document.cookie = 'hardening-marker=1; path=/; max-age=3600; secure';
      localStorage.setItem('hardening-marker', '1');
    });
    const settingsBefore = await ext.evalInExtension((api) => api.storage.local.get('settings'));

    // A valid envelope first: the channel carries data (one console error with a marker).
    const post = (envelopes: unknown[]) =>
      page.evaluate((list) => {
        for (const data of list) window.postMessage(data, '*');
      }, envelopes);
    await post([{ channel: CHANNEL, version: 1, events: [{ type: 'console-error', source: 'console', message: 'VALID-MARKER-1 failed', count: 1, at: Date.now() }] }]);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.message.includes('VALID-MARKER-1'));
    // An envelope whose numbers are not whole: counts and times are whole numbers (the probe
    // never sends others), so the page refuses the batch whole, like any malformed one; nothing
    // of it is stored, and the channel still carries the next genuine batch.
    await post([
      {
        channel: CHANNEL,
        version: 1,
        events: [
          { type: 'console-error', source: 'console', message: 'ODD-COUNT broke', count: 1.5, at: Date.now() },
          { type: 'console-error', source: 'console', message: 'ODD-TIME broke', count: 1, at: Date.now() + 0.5 },
        ],
      },
    ]);
    await post([{ channel: CHANNEL, version: 1, events: [{ type: 'console-error', source: 'uncaught', message: 'GENUINE-MARKER broke', count: 1, at: Date.now() }] }]);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.message.includes('GENUINE-MARKER'), 15_000);
    expect((await ext.readDatabase('signals')).some((signal) => /ODD-(COUNT|TIME)/.test(String(signal.message)))).toBe(false);

    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const before = await databaseContent(ext);

    // Bad inputs, each carrying a marker that must never be stored.
    const tried = await page.evaluate((channel) => {
      const now = Date.now();
      const bad: unknown[] = [
        // Malformed.
        null, 'seller-sos/page-probe', 42, [], { channel }, { channel, version: 1 }, { channel, version: 1, events: 'FORGED-A' },
        { channel, version: 2, events: [{ type: 'console-error', source: 'console', message: 'FORGED-B', count: 1, at: now }] },
        { channel, version: '1', events: [{ type: 'console-error', source: 'console', message: 'FORGED-C', count: 1, at: now }] },
        { channel, version: 1, events: [{ type: 'console-error', source: 'console', message: 'FORGED-D', count: 0, at: now }] },
        { channel, version: 1, events: [{ type: 'console-error', source: 'eval', message: 'FORGED-E', count: 1, at: now }] },
        { channel, version: 1, events: [{ type: 'console-error', source: 'console', message: { toString: 'FORGED-F' }, count: 1, at: now }] },
        { channel, version: 1, events: [{ type: 'request-failed', api: 'fetch', method: 'GET', url: '/x', status: 'FORGED-G', reason: 'http', durationMs: 1, count: 1, at: now }] },
        // Oversized: one event of a megabyte, a batch far over the cap.
        { channel, version: 1, events: [{ type: 'console-error', source: 'console', message: `FORGED-H ${'x'.repeat(1_000_000)}`, count: 1, at: now }] },
        { channel, version: 1, events: Array.from({ length: 5_000 }, (_, index) => ({ type: 'console-error', source: 'console', message: `FORGED-I-${index}`, count: 1, at: now })) },
        // Commands dressed as probe data, or posted bare.
        { channel, version: 1, events: [{ type: 'capture/request', key: 'FORGED-J-000000', tabId: 1, trigger: 'popup' }] },
        { channel, version: 1, events: [{ type: 'checklist/clear-site-data', tabId: 1 }] },
        { channel, version: 1, events: [{ type: 'overlay/capture', pageId: 'p', key: 'FORGED-K-000000' }] },
        { channel, type: 'capture/request', key: 'FORGED-L-000000', tabId: 1, trigger: 'popup' },
        { channel, type: 'checklist/clear-site-data', tabId: 1 },
        { channel, type: 'overlay/open-side-panel', pageId: 'FORGED-M' },
        { type: 'capture/request', key: 'FORGED-N-000000', tabId: 1, trigger: 'popup' },
        { type: 'checklist/clear-site-data', tabId: 1 },
        { type: 'signals/report', pageId: 'FORGED-O', signals: [{ kind: 'banner', severity: 'critical', message: 'FORGED-O', fingerprint: 'FORGED-O', url: '', at: now }] },
        { channel, version: 1, events: [{ type: 'navigate', url: 'https://evil.example/' }] },
        // Prototype tricks.
        JSON.parse(`{"channel":"${channel}","version":1,"events":[],"__proto__":{"events":[{"type":"console-error","source":"console","message":"FORGED-P","count":1,"at":${now}}]}}`),
      ];
      for (const data of bad) window.postMessage(data, '*');
      // The extension's own messaging is not reachable from the page either.
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: unknown } }; browser?: unknown }).chrome?.runtime?.sendMessage;
      return { count: bad.length, runtimeReachable: typeof runtime === 'function' || typeof (globalThis as { browser?: unknown }).browser !== 'undefined' };
    }, CHANNEL);
    expect(tried.runtimeReachable).toBe(false);

    // A flood: 2 000 valid envelopes of 100 distinct errors each, as fast as the page can post.
    const flood = await page.evaluate((channel) => {
      const started = Date.now();
      let posted = 0;
      for (let envelope = 0; envelope < 2_000; envelope += 1) {
        // Letters, not digits: fingerprints fold numbers, and every one of these must be a distinct fault.
        const letters = (value: number) => value.toString(26).replace(/[0-9]/g, (digit) => 'qrstuvwxyz'[Number(digit)]!);
        const events = Array.from({ length: 100 }, (_, index) => ({ type: 'console-error', source: 'console', message: `FLOOD-${letters(envelope)}-${letters(index)} broke`, count: 1, at: Date.now() }));
        window.postMessage({ channel, version: 1, events }, '*');
        posted += 1;
      }
      return { posted, ms: Date.now() - started };
    }, CHANNEL);
    expect(flood.posted).toBe(2_000);

    // After the flood, Seller SOS still takes the page's data (a new page session: the flooded one
    // has spent its allowance of distinct faults, by design).
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await page.reload();
    await ext.waitForTabState(page, (state) => state.platform !== null);
    await post([{ channel: CHANNEL, version: 1, events: [{ type: 'console-error', source: 'console', message: 'VALID-MARKER-2 failed', count: 1, at: Date.now() }] }]);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.message.includes('VALID-MARKER-2'), 15_000);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const after = await databaseContent(ext);
    // Nothing captured, nothing cleared, no step recorded, the shipment and the settings intact.
    expect(after.captures).toEqual(before.captures);
    expect(after.steps).toEqual(before.steps);
    expect(after.shipments).toEqual(before.shipments);
    expect(after.shipments).toHaveLength(1);
    for (const row of before.signals!) expect(after.signals!.some((candidate) => candidate.includes(JSON.parse(row).fingerprint))).toBe(true);
    expect(await ext.evalInExtension((api) => api.storage.local.get('settings'))).toEqual(settingsBefore);
    expect(await ext.evalInExtension((api) => api.storage.session.get(null).then((all) => Object.keys(all).filter((key) => key.startsWith('capturePending'))))).toEqual([]);
    // No navigation, the page's own data untouched (a site-data clear would have removed both).
    expect(await page.url()).toBe(OZON_LIST);
    expect(await page.evaluate(() => ({ cookie: document.cookie.includes('hardening-marker=1'), local: localStorage.getItem('hardening-marker') }))).toEqual({ cookie: true, local: '1' });
    expect(await ext.tabIdOf(page)).toBe(page.tabId);

    // Invalid envelopes added nothing; the flood is bounded (coalesced, capped, rate-limited).
    const signals = (await ext.readDatabase('signals')).filter((signal) => signal.tabId === page.tabId);
    expect(signals.filter((signal) => /FORGED-/.test(signal.message) || /FORGED-/.test(signal.fingerprint)).map((signal) => signal.message.slice(0, 80))).toEqual([]);
    const floodRows = signals.filter((signal) => signal.message.includes('FLOOD-'));
    expect(floodRows.length).toBeLessThanOrEqual(301);
    expect(signals.length).toBeLessThanOrEqual(320);
    // More distinct faults than a page may store: the sink says so in one diagnostic.
    if (floodRows.length >= 300) expect(signals.some((signal) => signal.kind === 'diagnostic' && signal.details.reason === 'too-many-signals')).toBe(true);
    const occurrences = floodRows.reduce((sum, signal) => sum + signal.count, 0);
    expect(occurrences, 'flood events stored').toBeLessThan(200_000);
    test.info().annotations.push({ type: 'hostile-page', description: `${tried.count} bad messages + ${flood.posted} flood envelopes (${flood.posted * 100} events) → ${floodRows.length} flood rows, ${occurrences} occurrences counted` });
  });
});

test.describe('page text is shown as text everywhere', () => {
  test('a banner with markup: literal in the side panel, popup and report; the ZIP names are safe', async ({ ext }) => {
    const page = await open(ext, `${OZON_LIST}?faults=banner`);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'banner');
    // The back-office's own banner now says something hostile (as text: that is what a page shows).
    await page.evaluate((text) => {
      const title = document.querySelector('[role="alert"] .alert__title');
      if (!title) throw new Error('no banner on the demo page');
      title.textContent = text;
    }, HOSTILE);
    const [banner] = await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'banner' && signal.message.includes('<img src=x'), 15_000);
    expect(banner!.message).toContain('<script>');

    const noInjection = (target: ExtPage) =>
      target.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
        images: document.querySelectorAll('img[src="x"], img[onerror]').length,
        scripts: [...document.scripts].filter((script) => script.textContent?.includes('__pwned')).length,
        handlers: [...document.querySelectorAll('*')].filter((element) => element.getAttribute('onerror')).length,
      }));

    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${page.tabId}`);
    await panel.waitForText('<img src=x onerror=');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await noInjection(panel)).toEqual({ pwned: null, images: 0, scripts: 0, handlers: 0 });
    expect(await panel.evaluate(() => [...document.querySelectorAll('.signal__message')].some((node) => node.textContent?.includes('<script>window.__pwned=2</script>')))).toBe(true);

    // The report preview carries the text as text; its Markdown escapes the markup.
    await panel.waitForSelector('[data-control="report-preview"]');
    await expect.poll(() => panel.evaluate(() => (document.querySelector('[data-control="report-preview"]') as HTMLTextAreaElement).value)).toContain('<img src=x');
    expect(await noInjection(panel)).toEqual({ pwned: null, images: 0, scripts: 0, handlers: 0 });

    // The ZIP: entries named from numbers and dates only; report.md escaped.
    await catchDownloads(panel);
    await panel.click('[data-action="download-zip"]');
    const zip = await caughtDownload(panel, 'the ZIP to be handed to the download link');
    expect(zip.name).toMatch(/^seller-sos-[a-z]+-\d{8}-\d{6}\.zip$/);
    const files = unzipSync(zip.bytes);
    for (const name of Object.keys(files)) expect(name).toMatch(/^(?:screenshots\/\d{3,}-\d{8}-\d{6}\.(?:png|jpg|webp)|[a-z-]+\.(?:txt|md|json|har))$/);
    const markdown = strFromU8(files['report.md']!);
    expect(markdown).toContain('\\<img src=x');
    expect(markdown).not.toMatch(/(?<!\\)<script>/);
    expect(strFromU8(files['report.txt']!)).toContain('<img src=x');

    // The popup: it names the tab's state; whatever it shows of the page, it creates nothing from it.
    const popup = await ext.openExtensionPage(`popup.html?tabId=${page.tabId}`);
    await popup.waitForSelector('.tab-summary');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await noInjection(popup)).toEqual({ pwned: null, images: 0, scripts: 0, handlers: 0 });
    // And the page itself only ever had text: Seller SOS's overlay did not turn it into markup either.
    expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
  });
});

test.describe('faults of the browser: nothing stored is lost', () => {
  test('the background stopped twice, with data in every table the pages write: every row is still there and writing goes on', async ({ ext }) => {
    const page = await open(ext, `${OZON_LIST}?faults=banner,api500`);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'banner');
    await ext.evalInExtension((api, tabId) => api.runtime.sendMessage({ type: 'checklist/record', tabId, step: 'sign-in-again', outcome: 'did-not-help' }), page.tabId);
    await ext.evalInExtension((api) =>
      api.runtime.sendMessage({ type: 'shipments/add', entry: { platform: 'ozon', orderId: '23713478-0018-3', buyerReference: 'r', carrier: 'CDEK', trackingNumber: 'T-RESTART', shippedAt: Date.now() } }),
    );
    await ext.waitForRows('steps');
    await ext.waitForRows('shipments');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const before = await databaseContent(ext);

    for (let round = 0; round < 2; round += 1) {
      await stopBackground(ext, page);
      expect((await ext.background()).running).toBe(false);
      const after = await databaseContent(ext);
      for (const [table, rows] of Object.entries(before)) for (const row of rows) expect(after[table], `${table} lost a row`).toContain(row);
    }
    // The next event starts it again; it writes into the same incident.
    await page.reload();
    await ext.waitForTabState(page, (state) => state.platform !== null && state.openFaults > 0, 20_000);
    const incidents = await ext.readDatabase('incidents');
    expect(incidents.filter((incident) => incident.tabId === page.tabId)).toHaveLength(1);
    const final = await databaseContent(ext);
    // Rows the reload updates (orders seen again, repeats counted) are compared by their keys; the rest exactly.
    for (const table of ['steps', 'shipments', 'captures', 'pageTimings']) for (const row of before[table]!) expect(final[table]).toContain(row);
    const keys = (rows: string[], key: (row: Record<string, unknown>) => unknown) => rows.map((row) => String(key(JSON.parse(row) as Record<string, unknown>)));
    expect(keys(final.orders!, (row) => row.orderId)).toEqual(expect.arrayContaining(keys(before.orders!, (row) => row.orderId)));
    expect(keys(final.signals!, (row) => row.id)).toEqual(expect.arrayContaining(keys(before.signals!, (row) => row.id)));
    expect(keys(final.incidents!, (row) => row.id)).toEqual(expect.arrayContaining(keys(before.incidents!, (row) => row.id)));
  });

  test('the browser restarted: every row and setting is still there, and detection goes on', async ({ extBrowser }) => {
    // Firefox loads the build as a temporary add-on, which a restart uninstalls; its event page is
    // stopped and restarted by the test above instead.
    test.skip(extBrowser !== 'chromium', 'a restart with the same profile is Chromium-only in this harness');
    const profileDir = mkdtempSync(join(tmpdir(), 'seller-sos-restart-'));
    const extensionCopy = `${profileDir}-extension`;
    try {
      const first = await launchExtension({ browser: 'chromium', profileDir });
      let before: Record<string, string[]>;
      try {
        const page = await open(first, `${OZON_LIST}?faults=banner,api500`);
        await first.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'banner');
        await first.evalInExtension((api, tabId) => api.runtime.sendMessage({ type: 'checklist/record', tabId, step: 'sign-in-again', outcome: 'did-not-help' }), page.tabId);
        await first.evalInExtension((api) =>
          api.runtime.sendMessage({ type: 'shipments/add', entry: { platform: 'ozon', orderId: '23713478-0018-3', buyerReference: 'r', carrier: 'CDEK', trackingNumber: 'T-BROWSER-RESTART', shippedAt: Date.now() } }),
        );
        await first.waitForRows('steps');
        await first.waitForRows('shipments');
        await first.setSettings({ spinnerTimeoutSeconds: 45 });
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        before = await databaseContent(first);
      } finally {
        await first.close();
      }

      const second = await launchExtension({ browser: 'chromium', profileDir });
      try {
        const after = await databaseContent(second);
        // Closing the browser closes the tab, which marks its faults cleared: signals and incidents
        // are compared by id and what they say, the rest exactly.
        for (const table of ['steps', 'shipments', 'captures', 'pageTimings', 'orders']) for (const row of before[table]!) expect(after[table], `${table} lost a row in the restart`).toContain(row);
        const essence = (rows: string[]) => rows.map((row) => {
          const { id, kind, fingerprint, message, count, firstAt } = JSON.parse(row) as Record<string, unknown>;
          return JSON.stringify({ id, kind, fingerprint, message, count, firstAt });
        });
        expect(essence(after.signals!), 'signals lost in the restart').toEqual(expect.arrayContaining(essence(before.signals!)));
        const ids = (rows: string[]) => rows.map((row) => (JSON.parse(row) as { id: number }).id);
        expect(ids(after.incidents!), 'incidents lost in the restart').toEqual(expect.arrayContaining(ids(before.incidents!)));
        expect(before.signals!.length).toBeGreaterThan(0);
        const settings = await second.evalInExtension((api) => api.storage.local.get('settings').then((stored) => stored.settings as { spinnerTimeoutSeconds?: number } | undefined));
        expect(settings?.spinnerTimeoutSeconds).toBe(45);
        // Detection works after the restart, into the same database.
        const page = await open(second, `${OZON_LIST}?faults=banner`);
        await second.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'banner');
        expect((await second.readDatabase('signals')).length).toBeGreaterThan(before.signals!.length - 1);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(profileDir, { recursive: true, force: true });
      rmSync(extensionCopy, { recursive: true, force: true });
    }
  });

  test('a full disk is told to the seller in the popup and the side panel, and the notice goes when writing works again', async ({ ext }) => {
    const page = await open(ext, `${OZON_LIST}?faults=banner`);
    await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId);
    const popup = await ext.openExtensionPage(`popup.html?tabId=${page.tabId}`);
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${page.tabId}`);
    await popup.waitForSelector('.tab-summary');
    expect(await popup.isVisible('.storage-full-notice')).toBe(false);
    // What the background writes when IndexedDB answers QuotaExceededError (lib/storage-health.ts; unit-tested with the real error).
    await ext.evalInExtension((api) => api.storage.local.set({ storageHealth: { full: true, since: Date.now(), lastAt: Date.now(), area: 'signals', held: 3, dropped: 0 } }));
    for (const target of [popup, panel]) {
      await target.waitForSelector('.storage-full-notice');
      expect(await target.text('.storage-full-notice')).toMatch(/full|заполн|已满/i);
    }
    // As after a restart of the browser or the worker: the notice was written by an earlier run.
    await stopBackground(ext, page);
    // The next report the background stores clears it (space is back: this browser's disk is not full).
    await page.reload();
    await ext.waitForTabState(page, (state) => state.openFaults > 0, 20_000);
    await page.evaluate((channel) => window.postMessage({ channel, version: 1, events: [{ type: 'console-error', source: 'console', message: 'after-full failed', count: 1, at: Date.now() }] }, '*'), CHANNEL);
    for (const target of [popup, panel]) await target.waitForSelector('.storage-full-notice', { state: 'detached', timeoutMs: 15_000 });
  });
});

test.describe('the harness check of the extension\'s own requests', () => {
  test('catches a request of the background to a foreign host, and lets the declared probes pass', async ({ ext }) => {
    const outcome = await ext.fetchFromBackground('https://tracker.example.net/hardening-foreign');
    expect(outcome).toMatch(/TypeError|Error/);
    await expect.poll(() => foreignExtensionRequests(ext.extensionRequests()).map((request) => request.url)).toContain('https://tracker.example.net/hardening-foreign');
    // The network check's probe is declared: not foreign.
    await ext.fetchFromBackground('https://detectportal.firefox.com/success.txt');
    expect(foreignExtensionRequests(ext.extensionRequests()).map((request) => request.url)).not.toContain('https://detectportal.firefox.com/success.txt');
    expect(foreignExtensionRequests([{ at: 0, source: 'background', method: 'GET', url: 'https://connectivitycheck.gstatic.com/generate_204', outcome: 'fulfilled' }])).toEqual([]);
    expect(foreignExtensionRequests([{ at: 0, source: 'extension-page', method: 'GET', url: 'https://seller.ozon.ru/app', outcome: 'fulfilled' }])).toEqual([]);
    expect(foreignExtensionRequests([{ at: 0, source: 'unattributed', method: 'CONNECT', url: 'https://evil.example/', outcome: 'refused' }])).toHaveLength(1);
    // This test provoked it on purpose: forget it, so the fixture's own check (the same function) passes.
    ext.clearRequests();
  });
});
