import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { storeStep, type StepTab } from '../../lib/background/checklist-store';
import { currentIncident } from '../../lib/checklist/incident';
import { networkDetails, probesFromDetails } from '../../lib/checklist/network';
import { hasPaymentFault, isPaymentSignal } from '../../lib/checklist/payment';
import { cookieHosts, siteDataDetails, siteDataRemovals, siteDomain } from '../../lib/checklist/site-data';
import { CHECKLIST_STEP_IDS, STEP_KINDS, latestByStep, outcomesFor } from '../../lib/checklist/steps';
import { SellerSosDatabase, type ChecklistStep } from '../../lib/db';
import type { ProbeResult } from '../../lib/diagnosis/types';
import { checklistRecordSchema, uiToBackgroundSchema } from '../../lib/messages';
import { matchHost, PLATFORM_RULES } from '../../lib/rules/catalog';
import type { Incident, Signal } from '../../lib/signals';
import { INCIDENT_WINDOW_MS } from '../../lib/signals';

/**
 * The guided checklist's logic: its order, where each step is stored, what "clear this
 * back-office's data" asks each browser to remove, the network figures, and when the payment
 * advice shows.
 */

describe('the checklist', () => {
  it("follows the field guides' order: the page, its stored data, the network, the account, then what only the seller can try", () => {
    expect(CHECKLIST_STEP_IDS).toEqual(['refresh', 'hard-reload', 'clear-site-data', 'network-check', 'sign-in-again', 'other-browser-device', 'other-network']);
    const kinds = CHECKLIST_STEP_IDS.map((step) => STEP_KINDS[step]);
    // Every action Seller SOS can do comes before the manual ticks.
    expect(kinds.lastIndexOf('action')).toBeLessThan(kinds.indexOf('manual'));
    expect(outcomesFor('sign-in-again')).toEqual(['helped', 'did-not-help']);
    expect(outcomesFor('refresh')).toContain('done');
  });

  it('shows the newest step of each item', () => {
    const step = (id: number, name: string, at: number, outcome: ChecklistStep['outcome']): ChecklistStep => ({
      id, incidentId: 1, tabId: 3, platform: 'ozon', host: 'seller.ozon.ru', at, step: name, outcome, details: {},
    });
    const latest = latestByStep([step(1, 'refresh', 10, 'done'), step(2, 'sign-in-again', 20, 'did-not-help'), step(3, 'sign-in-again', 30, 'helped'), step(4, 'refresh', 5, 'failed'), step(5, 'unknown', 50, 'done')]);
    expect(latest.get('refresh')?.id).toBe(1);
    expect(latest.get('sign-in-again')?.outcome).toBe('helped');
    expect([...latest.keys()]).not.toContain('unknown');
  });
});

describe('steps land in the tab’s current incident', () => {
  let db: SellerSosDatabase;
  let counter = 0;
  const ozon: StepTab = { tabId: 7, host: 'seller.ozon.ru', match: matchHost('seller.ozon.ru'), shopId: '1234567' };
  const incident = (overrides: Partial<Incident> = {}): Incident => ({
    tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, openedAt: 1_000, lastAt: 1_000, status: 'open', severity: 'error', signalCount: 2, title: 'Banner', pinned: false, resolvedAt: null, ...overrides,
  });
  beforeEach(async () => {
    db = new SellerSosDatabase(`checklist-${(counter += 1)}`);
    await db.open();
  });

  it('joins the open incident of the tab and platform, and keeps it current', async () => {
    const id = await db.incidents.add(incident());
    const stored = await storeStep(db, ozon, { step: 'refresh', outcome: 'done', details: { bypassCache: false }, at: 5_000 });
    expect(stored.incidentId).toBe(id);
    expect(await db.steps.toArray()).toEqual([
      { id: stored.id, incidentId: id, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', at: 5_000, step: 'refresh', outcome: 'done', details: { bypassCache: false } },
    ]);
    expect((await db.incidents.get(id))?.lastAt).toBe(5_000);
  });

  it('opens an incident with the tab’s platform and host when the tab has none (or only a stale or resolved one)', async () => {
    await db.incidents.add(incident({ lastAt: 1_000 }));
    await db.incidents.add(incident({ status: 'resolved', lastAt: 1_000 + INCIDENT_WINDOW_MS }));
    await db.incidents.add(incident({ tabId: 8, lastAt: 1_000 + INCIDENT_WINDOW_MS }));
    const at = 2_000 + INCIDENT_WINDOW_MS;
    const stored = await storeStep(db, ozon, { step: 'sign-in-again', outcome: 'helped', details: {}, at });
    const opened = await db.incidents.get(stored.incidentId!);
    expect(opened).toMatchObject({ tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', status: 'open', openedAt: at, lastAt: at, signalCount: 0 });
    expect(await db.incidents.count()).toBe(4);
    // The next step joins it.
    expect((await storeStep(db, ozon, { step: 'other-network', outcome: 'did-not-help', details: {}, at: at + 1 })).incidentId).toBe(stored.incidentId);
  });

  it('a tab that is not a back-office gets its step without an incident', async () => {
    const stored = await storeStep(db, { tabId: 9, host: null, match: undefined, shopId: null }, { step: 'network-check', outcome: 'done', details: {}, at: 1 });
    expect(stored.incidentId).toBeNull();
    expect(await db.incidents.count()).toBe(0);
    expect((await db.steps.get(stored.id))?.platform).toBeNull();
  });

  it('currentIncident picks the newest open one within the window', () => {
    const list = [incident({ id: 1, lastAt: 100 }), incident({ id: 2, lastAt: 300 }), incident({ id: 3, lastAt: 400, status: 'resolved' })];
    expect(currentIncident(list, 500)?.id).toBe(2);
    expect(currentIncident(list, 300 + INCIDENT_WINDOW_MS + 1)).toBeUndefined();
  });
});

describe('clearing one back-office’s data', () => {
  it('Chrome: the tab’s origin only, with every type that origins can limit', () => {
    expect(siteDataRemovals('chrome', 'seller.ozon.ru')).toEqual([
      {
        options: { origins: ['https://seller.ozon.ru'] },
        dataTypes: { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, fileSystems: true, cache: true },
      },
    ]);
  });

  it('Firefox: hostnames, never the HTTP cache (it cannot be limited to a site); cookies of the host and its parent domains', () => {
    const removals = siteDataRemovals('firefox', 'seller.shopee.co.th');
    expect(removals).toEqual([
      { options: { hostnames: ['seller.shopee.co.th', 'shopee.co.th', 'co.th'] }, dataTypes: { cookies: true } },
      { options: { hostnames: ['seller.shopee.co.th'] }, dataTypes: { localStorage: true, indexedDB: true, serviceWorkers: true } },
    ]);
    for (const removal of removals) expect(removal.dataTypes).not.toHaveProperty('cache');
  });

  it('never names a site other than the back-office’s own host and its parent domains, for every back-office host', () => {
    for (const rules of Object.values(PLATFORM_RULES)) {
      for (const { host } of rules.hosts) {
        for (const family of ['chrome', 'firefox'] as const) {
          for (const { options } of siteDataRemovals(family, host)) {
            const named = [...(options.origins ?? []).map((origin) => new URL(origin).hostname), ...(options.hostnames ?? [])];
            expect(named.length).toBeGreaterThan(0);
            for (const name of named) expect(host === name || host.endsWith(`.${name}`), `${family} ${host}: ${name}`).toBe(true);
            expect(options).not.toHaveProperty('since');
          }
        }
      }
    }
  });

  it('parent domains and the shared sign-in domain', () => {
    expect(cookieHosts('sellercentral-europe.amazon.com')).toEqual(['sellercentral-europe.amazon.com', 'amazon.com']);
    expect(siteDomain('seller.ozon.ru')).toBe('ozon.ru');
    expect(siteDomain('banhang.shopee.vn')).toBe('shopee.vn');
    expect(siteDataDetails('firefox', 'seller.ozon.ru')).toEqual({
      origin: 'https://seller.ozon.ru', limitedBy: 'hostnames', cookieScope: 'host-and-parent-domains', dataTypes: 'cookies,indexedDB,localStorage,serviceWorkers', httpCache: false,
    });
    expect(siteDataDetails('chrome', 'seller.ozon.ru')).toMatchObject({ limitedBy: 'origins', cookieScope: 'registrable-domain', httpCache: true });
  });
});

describe('network check figures', () => {
  const probe = (host: string, role: ProbeResult['role'], reachable: boolean, latencyMs: number, failure: ProbeResult['failure'] = null): ProbeResult => ({
    host, url: `https://${host}/`, role, reachable, latencyMs, status: reachable ? 204 : null, failure,
  });

  it('are flat details: online, each host’s time or null with the reason, and read back in order', () => {
    const details = networkDetails({
      online: true,
      at: 1,
      probes: [probe('seller.ozon.ru', 'platform', false, 5000, 'timeout'), probe('connectivitycheck.gstatic.com', 'neutral', true, 41), probe('detectportal.firefox.com', 'neutral', true, 57)],
    });
    expect(details).toEqual({
      online: true,
      platformHost: 'seller.ozon.ru',
      'ms:seller.ozon.ru': null,
      'failure:seller.ozon.ru': 'timeout',
      'ms:connectivitycheck.gstatic.com': 41,
      'status:connectivitycheck.gstatic.com': 204,
      'ms:detectportal.firefox.com': 57,
      'status:detectportal.firefox.com': 204,
    });
    expect(probesFromDetails(details)).toEqual([
      { host: 'seller.ozon.ru', latencyMs: null, failure: 'timeout' },
      { host: 'connectivitycheck.gstatic.com', latencyMs: 41, failure: null },
      { host: 'detectportal.firefox.com', latencyMs: 57, failure: null },
    ]);
    // They pass the message schema (details of a step are validated like signal details).
    expect(checklistRecordSchema.safeParse({ type: 'checklist/record', tabId: 1, step: 'network-check', outcome: 'done', details }).success).toBe(true);
  });
});

describe('payment advice', () => {
  const signal = (overrides: Partial<Signal>): Pick<Signal, 'kind' | 'message' | 'url' | 'details'> => ({ kind: 'banner', message: 'Something went wrong', url: 'https://seller.shopee.sg/portal/sale/order', details: {}, ...overrides });

  it('shows for orders unpaid past the payment window and for faults of the finance pages or calls', () => {
    expect(isPaymentSignal(signal({ kind: 'stuck-order', details: { reason: 'unpaid-too-long', orderId: '221122ABCD1234' } }))).toBe(true);
    expect(isPaymentSignal(signal({ kind: 'network-error', details: { path: '/api/v3/finance/income/list', status: 500 } }))).toBe(true);
    expect(isPaymentSignal(signal({ kind: 'slow-page', url: 'https://sellercentral.amazon.com/payments/dashboard' }))).toBe(true);
    expect(isPaymentSignal(signal({ message: 'Не удалось загрузить выплаты' }))).toBe(true);
    expect(isPaymentSignal(signal({ message: '支付状态异常' }))).toBe(true);
  });

  it('stays away for other faults', () => {
    expect(hasPaymentFault([signal({}), signal({ kind: 'stuck-order', details: { reason: 'deadline-passed' } }), signal({ kind: 'network-error', details: { path: '/api/v3/order/list', status: 429 } })])).toBe(false);
    expect(hasPaymentFault([])).toBe(false);
  });
});

describe('checklist messages', () => {
  it('accept known steps and outcomes only, with flat bounded details', () => {
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/record', tabId: 3, step: 'refresh', outcome: 'done' }).success).toBe(true);
    expect(checklistRecordSchema.parse({ type: 'checklist/record', tabId: 3, step: 'refresh', outcome: 'done' }).details).toEqual({});
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/record', tabId: 3, step: 'format-disk', outcome: 'done' }).success).toBe(false);
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/record', tabId: 3, step: 'refresh', outcome: 'great' }).success).toBe(false);
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/record', tabId: 3, step: 'refresh', outcome: 'done', details: { nested: { a: 1 } } }).success).toBe(false);
    const many = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`k${index}`, index]));
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/record', tabId: 3, step: 'refresh', outcome: 'done', details: many }).success).toBe(false);
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/clear-site-data', tabId: 3 }).success).toBe(true);
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/clear-site-data', tabId: 3, origins: ['https://example.com'] })).toMatchObject({ success: true, data: { type: 'checklist/clear-site-data', tabId: 3 } });
    expect(uiToBackgroundSchema.safeParse({ type: 'checklist/network-check', tabId: -1 }).success).toBe(false);
  });
});
