import { unzipSync, strFromU8 } from 'fflate';
import { poll, type ExtensionHarness, type ExtPage } from '../support/harness.ts';
import { catchDownloads, caughtDownload } from './support/downloads.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * The side panel's incident view end to end, in Chromium and Firefox: a fault on a demo
 * back-office → the tab's current incident in the side panel → the fix ranked first (by its id
 * in rules/fixes.ts), the support report preview (platform, error code, order numbers, no buyer
 * data), Copy, the evidence ZIP (captured in the page and unzipped here), buyer messages and the
 * outside-in diagnosis.
 */

/** Buyer data the demo Ozon orders carry (tests/fixtures/sites/ozon/data.mjs): never in a report. */
const OZON_BUYER_PII = /Соколов|Лебедева|Морозов|Васильева|Кузнецов|\+7 9\d\d|@example\.(com|net|org)|Профсоюзная|Невский/;

async function openIncident(ext: ExtensionHarness, url: string): Promise<{ page: ExtPage; panel: ExtPage }> {
  const page = await ext.newPage();
  await page.goto(url);
  await ext.waitForTabState(page, (state) => state.platform !== null);
  await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.incidentId !== null && signal.severity !== 'info');
  const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${page.tabId}`);
  await panel.waitForSelector('[data-incident-id]');
  await panel.waitForSelector('[data-fix-id]');
  return { page, panel };
}

function firstFixId(panel: ExtPage): Promise<string | null> {
  return panel.evaluate(() => document.querySelector('[data-fix-id]')?.getAttribute('data-fix-id') ?? null);
}

function preview(panel: ExtPage): Promise<string> {
  return panel.evaluate(() => (document.querySelector('[data-control="report-preview"]') as HTMLTextAreaElement | null)?.value ?? '');
}

async function expectFirstFix(panel: ExtPage, id: string): Promise<void> {
  await expect.poll(() => firstFixId(panel), { timeout: 15_000 }).toBe(id);
}

test.describe('side panel: incident, fixes and support report', () => {
  test('Ozon 429: rate-limit fix first, report with platform and code, copy and ZIP', async ({ ext }) => {
    const { panel } = await openIncident(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=api429');
    await expectFirstFix(panel, 'rate-limit-ozon');

    // The fix opens to its steps and why, and says why it was suggested.
    const because = await panel.text('[data-fix-id="rate-limit-ozon"] .fix__because');
    expect(because).toMatch(/429/);
    await panel.click('[data-fix-id="rate-limit-ozon"] summary');
    await panel.waitForSelector('[data-fix-id="rate-limit-ozon"] .fix__steps li', { state: 'visible' });

    // Ozon's report defaults to Russian; the preview names the platform and the error code.
    expect(await panel.evaluate(() => (document.querySelector('[data-control="report-language"]') as HTMLSelectElement).value)).toBe('ru');
    await expect.poll(() => preview(panel)).toContain('429');
    const text = await preview(panel);
    expect(text).toContain('Ozon');
    expect(text).not.toMatch(OZON_BUYER_PII);

    // Copy: the clipboard holds the preview when the browser lets us read it back; the status says so either way.
    await panel.click('[data-action="copy-text"]');
    await expect.poll(() => panel.evaluate(() => document.querySelector('.report__status')?.getAttribute('data-status') ?? '')).toMatch(/^reportCop(iedText|yFailed)$/);
    const status = await panel.evaluate(() => document.querySelector('.report__status')?.getAttribute('data-status') ?? '');
    const clipboard = await panel.evaluate(async () => {
      try {
        return await navigator.clipboard.readText();
      } catch {
        return null;
      }
    });
    if (clipboard !== null && status === 'reportCopiedText') expect(clipboard).toBe(text);
    else expect(status).toMatch(/^reportCop(iedText|yFailed)$/);

    // The edited preview is what goes into the ZIP.
    await panel.evaluate(() => {
      const area = document.querySelector('[data-control="report-preview"]') as HTMLTextAreaElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
      setter.call(area, area.value + '\nEDITED-BY-SELLER');
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await expect.poll(() => preview(panel)).toContain('EDITED-BY-SELLER');

    await catchDownloads(panel);
    await panel.click('[data-action="download-zip"]');
    const zip = await caughtDownload(panel, 'the ZIP to be handed to the download link');
    expect(zip.name).toMatch(/^seller-sos-ozon-.*\.zip$/);
    await expect.poll(() => panel.evaluate(() => document.querySelector('.report__status')?.getAttribute('data-status') ?? '')).toBe('reportZipDone');
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['report.txt', 'report.md', 'network-log.json']));
    expect(strFromU8(files['report.txt']!)).toContain('EDITED-BY-SELLER');
    expect(strFromU8(files['network-log.json']!)).toContain('429');

    // Another language rebuilds the preview in it.
    await panel.evaluate(() => {
      const select = document.querySelector('[data-control="report-language"]') as HTMLSelectElement;
      const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
      setter.call(select, 'en');
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await expect.poll(() => preview(panel)).not.toContain('EDITED-BY-SELLER');
    expect(await preview(panel)).toContain('429');
  });

  test('Amazon 403: re-authorisation first', async ({ ext }) => {
    const { panel } = await openIncident(ext, 'https://sellercentral.amazon.com/orders-v3?faults=api403');
    await expectFirstFix(panel, 'reauthorise-amazon');
    await expect.poll(() => preview(panel)).toContain('403');
    expect(await preview(panel)).toContain('Amazon');
  });

  test('Shopee 401: re-authorisation first', async ({ ext }) => {
    const { panel } = await openIncident(ext, 'https://seller.shopee.sg/portal/sale/order?faults=api401');
    await expectFirstFix(panel, 'reauthorise-shopee');
    await expect.poll(() => preview(panel)).toContain('401');
    expect(await preview(panel)).toContain('Shopee');
  });

  test('Ozon overdue orders: manual shipment log first, order numbers in the report and the buyer messages, no buyer data', async ({ ext }) => {
    const { page, panel } = await openIncident(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=overdue');
    await expectFirstFix(panel, 'manual-shipment-log');
    const stuck = await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.kind === 'stuck-order' && signal.details.reason === 'deadline-passed');
    const orderIds = stuck.map((signal) => String(signal.details.orderId));
    for (const orderId of orderIds) await expect.poll(() => preview(panel)).toContain(orderId);
    const text = await preview(panel);
    expect(text).toContain('Ozon');
    expect(text).not.toMatch(OZON_BUYER_PII);

    // Buyer messages: in Russian for seller.ozon.ru, the order number filled in.
    await panel.waitForSelector(`[data-order-id="${orderIds[0]}"]`);
    expect(await panel.evaluate(() => (document.querySelector('[data-control="buyer-language"]') as HTMLSelectElement).value)).toBe('ru');
    const message = await panel.text(`[data-order-id="${orderIds[0]}"] [data-control="buyer-message"]`);
    expect(message).toContain(orderIds[0]);
    expect(message).toMatch(/[а-яё]/i);
    await panel.click(`[data-order-id="${orderIds[0]}"] [data-action="copy-buyer-message"]`);
    await expect.poll(() => panel.evaluate((id) => document.querySelector(`[data-order-id="${id}"] [role="status"]`)?.getAttribute('data-status') ?? '', orderIds[0])).toMatch(/^(copied|failed)$/);
  });

  test('Shopee unpaid orders: payment account check first, payment message for the buyer', async ({ ext }) => {
    const { page, panel } = await openIncident(ext, 'https://seller.shopee.sg/portal/sale/order?faults=unpaid');
    await expectFirstFix(panel, 'payment-check-account');
    const [unpaid] = await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.details.reason === 'unpaid-too-long');
    const orderId = String(unpaid!.details.orderId);
    await expect.poll(() => preview(panel)).toContain(orderId);
    await panel.waitForSelector(`[data-order-id="${orderId}"]`);
    expect(await panel.evaluate(() => (document.querySelector('[data-control="buyer-language"]') as HTMLSelectElement).value)).toBe('en');
    expect(await panel.text(`[data-order-id="${orderId}"] [data-control="buyer-message"]`)).toMatch(new RegExp(`${orderId}[\\s\\S]*pay|pay[\\s\\S]*${orderId}`, 'i'));
  });
});

test.describe('side panel: diagnosis', () => {
  // The diagnosis measures the two neutral connectivity-check hosts on purpose (as the checklist's network check).
  test.use({ allowForeignExtensionRequests: true });

  test('Diagnose shows the conclusion, the evidence in ms and the status page', async ({ ext }) => {
    const { page, panel } = await openIncident(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=api429');
    await panel.click('[data-action="diagnose"]');
    await panel.waitForSelector('[data-conclusion]', { timeoutMs: 20_000 });
    const conclusion = await panel.evaluate(() => document.querySelector('[data-conclusion]')!.getAttribute('data-conclusion'));
    expect(['your-network', 'your-account', 'the-platform', 'not-yet-clear']).toContain(conclusion);
    const facts = await panel.evaluate(() => Array.from(document.querySelectorAll('[data-fact]'), (item) => ({ id: item.getAttribute('data-fact'), text: (item as HTMLElement).innerText })));
    expect(facts.some((fact) => fact.id === 'probe-answered' || fact.id === 'probe-failed' || fact.id === 'probe-slow')).toBe(true);
    expect(facts.some((fact) => /seller\.ozon\.ru/.test(fact.text))).toBe(true);
    const href = await panel.evaluate(() => (document.querySelector('.diagnosis__link') as HTMLAnchorElement | null)?.href ?? '');
    expect(href).toMatch(/^https:\/\//);
    // The check is recorded as a step of the incident, so the report's "steps tried" has it.
    await ext.waitForRows('steps', (step) => step.tabId === page.tabId && step.step === 'network-check');
  });
});
