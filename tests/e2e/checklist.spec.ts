import type { ChecklistStep } from '../../lib/db.ts';
import { poll, type ExtensionHarness, type ExtPage } from '../support/harness.ts';
import { localeMessage } from '../support/locales.ts';
import { isBackOfficeUrl, isProbeUrl } from '../support/network.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * The popup's guided checklist, one-click capture, side panel button and stop-gap tools, end to
 * end in Chromium and Firefox. The popup is opened as a tab pinned to the back-office tab
 * (`popup.html?tabId=N`); every click is a real (trusted) click of the harness, every step is
 * read back from the `steps` table.
 *
 * | action                | Chromium                                   | Firefox                                          |
 * | --------------------- | ------------------------------------------ | ------------------------------------------------ |
 * | refresh / hard reload | tabs.reload(bypassCache)                   | the same                                         |
 * | clear site data       | browsingData `origins` (all types + cache) | browsingData `hostnames` (no HTTP cache)         |
 * | permission            | optional browsingData: granted on the click without a prompt (no install warning) | optional browsingData: the prompt is answered by the pref `extensions.webextOptionalPermissionPrompts=false` |
 * | network check         | background fetch, routed by Playwright     | background fetch, through the harness proxy      |
 * | side panel            | sidePanel.open({ tabId })                  | sidebarAction.open()                             |
 */

const OZON_BANNER = 'https://seller.ozon.ru/app/postings/fbs?faults=banner';
const OZON_CLEAN = 'https://seller.ozon.ru/app/postings/fbs';
const SHOPEE_UNPAID = 'https://seller.shopee.sg/portal/sale/order?faults=overdue,unpaid';
const NEUTRAL = 'https://example.com/';

async function openBackOffice(ext: ExtensionHarness, url: string): Promise<ExtPage> {
  const page = await ext.newPage();
  await page.goto(url);
  await ext.waitForTabState(page, (state) => state.platform !== null);
  return page;
}

async function openPopup(ext: ExtensionHarness, tab: ExtPage): Promise<ExtPage> {
  const popup = await ext.openExtensionPage(`popup.html?tabId=${tab.tabId}`, { viewport: { width: 360, height: 900 } });
  await popup.waitForSelector('[data-step="refresh"] [data-action="run"]');
  return popup;
}

async function stepsOf(ext: ExtensionHarness, step: string, tabId: number): Promise<ChecklistStep[]> {
  return ext.waitForRows('steps', (row) => row.step === step && row.tabId === tabId);
}

/** Marks the page's current document, so a reload shows as the mark being gone. */
async function markDocument(page: ExtPage): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { sosMark?: number }).sosMark = 1;
  });
}

async function waitForReload(page: ExtPage): Promise<void> {
  await poll(() => page.evaluate(() => (window as unknown as { sosMark?: number }).sosMark === undefined && document.readyState === 'complete'), Boolean, {
    message: 'the tab to reload',
  });
}

/** Sets a React-controlled input's value the way typing does (the native setter, then `input`). */
async function fill(page: ExtPage, selector: string, value: string): Promise<void> {
  await page.evaluate(
    ({ selector, value }) => {
      const element = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement | null;
      if (!element) throw new Error(`no ${selector}`);
      const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
      element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    },
    { selector, value },
  );
}

test.describe('checklist actions record steps in the tab’s incident', () => {
  test('refresh and hard reload: the step is recorded, then the tab reloads', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_BANNER);
    const { incidentId } = await ext.waitForTabState(tab, (state) => state.incidentId !== null);
    const popup = await openPopup(ext, tab);

    await markDocument(tab);
    const before = Date.now();
    await popup.click('[data-step="refresh"] [data-action="run"]');
    const [refresh] = await stepsOf(ext, 'refresh', tab.tabId);
    await waitForReload(tab);
    expect(refresh).toMatchObject({ incidentId, platform: 'ozon', host: 'seller.ozon.ru', outcome: 'done', details: { bypassCache: false } });
    expect(refresh!.at).toBeGreaterThanOrEqual(before - 1000);

    await ext.waitForTabState(tab, (state) => state.platform === 'ozon');
    await markDocument(tab);
    // That the browser then skips its cache is not observable here: Playwright's routing turns
    // Chromium's HTTP cache off, and the BiDi layer hands no request headers to specs. The step's
    // bypassCache and the reload are what is checked.
    await popup.click('[data-step="hard-reload"] [data-action="run"]');
    const [hard] = await stepsOf(ext, 'hard-reload', tab.tabId);
    await waitForReload(tab);
    expect(hard).toMatchObject({ incidentId, outcome: 'done', details: { bypassCache: true } });

    // The popup shows each as done, read back from the database.
    await popup.waitForSelector('[data-step="refresh"][data-outcome="done"]');
    await popup.waitForSelector('[data-step="hard-reload"][data-outcome="done"]');
    const doneText = localeMessage('en', 'checklistOutcomeDone').replace('$1', '');
    expect(await popup.text('[data-step="hard-reload"] .checklist__status')).toContain(doneText.trim());
  });

  test('manual ticks: helped / did not help, on a tab without an incident (one is opened for it)', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_CLEAN);
    expect(await ext.readDatabase('incidents')).toEqual([]);
    const popup = await openPopup(ext, tab);

    await popup.click('[data-step="sign-in-again"] [data-action="did-not-help"]');
    const [signIn] = await stepsOf(ext, 'sign-in-again', tab.tabId);
    expect(signIn).toMatchObject({ outcome: 'did-not-help', platform: 'ozon', host: 'seller.ozon.ru' });
    const [incident] = await ext.readDatabase('incidents');
    expect(incident).toMatchObject({ id: signIn!.incidentId, tabId: tab.tabId, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', status: 'open', signalCount: 0 });

    await popup.click('[data-step="other-browser-device"] [data-action="helped"]');
    await popup.click('[data-step="other-network"] [data-action="did-not-help"]');
    await popup.click('[data-step="sign-in-again"] [data-action="helped"]');
    await poll(() => ext.readDatabase('steps'), (rows) => rows.length === 4, { message: 'four steps' });
    const steps = await ext.readDatabase('steps');
    expect(steps.map((step) => [step.step, step.outcome, step.incidentId])).toEqual([
      ['sign-in-again', 'did-not-help', incident!.id],
      ['other-browser-device', 'helped', incident!.id],
      ['other-network', 'did-not-help', incident!.id],
      ['sign-in-again', 'helped', incident!.id],
    ]);
    // The latest tick is the pressed one.
    await popup.waitForSelector('[data-step="sign-in-again"] [data-action="helped"][aria-pressed="true"]');
    expect(await popup.evaluate(() => document.querySelector('[data-step="sign-in-again"] [data-action="did-not-help"]')?.getAttribute('aria-pressed'))).toBe('false');
  });

  test('clearing site data touches only the back-office origin: another origin’s cookie and storage survive', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_BANNER);
    const other = await ext.newPage();
    await other.goto(NEUTRAL);
    const plant = (name: string) =>
      new Promise<void>((resolve, reject) => {
        document.cookie = `${name}=1; path=/; secure; max-age=3600`;
        localStorage.setItem(name, '1');
        const request = indexedDB.open(`${name}-db`);
        request.onsuccess = () => {
          request.result.close();
          resolve();
        };
        request.onerror = () => reject(request.error);
      });
    await tab.evaluate(plant, 'sos_backoffice');
    // A domain-wide cookie the back-office receives too (set by the back-office for ozon.ru).
    await tab.evaluate(() => {
      document.cookie = 'sos_domain=1; domain=ozon.ru; path=/; secure; max-age=3600';
    });
    await other.evaluate(plant, 'sos_other');
    const read = () => ({
      cookie: document.cookie,
      storage: Object.keys(localStorage).filter((key) => key.startsWith('sos_')),
    });
    const databases = () => indexedDB.databases().then((list) => list.map((entry) => entry.name).filter((name) => name?.startsWith('sos_')));
    expect((await tab.evaluate(read)).cookie).toMatch(/sos_backoffice=1.*sos_domain=1|sos_domain=1.*sos_backoffice=1/);
    expect(await tab.evaluate(databases)).toEqual(['sos_backoffice-db']);

    expect(await ext.evalInExtension((api) => api.permissions.contains({ permissions: ['browsingData'] })), 'browsingData is optional: not granted before the click').toBe(false);
    expect(await ext.evalInExtension((api) => (api.runtime.getManifest() as { optional_permissions?: string[] }).optional_permissions)).toContain('browsingData');

    const popup = await openPopup(ext, tab);
    await popup.click('[data-step="clear-site-data"] [data-action="run"]');
    await popup.waitForSelector('[data-confirm="clear-site-data"]');
    // The warning names the back-office, says it signs the seller out, and explains the permission.
    const warning = (await popup.text('[data-confirm="clear-site-data"]')) ?? '';
    expect(warning).toContain(localeMessage('en', 'checklistClearConfirmTitle').replace('$1', 'seller.ozon.ru'));
    expect(warning).toContain(localeMessage('en', 'checklistClearPermissionText'));
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-confirm]') !== null), 'focus moves to the warning').toBe(true);

    await markDocument(tab);
    await popup.click('[data-confirm="clear-site-data"] [data-action="confirm"]');
    const [step] = await stepsOf(ext, 'clear-site-data', tab.tabId);
    expect(step, JSON.stringify(step)).toMatchObject({
      outcome: 'done',
      host: 'seller.ozon.ru',
      details: { origin: 'https://seller.ozon.ru', limitedBy: ext.browserName === 'chromium' ? 'origins' : 'hostnames', httpCache: ext.browserName === 'chromium' },
    });
    expect(step!.incidentId).not.toBeNull();
    expect(await ext.evalInExtension((api) => api.permissions.contains({ permissions: ['browsingData'] }))).toBe(true);
    // The background reloads the back-office tab, signed out.
    await waitForReload(tab);

    await other.reload();
    const backOffice = await tab.evaluate(read);
    const kept = await other.evaluate(read);
    expect(backOffice.cookie).not.toContain('sos_backoffice');
    expect(backOffice.cookie).not.toContain('sos_domain');
    expect(backOffice.storage).toEqual([]);
    expect(await tab.evaluate(databases)).toEqual([]);
    expect(kept.cookie).toContain('sos_other=1');
    expect(kept.storage).toEqual(['sos_other']);
    expect(await other.evaluate(databases)).toEqual(['sos_other-db']);
  });

  test('the warning closes with Escape (focus back on its button) or Cancel, and nothing is cleared', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_CLEAN);
    const popup = await openPopup(ext, tab);
    await popup.click('[data-step="clear-site-data"] [data-action="run"]');
    await popup.waitForSelector('[data-confirm="clear-site-data"]');
    await popup.press('Escape');
    await popup.waitForSelector('[data-confirm="clear-site-data"]', { state: 'detached' });
    expect(await popup.evaluate(() => document.activeElement?.closest('[data-step="clear-site-data"]') !== null && document.activeElement?.getAttribute('data-action'))).toBe('run');
    await popup.click('[data-step="clear-site-data"] [data-action="run"]');
    await popup.click('[data-confirm="clear-site-data"] [data-action="cancel"]');
    await popup.waitForSelector('[data-confirm="clear-site-data"]', { state: 'detached' });
    expect(await ext.readDatabase('steps')).toEqual([]);
  });
});

test.describe('network check', () => {
  // The check measures two neutral connectivity-check hosts on purpose; the test asserts below
  // that they are the only non-back-office hosts the extension asked.
  test.use({ allowForeignExtensionRequests: true });

  test('shows online state and each host’s latency, and records the figures', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_BANNER);
    const popup = await openPopup(ext, tab);
    await popup.click('[data-step="network-check"] [data-action="run"]');
    const [step] = await stepsOf(ext, 'network-check', tab.tabId);
    expect(step!.outcome).toBe('done');
    expect(step!.details).toMatchObject({ online: true, platformHost: 'seller.ozon.ru' });
    for (const host of ['seller.ozon.ru', 'connectivitycheck.gstatic.com', 'detectportal.firefox.com']) {
      expect(typeof step!.details[`ms:${host}`], `${host} answered: ${JSON.stringify(step!.details)}`).toBe('number');
    }

    await popup.waitForSelector('[data-network-figures]');
    const figures = await popup.evaluate(() => [...document.querySelectorAll('[data-network-figures] [data-figure]')].map((row) => [row.getAttribute('data-figure'), (row.querySelector('dd') as HTMLElement).innerText]));
    expect(figures[0]).toEqual(['online', localeMessage('en', 'checklistYes')]);
    expect(figures.slice(1).map(([host]) => host)).toEqual(['seller.ozon.ru', 'connectivitycheck.gstatic.com', 'detectportal.firefox.com']);
    for (const [, text] of figures.slice(1)) expect(text).toMatch(/^\d[\d\s,.]* ms$/);

    const foreign = ext.extensionRequests().filter((request) => !isBackOfficeUrl(request.url) && !isProbeUrl(request.url));
    expect(foreign.map((request) => `${request.source} ${request.method} ${request.url}`)).toEqual([]);
  });
});

test.describe('capture, side panel, payment advice', () => {
  test('"Capture evidence" keeps a capture of the tab, started from the popup', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_BANNER);
    const popup = await openPopup(ext, tab);
    await popup.click('[data-capture-button="popup"]');
    const [capture] = await ext.waitForRows('captures', (row) => row.tabId === tab.tabId, 20_000);
    expect(capture).toMatchObject({ trigger: 'popup', platform: 'ozon', host: 'seller.ozon.ru' });
    await popup.waitForSelector('[data-capture-outcome]');
  });

  test('"Open side panel" opens the panel (Chrome side panel, Firefox sidebar)', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_BANNER);
    const popup = await openPopup(ext, tab);
    await popup.click('[data-open-side-panel]');
    expect(await popup.isVisible('.popup-actions [role="alert"]'), 'the browser refused to open the panel').toBe(false);
    if (ext.browserName === 'chromium') {
      // Chromium: the panel is an extension context of type SIDE_PANEL.
      await poll(
        () => ext.evalInExtension((api) => (api.runtime as unknown as { getContexts(filter: object): Promise<unknown[]> }).getContexts({ contextTypes: ['SIDE_PANEL'] }).then((list) => list.length)),
        (count) => count > 0,
        { message: 'a side panel context' },
      );
    } else {
      // Firefox: the sidebar of the window says it is open.
      await poll(() => ext.evalInExtension((api) => (api as unknown as { sidebarAction: { isOpen(details: object): Promise<boolean> } }).sidebarAction.isOpen({})), Boolean, { message: 'the sidebar to be open' });
    }
  });

  test('payment-status faults show the advice to check the payment account; other faults do not', async ({ ext }) => {
    const shopee = await openBackOffice(ext, SHOPEE_UNPAID);
    await ext.waitForRows('signals', (row) => row.tabId === shopee.tabId && row.details.reason === 'unpaid-too-long', 15_000);
    const popup = await openPopup(ext, shopee);
    await popup.waitForSelector('[data-payment-advice]');
    expect(await popup.text('[data-payment-advice]')).toContain(localeMessage('en', 'paymentAdviceTitle'));

    const ozon = await openBackOffice(ext, OZON_BANNER);
    await ext.waitForTabState(ozon, (state) => state.openFaults > 0);
    const other = await openPopup(ext, ozon);
    expect(await other.isVisible('[data-payment-advice]')).toBe(false);
  });
});

test.describe('the popup holds still', () => {
  test('a fault found while the popup is open changes the summary, not where the buttons are', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_CLEAN);
    const popup = await openPopup(ext, tab);
    await popup.waitForSelector('.fault-status--clear');
    const controls = ['[data-open-side-panel]', '[data-capture-button="popup"]', '[data-step="refresh"] [data-action="run"]', '[data-step="clear-site-data"] [data-action="run"]', '[data-step="other-network"] [data-action="helped"]'];
    const boxes = () =>
      popup.evaluate((selectors) => selectors.map((selector) => {
        const rect = document.querySelector(selector)!.getBoundingClientRect();
        return `${selector} ${rect.x},${rect.y} ${rect.width}x${rect.height}`;
      }), controls);
    const before = await boxes();

    // The same tab now shows the fault banner: the popup, pinned to it, is told of the fault.
    await tab.goto(OZON_BANNER);
    const { openFaults } = await ext.waitForTabState(tab, (state) => state.platform === 'ozon' && state.openFaults > 0);
    const headline = localeMessage('en', openFaults === 1 ? 'faultsOpen_one' : 'faultsOpen_other').replace('$1', String(openFaults));
    await popup.waitForFunction((wanted) => document.querySelector('.fault-status:not(.fault-status--clear) .fault-status__headline')?.textContent === wanted, headline);
    await popup.waitForSelector('[data-step="clear-site-data"] [data-action="run"]');
    expect(await boxes()).toEqual(before);
  });
});

test.describe('keyboard and languages', () => {
  test('every control is reached with Tab, shows its focus, and Enter / Space work; focus is never trapped', async ({ ext }) => {
    const tab = await openBackOffice(ext, OZON_CLEAN);
    const popup = await openPopup(ext, tab);
    await popup.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: { id: string; ring: boolean }[] = [];
    for (let index = 0; index < 40; index += 1) {
      await popup.press('Tab');
      const stop = await popup.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const step = element.closest('[data-step]')?.getAttribute('data-step');
        const id = step ? `${step}:${element.getAttribute('data-action')}` : (element.getAttribute('data-open-shipments') !== null ? 'shipments' : element.className);
        const style = getComputedStyle(element);
        return { id, ring: style.boxShadow !== 'none' || (style.outlineStyle !== 'none' && style.outlineWidth !== '0px') };
      });
      if (!stop) break;
      stops.push(stop);
      if (stop.id.includes('popup__settings')) break;
    }
    const ids = stops.map((stop) => stop.id);
    for (const expected of ['refresh:run', 'hard-reload:run', 'clear-site-data:run', 'network-check:run', 'sign-in-again:helped', 'sign-in-again:did-not-help', 'other-browser-device:helped', 'other-network:did-not-help', 'shipments']) {
      expect(ids, `Tab reaches ${expected}`).toContain(expected);
    }
    expect(ids.indexOf('refresh:run')).toBeLessThan(ids.indexOf('other-network:helped'));
    expect(ids.at(-1), 'Tab goes on past the checklist to the footer').toContain('popup__settings');
    expect(stops.filter((stop) => !stop.ring).map((stop) => stop.id), 'visible focus on every stop').toEqual([]);

    // Enter and Space on a focused button.
    await popup.evaluate(() => (document.querySelector('[data-step="sign-in-again"] [data-action="helped"]') as HTMLElement).focus());
    await popup.press('Enter');
    await stepsOf(ext, 'sign-in-again', tab.tabId);
    await popup.evaluate(() => (document.querySelector('[data-step="other-network"] [data-action="did-not-help"]') as HTMLElement).focus());
    await popup.press(' ');
    const [network] = await stepsOf(ext, 'other-network', tab.tabId);
    expect(network!.outcome).toBe('did-not-help');
    // A list with labelled items.
    expect(await popup.evaluate(() => document.querySelectorAll('ol.checklist__list > li[data-step] h3').length)).toBe(7);
  });

  for (const language of ['zh_CN', 'ru'] as const) {
    test(`the checklist and stop-gap tools speak ${language}`, async ({ ext }) => {
      await ext.setSettings({ language });
      const tab = await openBackOffice(ext, OZON_CLEAN);
      const popup = await openPopup(ext, tab);
      await popup.waitForText(localeMessage(language, 'checklistHeading'));
      for (const key of ['checklistStepRefreshTitle', 'checklistStepClearTitle', 'checklistStepNetworkTitle', 'checklistStepOtherNetworkTitle', 'stopGapHeading', 'shipmentLogOpen']) {
        await popup.waitForText(localeMessage(language, key));
      }
    });
  }
});

test.describe('stop-gap shipment log', () => {
  test('validates against the platform’s order-id format, stores, reminds, exports CSV and marks back-filled', async ({ ext }, testInfo) => {
    const tab = await openBackOffice(ext, OZON_CLEAN);
    const popup = await openPopup(ext, tab);
    expect(await popup.isVisible('[data-backfill-reminder]')).toBe(false);
    await popup.click('[data-open-shipments]');
    // The popup opens the log as a page of its own, preset to the tab's platform.
    const logTabId = await poll(() => ext.tabIdOf(`${ext.extensionBaseUrl}shipments.html?platform=ozon`), (id) => id > 0, { message: 'the shipment log tab' });
    expect(logTabId).toBeGreaterThan(0);

    const log = await ext.openExtensionPage('shipments.html?platform=ozon', { viewport: { width: 1100, height: 900 } });
    await log.waitForSelector('form.shipment-form');
    expect(await log.evaluate(() => (document.querySelector('select[name="platform"]') as HTMLSelectElement).value)).toBe('ozon');

    // Refused: an Amazon order number on Ozon, no carrier, a one-character tracking number.
    await fill(log, 'input[name="orderId"]', '123-1234567-1234567');
    await fill(log, 'input[name="trackingNumber"]', 'x');
    await log.click('[data-action="add"]');
    await log.waitForSelector('[data-field="orderId"] [data-error="order-id-format"]');
    expect(await log.text('[data-field="orderId"] [data-error]')).toContain('23713478-0018-3');
    await log.waitForSelector('[data-field="carrier"] [data-error="required"]');
    await log.waitForSelector('[data-field="trackingNumber"] [data-error="tracking-format"]');
    expect(await log.evaluate(() => document.activeElement?.getAttribute('name')), 'focus on the first refused field').toBe('orderId');
    expect(await ext.readDatabase('shipments')).toEqual([]);

    // Accepted, normalised.
    await fill(log, 'input[name="orderId"]', ' 23713478-0018-3 ');
    await fill(log, 'input[name="buyerReference"]', '=HYPERLINK("http://x")');
    await fill(log, 'input[name="carrier"]', 'СДЭК');
    await fill(log, 'input[name="trackingNumber"]', 'cd 1234 5678');
    await log.click('[data-action="add"]');
    const [first] = await ext.waitForRows('shipments', (row) => row.orderId === '23713478-0018-3');
    expect(first).toMatchObject({ platform: 'ozon', buyerReference: '=HYPERLINK("http://x")', carrier: 'СДЭК', trackingNumber: 'CD12345678', backfilledAt: null });
    expect(Math.abs(first!.shippedAt - Date.now())).toBeLessThan(5 * 60_000);
    await log.waitForSelector('[data-form-status="ok"]');

    // A Shopee parcel too.
    await fill(log, 'select[name="platform"]', 'shopee');
    await fill(log, 'input[name="orderId"]', '221122abcd1234');
    await fill(log, 'input[name="carrier"]', 'J&T Express, SG');
    await fill(log, 'input[name="trackingNumber"]', 'SPX0001');
    await log.click('[data-action="add"]');
    await ext.waitForRows('shipments', (row) => row.orderId === '221122ABCD1234');
    await log.waitForSelector('[data-backfill-reminder="2"]');
    await popup.waitForSelector('[data-backfill-reminder="2"]');
    expect(await popup.text('[data-backfill-reminder]')).toBe(localeMessage('en', 'shipmentsAwaiting_other').replace('$1', '2'));

    // CSV: the Blob handed to the download link is read back.
    await log.evaluate(() => {
      const original = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob: Blob) => {
        void blob.arrayBuffer().then((buffer) => document.body.setAttribute('data-test-csv', JSON.stringify([...new Uint8Array(buffer)])));
        return original(blob);
      };
    });
    const exportCsv = async () => {
      await log.evaluate(() => document.body.removeAttribute('data-test-csv'));
      await log.click('[data-action="export"]');
      const bytes = await log.waitForFunction(() => document.body.getAttribute('data-test-csv') ?? '');
      return new Uint8Array(JSON.parse(bytes) as number[]);
    };
    const bytes = await exportCsv();
    expect([...bytes.slice(0, 3)], 'UTF-8 BOM').toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder().decode(bytes.slice(3));
    await testInfo.attach('shipments.csv', { body: Buffer.from(bytes), contentType: 'text/csv' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toContain(localeMessage('en', 'shipmentsColumnOrderId'));
    expect(lines).toHaveLength(4);
    expect(lines.find((line) => line.includes('23713478-0018-3'))).toContain(`"'=HYPERLINK(""http://x"")",СДЭК,CD12345678`);
    expect(lines.find((line) => line.includes('221122ABCD1234'))).toContain('"J&T Express, SG",SPX0001');

    // Back-filled: the reminder counts down, the export keeps to what is left.
    await log.click('[data-shipment="23713478-0018-3"] [data-action="backfilled"]');
    await ext.waitForRows('shipments', (row) => row.orderId === '23713478-0018-3' && row.backfilledAt !== null);
    await log.waitForSelector('[data-backfill-reminder="1"]');
    await popup.waitForSelector('[data-backfill-reminder="1"]');
    const pending = new TextDecoder().decode((await exportCsv()).slice(3)).split('\r\n');
    expect(pending).toHaveLength(3);
    expect(pending[1]).toContain('221122ABCD1234');

    // Delete asks for a second click.
    await log.click('[data-shipment="221122ABCD1234"] [data-action="delete"]');
    expect(await ext.readDatabase('shipments')).toHaveLength(2);
    await log.click('[data-shipment="221122ABCD1234"] [data-action="confirm-delete"]');
    await poll(() => ext.readDatabase('shipments'), (rows) => rows.length === 1, { message: 'the entry to be deleted' });
    await log.waitForSelector('[data-backfill-reminder="0"]');
    await popup.waitForSelector('[data-backfill-reminder]', { state: 'detached' });
  });
});
