import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { rememberOrders } from '../../lib/background/order-memory';
import { recordPageTiming } from '../../lib/background/page-timings';
import { clearPagesOfTab, clearSignals, openFaultCount, storeSignals, type PageOrigin } from '../../lib/background/signal-store';
import { SellerSosDatabase } from '../../lib/db';
import { matchHost } from '../../lib/rules/catalog';
import type { SignalDraft } from '../../lib/signals';
import { INCIDENT_WINDOW_MS } from '../../lib/signals';

let db: SellerSosDatabase;
let counter = 0;
const origin = (pageId = 'p1', tabId = 7): PageOrigin => ({ tabId, pageId, host: 'seller.ozon.ru', match: matchHost('seller.ozon.ru')!, shopId: '1234567' });
const draft = (fingerprint: string, at = 1_000, extra: Partial<SignalDraft> = {}): SignalDraft => ({
  kind: 'banner', severity: 'error', message: `banner ${fingerprint}`, fingerprint, url: 'https://seller.ozon.ru/app', at, count: 1, live: true, details: {}, ...extra,
});

beforeEach(async () => {
  db = new SellerSosDatabase(`test-${(counter += 1)}`);
  await db.open();
});

describe('signal store', () => {
  it('a repeated identical signal increments count instead of adding a row', async () => {
    await storeSignals(db, origin(), [draft('a', 1_000, { live: false })]);
    await storeSignals(db, origin(), [draft('a', 2_000, { count: 41, live: false })]);
    const rows = await db.signals.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ count: 42, firstAt: 1_000, lastAt: 2_000, platform: 'ozon', tabId: 7 });
  });

  it('a live fault re-read on the same page is one occurrence; seen again on a new page, two', async () => {
    await storeSignals(db, origin('p1'), [draft('row')]);
    await storeSignals(db, origin('p1'), [draft('row', 2_000)]);
    expect((await db.signals.toArray())[0]?.count).toBe(1);
    await storeSignals(db, origin('p2'), [draft('row', 3_000)]);
    expect((await db.signals.toArray())[0]).toMatchObject({ count: 2, pageId: 'p2' });
  });

  it('groups a tab and platform within the window into one incident, and starts a new one after', async () => {
    const first = await storeSignals(db, origin(), [draft('a', 1_000)]);
    const second = await storeSignals(db, origin(), [draft('b', 1_000 + INCIDENT_WINDOW_MS - 1)]);
    const third = await storeSignals(db, origin(), [draft('c', 1_000 + 3 * INCIDENT_WINDOW_MS)]);
    const otherTab = await storeSignals(db, origin('p9', 8), [draft('a', 1_000)]);
    expect(second).toBe(first);
    expect(third).not.toBe(first);
    expect(otherTab).not.toBe(first);
    const incident = await db.incidents.get(first);
    expect(incident).toMatchObject({ signalCount: 2, severity: 'error', shopId: '1234567', platform: 'ozon', status: 'open' });
  });

  it('counts open faults of the current page, and clears them', async () => {
    await storeSignals(db, origin('p1'), [draft('a'), draft('b'), draft('info', 1_000, { severity: 'info' })]);
    expect(await openFaultCount(db, 7, 'p1')).toBe(2);
    await clearSignals(db, 7, 'p1', ['a'], 5_000);
    expect(await openFaultCount(db, 7, 'p1')).toBe(1);
    await storeSignals(db, origin('p2'), [draft('c')]);
    await clearPagesOfTab(db, 7, 'p2', 6_000);
    expect(await openFaultCount(db, 7, 'p1')).toBe(0);
    expect(await openFaultCount(db, 7, 'p2')).toBe(1);
  });

  it('stays bounded under a flood of repeats', async () => {
    for (let batch = 0; batch < 50; batch += 1) {
      await storeSignals(db, origin(), Array.from({ length: 20 }, (_, index) => draft(`f${index}`, 1_000 + batch, { count: 500, live: false })));
    }
    expect(await db.signals.count()).toBe(20);
    expect((await db.signals.toArray()).every((signal) => signal.count === 25_000)).toBe(true);
  });
});

describe('order memory', () => {
  const rules = matchHost('seller.ozon.ru')!.rules;
  const HOUR = 3_600_000;

  it('notices a status unchanged for longer than normal across visits', async () => {
    const sighting = { orderId: '23713478-0018-3', statusId: 'awaiting_packaging', statusLabel: 'Ожидает сборки', view: 'list' as const };
    expect(await rememberOrders(db, rules, [sighting], 'u', 0)).toEqual([]);
    expect(await rememberOrders(db, rules, [sighting], 'u', 10 * HOUR)).toEqual([]);
    const stuck = await rememberOrders(db, rules, [sighting], 'u', 72 * HOUR);
    expect(stuck).toHaveLength(1);
    expect(stuck[0]).toMatchObject({ kind: 'stuck-order', details: { reason: 'status-unchanged', hours: 72 } });
    // A status change restarts the clock.
    expect(await rememberOrders(db, rules, [{ ...sighting, statusId: 'delivering', statusLabel: 'Доставляется' }], 'u', 73 * HOUR)).toEqual([]);
  });

  it('notices a list and a detail page that disagree', async () => {
    await rememberOrders(db, rules, [{ orderId: '11111111-0001-1', statusId: 'awaiting_packaging', statusLabel: 'Ожидает сборки', view: 'list' }], 'u', 1_000);
    const drafts = await rememberOrders(db, rules, [{ orderId: '11111111-0001-1', statusId: 'delivering', statusLabel: 'Доставляется', view: 'detail' }], 'u', 60_000);
    expect(drafts.map((signal) => signal.details.reason)).toContain('list-detail-mismatch');
  });
});

describe('page timings', () => {
  it('flags a load much slower than the seller\'s usual time for that page', async () => {
    for (let index = 0; index < 6; index += 1) expect(await recordPageTiming(db, 'ozon', 'seller.ozon.ru', '/app/postings/fbs', 1_200 + index * 10, 'u', index)).toBeNull();
    expect(await recordPageTiming(db, 'ozon', 'seller.ozon.ru', '/app/postings/fbs', 1_500, 'u', 10)).toBeNull();
    const slow = await recordPageTiming(db, 'ozon', 'seller.ozon.ru', '/app/postings/fbs', 9_000, 'u', 11);
    expect(slow).toMatchObject({ kind: 'slow-page', details: { loadMs: 9_000 } });
  });
});
