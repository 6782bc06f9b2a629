import { poll, type ExtensionHarness, type ExtPage } from '../support/harness.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * The side panel's timeline and history end to end, in Chromium and Firefox: faults on demo
 * back-offices (real host names through the harness) → the tab's timeline shows the signal; a
 * checklist step and an evidence capture made from the popup join the same timeline live, in
 * order; the kind and platform filters hide and show entries; the History view lists an incident
 * of an earlier tab on another platform, and opening it shows its own timeline.
 */

const AMAZON_BANNER = 'https://sellercentral.amazon.com/orders-v3?faults=banner';
const OZON_BANNER = 'https://seller.ozon.ru/app/postings/fbs?faults=banner';
const SHOPEE_BANNER = 'https://seller.shopee.sg/portal/sale/order?faults=banner';

interface ShownEntry {
  type: string;
  kind: string;
  platform: string;
  phase: string | null;
  at: number;
  text: string;
}

async function openWithFault(ext: ExtensionHarness, url: string): Promise<ExtPage> {
  const page = await ext.newPage();
  await page.goto(url);
  await ext.waitForTabState(page, (state) => state.platform !== null);
  await ext.waitForRows('signals', (signal) => signal.tabId === page.tabId && signal.incidentId !== null && signal.kind === 'banner');
  return page;
}

/** The timeline's entries as drawn, top to bottom. */
function entries(panel: ExtPage): Promise<ShownEntry[]> {
  return panel.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-timeline] [data-entry-type]'), (item) => ({
      type: item.dataset.entryType ?? '',
      kind: item.dataset.kind ?? '',
      platform: item.dataset.platform ?? '',
      phase: item.dataset.phase ?? null,
      at: Number(item.dataset.at),
      text: item.innerText,
    })),
  );
}

async function waitForEntries(panel: ExtPage, accept: (shown: ShownEntry[]) => boolean, message: string): Promise<ShownEntry[]> {
  return poll(() => entries(panel), accept, { timeoutMs: 20_000, message });
}

const has = (shown: ShownEntry[], type: string, platform?: string) => shown.some((entry) => entry.type === type && (platform === undefined || entry.platform === platform));

test.describe('side panel: timeline and history', () => {
  test('signals, a step and a capture in one live timeline; filters; an earlier incident from the history', async ({ ext }, testInfo) => {
    // An earlier tab on another platform, closed before the seller looks at the history.
    const earlier = await openWithFault(ext, AMAZON_BANNER);
    const [earlierSignal] = await ext.waitForRows('signals', (signal) => signal.tabId === earlier.tabId && signal.kind === 'banner');
    const earlierIncidentId = earlierSignal!.incidentId;
    await earlier.close();

    const tab = await openWithFault(ext, OZON_BANNER);
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, { viewport: { width: 480, height: 900 } });

    // This tab's timeline shows the banner, and nothing of the other tab.
    let shown = await waitForEntries(panel, (list) => list.some((entry) => entry.type === 'signal' && entry.kind === 'banner' && entry.platform === 'ozon'), 'the Ozon banner in the timeline');
    expect(shown.every((entry) => entry.platform === 'ozon')).toBe(true);
    expect(shown.find((entry) => entry.kind === 'banner')!.text).toMatch(/Не удалось загрузить/);

    // A checklist step, then an evidence capture, from the popup; the open panel picks both up live.
    const popup = await ext.openExtensionPage(`popup.html?tabId=${tab.tabId}`, { viewport: { width: 360, height: 900 } });
    await popup.waitForSelector('[data-step="sign-in-again"] [data-action="did-not-help"]');
    await popup.click('[data-step="sign-in-again"] [data-action="did-not-help"]');
    await ext.waitForRows('steps', (row) => row.tabId === tab.tabId && row.step === 'sign-in-again');
    await popup.click('[data-capture-button="popup"]');
    await ext.waitForRows('captures', (row) => row.tabId === tab.tabId, 20_000);
    await popup.close();

    shown = await waitForEntries(panel, (list) => has(list, 'step') && has(list, 'capture'), 'the step and the capture in the timeline');
    // Newest first: the capture, then the step, then the banner's first sighting; times never go up.
    const position = (predicate: (entry: ShownEntry) => boolean) => shown.findIndex(predicate);
    const capture = position((entry) => entry.type === 'capture');
    const step = position((entry) => entry.type === 'step');
    const banner = position((entry) => entry.type === 'signal' && entry.kind === 'banner' && entry.phase === 'first');
    expect(capture).toBeGreaterThanOrEqual(0);
    expect(capture).toBeLessThan(step);
    expect(step).toBeLessThan(banner);
    const times = shown.map((entry) => entry.at);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(shown[step]!.kind).toBe('step');
    expect(shown[step]!.text).toMatch(/Didn.t help/);
    // For debugging, pass or fail (test-results/ is not committed).
    await panel.screenshot(testInfo.outputPath('timeline-tab.png'), { fullPage: true });

    // The incident's fixes and report are long: the link at the top brings the timeline into view.
    const timelineTop = () => panel.evaluate(() => ({ top: document.getElementById('timeline')!.getBoundingClientRect().top, height: window.innerHeight }));
    const before = await timelineTop();
    expect(before.top).toBeGreaterThan(before.height);
    await panel.click('[data-action="jump-to-timeline"]');
    await poll(timelineTop, ({ top, height }) => top >= -1 && top < height / 2, { message: 'the timeline scrolled into view' });

    // The capture opens as evidence in a dialog; Escape closes it.
    await panel.click('[data-timeline] [data-action="open-evidence"]');
    await panel.waitForSelector('dialog[open][data-evidence-dialog]');
    await panel.press('Escape');
    await panel.waitForSelector('dialog[data-evidence-dialog]', { state: 'detached' });

    // Kind filter: captures only hides the signals and the step; "All kinds" brings them back.
    await panel.click('[data-kind-filter="capture"]');
    shown = await waitForEntries(panel, (list) => list.length > 0 && list.every((entry) => entry.type === 'capture'), 'only captures');
    expect(has(shown, 'signal')).toBe(false);
    expect(has(shown, 'step')).toBe(false);
    await panel.click('[data-kind-filter="all"]');
    await waitForEntries(panel, (list) => has(list, 'signal') && has(list, 'step') && has(list, 'capture'), 'every kind again');

    // The same tab moves on to Shopee: a second incident on another platform joins the tab's timeline.
    await tab.goto(SHOPEE_BANNER);
    await ext.waitForRows('signals', (signal) => signal.tabId === tab.tabId && signal.platform === 'shopee' && signal.kind === 'banner');
    await waitForEntries(panel, (list) => has(list, 'signal', 'shopee') && has(list, 'incident', 'shopee'), 'the Shopee banner and its incident marker');

    // Platform filter: Shopee only hides every Ozon entry (the step and capture too); both platforms show both.
    await panel.click('[data-platform-filter="shopee"]');
    shown = await waitForEntries(panel, (list) => list.length > 0 && list.every((entry) => entry.platform === 'shopee'), 'only Shopee entries');
    expect(shown.some((entry) => entry.platform === 'ozon')).toBe(false);
    expect(has(shown, 'capture') || has(shown, 'step')).toBe(false);
    await panel.click('[data-platform-filter="ozon"]');
    await waitForEntries(panel, (list) => has(list, 'signal', 'ozon') && has(list, 'signal', 'shopee'), 'Ozon and Shopee entries');
    // Both filters at once: Ozon's steps only.
    await panel.click('[data-platform-filter="shopee"]');
    await panel.click('[data-kind-filter="step"]');
    shown = await waitForEntries(panel, (list) => list.length > 0 && list.every((entry) => entry.type === 'step' || entry.type === 'incident'), 'only Ozon steps');
    expect(shown.filter((entry) => entry.type === 'step').every((entry) => entry.platform === 'ozon')).toBe(true);
    // A choice that hides everything says so and offers the way back.
    await panel.click('[data-platform-filter="ozon"]');
    await panel.click('[data-platform-filter="shopee"]');
    await panel.waitForSelector('[data-timeline-empty="filtered"]');
    expect(await entries(panel)).toEqual([]);
    await panel.click('[data-action="clear-filters"]');
    await waitForEntries(panel, (list) => has(list, 'signal', 'ozon') && has(list, 'signal', 'shopee') && has(list, 'capture'), 'everything after "Show everything"');

    // History (reached with the keyboard: arrow keys move along the view tabs).
    await panel.evaluate(() => (document.querySelector('[data-view="tab"]') as HTMLElement).focus());
    await panel.press('ArrowRight');
    await panel.waitForSelector('[data-history]');
    expect(await panel.evaluate(() => document.activeElement?.getAttribute('data-view'))).toBe('history');
    const rows = () =>
      panel.evaluate(() => Array.from(document.querySelectorAll<HTMLElement>('[data-history-incident]'), (row) => ({ id: Number(row.dataset.historyIncident), platform: row.dataset.platform ?? '' })));
    const listed = await poll(rows, (list) => list.length === 3, { message: 'three incidents in the history' });
    expect(listed.map((row) => row.platform)).toEqual(['shopee', 'ozon', 'amazon']);
    expect(listed[2]!.id).toBe(earlierIncidentId);
    await panel.screenshot(testInfo.outputPath('history.png'), { fullPage: true });

    // The platform filter applies to the history too.
    await panel.click('[data-platform-filter="amazon"]');
    const amazonOnly = await poll(rows, (list) => list.length === 1, { message: 'only the Amazon incident' });
    expect(amazonOnly[0]!.platform).toBe('amazon');
    await panel.click('[data-platform-filter="all"]');
    await poll(rows, (list) => list.length === 3, { message: 'all three incidents again' });

    // The earlier tab's incident: its own timeline (its Amazon banner, nothing of this tab) and its report.
    await panel.click(`[data-history-incident="${earlierIncidentId}"]`);
    await panel.waitForSelector(`[data-history-open="${earlierIncidentId}"] [data-incident-id="${earlierIncidentId}"]`);
    shown = await waitForEntries(panel, (list) => has(list, 'signal', 'amazon'), 'the Amazon incident’s timeline');
    expect(shown.every((entry) => entry.platform === 'amazon')).toBe(true);
    expect(shown.find((entry) => entry.type === 'signal')!.text).toMatch(/couldn.t load your orders/i);
    await panel.screenshot(testInfo.outputPath('history-incident.png'), { fullPage: true });
    await poll(
      () => panel.evaluate(() => (document.querySelector('[data-control="report-preview"]') as HTMLTextAreaElement | null)?.value ?? ''),
      (text) => text.includes('Amazon'),
      { message: 'the Amazon incident’s report' },
    );

    // Back to the list: focus returns to the incident that was opened.
    await panel.click('[data-action="history-back"]');
    await panel.waitForSelector('[data-history]');
    await poll(() => panel.evaluate(() => document.activeElement?.getAttribute('data-history-incident') ?? null), (id) => id === String(earlierIncidentId), { message: 'focus back on the opened row' });
  });

  test('empty states say what to do: a clean back-office tab and an empty history', async ({ ext }) => {
    const tab = await ext.newPage();
    await tab.goto('https://seller.ozon.ru/app/postings/fbs');
    await ext.waitForTabState(tab, (state) => state.platform === 'ozon');
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, { viewport: { width: 480, height: 900 } });
    await panel.waitForSelector('[data-empty-state="ok"]');
    expect(await entries(panel)).toEqual([]);
    await panel.click('[data-view="history"]');
    await panel.waitForSelector('[data-empty-state="neutral"]');
    expect(await panel.evaluate(() => document.querySelectorAll('[data-history-incident]').length)).toBe(0);
  });

  test('text from a page is shown as text, never as markup', async ({ ext }) => {
    const tab = await openWithFault(ext, OZON_BANNER);
    const [banner] = await ext.waitForRows('signals', (signal) => signal.tabId === tab.tabId && signal.kind === 'banner');
    // A stored message that looks like markup (as a hostile page could word its banner), written
    // straight into the database before the panel opens.
    const markup = '<img src="x" id="injected" onerror="document.title=1"><b id="bold">Ошибка</b>';
    await ext.evalInExtension(
      async (_api, { row, message }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('seller-sos');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction('signals', 'readwrite');
          const { id: _id, ...rest } = row as unknown as Record<string, unknown>;
          transaction.objectStore('signals').add({ ...rest, message, fingerprint: 'banner:markup', firstAt: Date.now(), lastAt: Date.now() });
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error);
        });
        db.close();
      },
      { row: banner!, message: markup },
    );
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, { viewport: { width: 480, height: 900 } });
    const shown = await waitForEntries(panel, (list) => list.some((entry) => entry.text.includes('<b id="bold">')), 'the markup-like message, as text');
    expect(shown.find((entry) => entry.text.includes('<img'))!.text).toContain('onerror');
    expect(await panel.evaluate(() => document.querySelectorAll('#injected, #bold').length)).toBe(0);
  });
});
