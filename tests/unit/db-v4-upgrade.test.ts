import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SellerSosDatabase } from '../../lib/db';

/**
 * A v3 database with data opens at v4 with nothing lost: the v3 schema is declared here as it
 * was shipped, filled, closed, and reopened through the current SellerSosDatabase.
 */
describe('database v3 → v4', () => {
  it('keeps every v3 row and adds the authorisations and postmortems tables', async () => {
    const name = 'upgrade-v3-v4';
    const v3 = new Dexie(name);
    v3.version(1).stores({
      signals: '++id, incidentId, [incidentId+fingerprint], [tabId+pageId], platform, kind, lastAt',
      incidents: '++id, [tabId+platform], status, platform, lastAt',
      orders: '[platform+orderId], lastSeenAt',
      pageTimings: '++id, [platform+pathKey], at',
    });
    v3.version(2).stores({ captures: '++id, incidentId, tabId, at, pinned', steps: '++id, incidentId, tabId, at', shipments: '++id, [platform+orderId], backfilledAt, shippedAt' });
    v3.version(3).stores({ captures: '++id, &key, incidentId, tabId, at, pinned' });
    await v3.open();
    const rows = {
      incidents: { tabId: 1, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, openedAt: 1, lastAt: 2, status: 'open', severity: 'error', signalCount: 1, title: 'x', pinned: false, resolvedAt: null },
      signals: { incidentId: 1, tabId: 1, pageId: 'p', platform: 'ozon', host: 'seller.ozon.ru', kind: 'banner', severity: 'error', message: 'm', fingerprint: 'banner:1', url: 'u', count: 1, firstAt: 1, lastAt: 2, clearedAt: null, details: {} },
      orders: { platform: 'ozon', orderId: '1-1-1', statusId: 's', statusLabel: 'S', statusSince: 1, lastSeenAt: 2, listStatusId: null, listSeenAt: null, detailStatusId: null, detailSeenAt: null },
      pageTimings: { platform: 'ozon', host: 'h', pathKey: '/', loadMs: 100, at: 1 },
      captures: { key: 'k-123456789', incidentId: 1, tabId: 1, at: 1, pinned: false, screenshot: null, originalScreenshot: null },
      steps: { incidentId: 1, tabId: 1, platform: 'ozon', host: 'h', at: 1, step: 'refresh', outcome: 'done', details: {} },
      shipments: { platform: 'ozon', orderId: '1-1-1', buyerReference: 'b', carrier: 'c', trackingNumber: 't', shippedAt: 1, createdAt: 1, backfilledAt: null },
    } as const;
    for (const [table, row] of Object.entries(rows)) await v3.table(table).add(row);
    v3.close();

    const db = new SellerSosDatabase(name);
    await db.open();
    expect(db.verno).toBe(4);
    for (const [table, row] of Object.entries(rows)) expect(await db.table(table).toArray(), table).toEqual([expect.objectContaining(row)]);
    expect(await db.authorisations.count()).toBe(0);
    expect(await db.postmortems.count()).toBe(0);
    await db.postmortems.add({ incidentId: 1, platform: 'ozon', host: 'h', shopId: null, scenario: 'network', fingerprints: ['banner:1'], title: 't', cause: 'platform-fault', fixId: null, fixText: 'x', note: '', openedAt: 1, resolvedAt: 2, timeToResolveMs: 1 });
    await expect(db.postmortems.add({ incidentId: 1 } as never)).rejects.toThrow();
    db.close();
  });
});
