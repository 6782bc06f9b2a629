// @vitest-environment node
// Node's own Blob and structured clone: what fake-indexeddb stores, like the extension's origin does.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SellerSosDatabase, type Capture } from '../../lib/db';

/**
 * Dexie migrations (issue #9): a `seller-sos` database written by each earlier schema version,
 * with realistic rows of that version's shape, is opened by the current lib/db.ts; every row is
 * still there and the fields later versions added are filled.
 *
 * Each historical version is declared here exactly as it shipped, with plain Dexie — never by
 * importing lib/db.ts, which only knows the present. A new version of lib/db.ts is one more entry
 * in HISTORY (its stores, rows of its shape, and what its upgrade must fill), and every earlier
 * entry then also proves the path through the new upgrade.
 */

type Stores = Record<string, string>;
type Rows = Record<string, Record<string, unknown>[]>;

interface HistoricalVersion {
  version: number;
  /** The `stores()` this version declared (only what changed, as in lib/db.ts). */
  stores: Stores;
  /** Rows written by an extension running this version: only the fields it knew. */
  rows: Rows;
}

const png = (seed: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, seed, 1, 2, 3])], { type: 'image/png' });
const jpeg = (seed: number) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, seed, 9, 9])], { type: 'image/jpeg' });
const T = Date.UTC(2026, 9, 1, 9, 0);

const v1Rows: Rows = {
  incidents: [
    { tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', openedAt: T, lastAt: T + 60_000, status: 'open', severity: 'error', signalCount: 2, title: 'Не удалось загрузить отправления', pinned: false, resolvedAt: null },
    { tabId: 9, platform: 'shopee', host: 'seller.shopee.co.th', region: 'TH', shopId: null, openedAt: T - 86_400_000, lastAt: T - 86_000_000, status: 'resolved', severity: 'warning', signalCount: 1, title: 'Slow page', pinned: true, resolvedAt: T - 80_000_000 },
  ],
  signals: [
    { incidentId: 1, tabId: 7, pageId: 'p-1', platform: 'ozon', host: 'seller.ozon.ru', kind: 'network-error', severity: 'error', message: 'POST /api/posting-service/seller-ui/postings/fbs/list → 429 8: You have reached request rate limit per second', url: 'https://seller.ozon.ru/app/postings/fbs', firstAt: T, lastAt: T + 5_000, count: 14, fingerprint: 'network-error:1k2j3', clearedAt: null, details: { method: 'POST', status: 429, errorCode: '8', meaning: 'rate-limited' } },
    { incidentId: 1, tabId: 7, pageId: 'p-1', platform: 'ozon', host: 'seller.ozon.ru', kind: 'banner', severity: 'error', message: 'Не удалось загрузить данные', url: 'https://seller.ozon.ru/app/postings/fbs', firstAt: T + 10, lastAt: T + 10, count: 1, fingerprint: 'banner:9zz', clearedAt: T + 60_000, details: { inShadowRoot: false } },
    { incidentId: 2, tabId: 9, pageId: 'p-2', platform: 'shopee', host: 'seller.shopee.co.th', kind: 'slow-page', severity: 'warning', message: 'The page took 9.1 s (usual 2.0 s)', url: 'https://seller.shopee.co.th/portal/sale/order', firstAt: T - 86_400_000, lastAt: T - 86_400_000, count: 1, fingerprint: 'slow-page:x1', clearedAt: null, details: { loadMs: 9100, usualMs: 2000 } },
  ],
  orders: [
    { platform: 'ozon', orderId: '23713478-0018-3', statusId: 'awaiting_packaging', statusLabel: 'Ожидает сборки', statusSince: T - 3 * 86_400_000, lastSeenAt: T, listStatusId: 'awaiting_packaging', listSeenAt: T, detailStatusId: null, detailSeenAt: null },
    { platform: 'shopee', orderId: '2410150XYZ1234', statusId: 'READY_TO_SHIP', statusLabel: 'ที่ต้องจัดส่ง', statusSince: T - 86_400_000, lastSeenAt: T - 1_000, listStatusId: null, listSeenAt: null, detailStatusId: 'READY_TO_SHIP', detailSeenAt: T - 1_000 },
  ],
  pageTimings: [
    { platform: 'ozon', host: 'seller.ozon.ru', pathKey: '/app/postings/fbs', loadMs: 812.5, at: T - 5_000 },
    { platform: 'amazon', host: 'sellercentral.amazon.de', pathKey: '/orders-v3', loadMs: 1900, at: T - 4_000 },
  ],
};

/** v2 captures: no `key`, no `originalScreenshot` (both came with v3). */
const v2Capture = (incidentId: number | null, at: number, extra: Record<string, unknown> = {}) => {
  const screenshot = png(at % 200);
  const thumbnail = jpeg(at % 200);
  return {
    incidentId, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', at, trigger: 'popup',
    url: 'https://seller.ozon.ru/app/postings/fbs', title: 'FBS', bannerTexts: ['Не удалось загрузить данные'], signalIds: [1, 2], masked: true,
    environment: { browser: 'Chromium', browserVersion: '140.0', os: 'Windows 11', extensionVersion: '0.1.0', language: 'ru', online: true, connectionType: '4g' },
    screenshot, thumbnail, width: 1280, height: 800, bytes: screenshot.size + thumbnail.size, pinned: false, note: null, ...extra,
  };
};

const v2Rows: Rows = {
  ...v1Rows,
  captures: [v2Capture(1, T + 1), v2Capture(1, T + 2, { pinned: true, trigger: 'shortcut' }), v2Capture(null, T + 3, { screenshot: null, thumbnail: null, bytes: 0, note: 'permission-needed' })],
  steps: [
    { incidentId: 1, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', at: T + 100, step: 'refresh', outcome: 'did-not-help', details: {} },
    { incidentId: 1, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', at: T + 200, step: 'network-check', outcome: 'done', details: { online: true, 'latency:seller.ozon.ru': 120 } },
  ],
  shipments: [
    { platform: 'ozon', orderId: '23713478-0018-3', buyerReference: 'ref-1', carrier: 'Почта России', trackingNumber: 'RA123456789RU', shippedAt: T + 300, createdAt: T + 301, backfilledAt: null },
  ],
};

const v3Rows: Rows = {
  ...v2Rows,
  captures: [
    { ...v2Capture(1, T + 1), key: '5d1c0c2e-0000-4000-8000-000000000001', originalScreenshot: null },
    { ...v2Capture(1, T + 2), key: '5d1c0c2e-0000-4000-8000-000000000002', originalScreenshot: png(77) },
  ],
};

const v4Rows: Rows = {
  ...v3Rows,
  authorisations: [
    { platform: 'amazon', kind: 'amazon-sp-api', label: 'SP-API for the ERP', grantedAt: T, expiresAt: T + 365 * 86_400_000, createdAt: T },
  ],
  postmortems: [
    {
      incidentId: 1, platform: 'ozon', host: 'seller.ozon.ru', shopId: null, scenario: 'api-connection', fingerprints: ['network-error:1k2j3'],
      title: 'API calls failing', cause: 'account-authorisation', fixId: null, fixText: 'Re-issued the API key', note: '',
      openedAt: T, resolvedAt: T + 3_600_000, timeToResolveMs: 3_600_000,
    },
  ],
};

/** Every schema version lib/db.ts has shipped, oldest first. A new version: one more entry. */
const HISTORY: HistoricalVersion[] = [
  {
    version: 1,
    stores: {
      signals: '++id, incidentId, [incidentId+fingerprint], [tabId+pageId], platform, kind, lastAt',
      incidents: '++id, [tabId+platform], status, platform, lastAt',
      orders: '[platform+orderId], lastSeenAt',
      pageTimings: '++id, [platform+pathKey], at',
    },
    rows: v1Rows,
  },
  {
    version: 2,
    stores: {
      captures: '++id, incidentId, tabId, at, pinned',
      steps: '++id, incidentId, tabId, at',
      shipments: '++id, [platform+orderId], backfilledAt, shippedAt',
    },
    rows: v2Rows,
  },
  {
    version: 3,
    stores: { captures: '++id, &key, incidentId, tabId, at, pinned' },
    rows: v3Rows,
  },
  {
    version: 4,
    stores: {
      authorisations: '++id, platform, expiresAt',
      postmortems: '++id, &incidentId, [platform+scenario], *fingerprints, resolvedAt',
    },
    rows: v4Rows,
  },
];

/** A database exactly as version `upTo` left it, with that version's rows; returns the rows with their ids. */
async function historicalDatabase(name: string, upTo: number): Promise<Rows> {
  const old = new Dexie(name);
  for (const entry of HISTORY.filter((candidate) => candidate.version <= upTo)) old.version(entry.version).stores(entry.stores);
  await old.open();
  const { rows } = HISTORY.find((entry) => entry.version === upTo)!;
  const written: Rows = {};
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, list] of Object.entries(rows)) {
      written[table] = [];
      for (const row of list) {
        const primaryKey = await old.table(table).add(row);
        written[table].push(typeof primaryKey === 'number' ? { ...row, id: primaryKey } : row);
      }
    }
  });
  expect(old.verno).toBe(upTo);
  old.close();
  return written;
}

/** Blobs are compared by type and bytes. */
async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value && typeof value === 'object') return Object.fromEntries(await Promise.all(Object.entries(value).map(async ([key, child]) => [key, await comparable(child)])));
  return value;
}

let counter = 0;
const CURRENT = new SellerSosDatabase('probe-version').verno;

describe.each(HISTORY.map((entry) => entry.version))('a database written by schema version %i', (version) => {
  it('opens with the current lib/db.ts with every row kept and the newer fields filled', async () => {
    const name = `migration-v${version}-${(counter += 1)}`;
    const written = await historicalDatabase(name, version);

    const db = new SellerSosDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT);

    for (const [table, rows] of Object.entries(written)) {
      const stored = await db.table(table).toArray();
      expect(stored, `table ${table}`).toHaveLength(rows.length);
      for (const row of rows) {
        const id = row.id ?? [row.platform, row.orderId];
        const current = (await db.table(table).get(id as never)) as Record<string, unknown> | undefined;
        expect(current, `${table} ${JSON.stringify(id)}`).toBeDefined();
        // Every field the old version wrote is still there, unchanged.
        const kept = Object.fromEntries(Object.keys(row).map((field) => [field, current![field]]));
        expect(await comparable(kept)).toEqual(await comparable(row));
      }
    }

    // What later versions added is filled for rows written before them.
    const captures = (await db.captures.toArray()) as Capture[];
    for (const capture of captures) {
      expect(capture.key, `capture ${capture.id} key`).toMatch(/^[A-Za-z0-9-]{1,64}$/);
      expect(capture.originalScreenshot === null || capture.originalScreenshot instanceof Blob).toBe(true);
    }
    if (version < 3) {
      expect(captures.map((capture) => capture.key)).toEqual(captures.map((capture) => `legacy-${capture.id}`));
      expect(captures.every((capture) => capture.originalScreenshot === null)).toBe(true);
    }

    // The database works after the upgrade: the unique key holds, indexes answer, writes go in.
    expect(await db.captures.where('key').equals(captures[0]?.key ?? 'none').count()).toBe(captures.length ? 1 : 0);
    if (captures[0]) await expect(db.captures.add({ ...captures[0], id: undefined })).rejects.toThrow();
    expect(await db.signals.where('[incidentId+fingerprint]').equals([1, 'network-error:1k2j3']).count()).toBe(1);
    expect(await db.orders.where('[platform+orderId]').equals(['ozon', '23713478-0018-3']).count()).toBe(1);
    // One post-mortem per incident (v4's unique index), whatever version the database came from.
    const postmortem = { ...(v4Rows.postmortems![0] as object), id: undefined, incidentId: 999 };
    await db.postmortems.add(postmortem as never);
    await expect(db.postmortems.add({ ...postmortem } as never)).rejects.toThrow();
    const newId = await db.signals.add({ ...(written.signals![0] as object), id: undefined, fingerprint: 'after-upgrade' } as never);
    expect(newId).toBeGreaterThan(written.signals!.length);
    db.close();
  });
});

describe('the history itself', () => {
  it('ends at the version lib/db.ts declares now (add the new version to HISTORY)', () => {
    expect(HISTORY.at(-1)!.version).toBe(CURRENT);
    expect(HISTORY.map((entry) => entry.version)).toEqual(HISTORY.map((_, index) => index + 1));
  });
});
