// @vitest-environment node
// Node's own Blob and WebCrypto: what the extension pages have, and what fake-indexeddb stores.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../lib/backup/export';
import { BACKUP_LIMITS, BackupError, sha256Hex, type BackupManifest } from '../../lib/backup/format';
import { importBackup } from '../../lib/backup/import';
import { SellerSosDatabase, type Capture } from '../../lib/db';
import type { Incident, Signal } from '../../lib/signals';

let counter = 0;
const freshDatabase = async () => {
  const db = new SellerSosDatabase(`backup-test-${(counter += 1)}`);
  await db.open();
  return db;
};

/** A PNG (signature + a few bytes: the import checks the signature, not the whole picture). */
const png = (seed: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, seed & 255, (seed >> 8) & 255, 1, 2, 3])], { type: 'image/png' });
const jpeg = (seed: number) => new Blob([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, seed & 255, 9, 9])], { type: 'image/jpeg' });

const incident = (tabId: number, openedAt: number, extra: Partial<Incident> = {}): Incident => ({
  tabId, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', openedAt, lastAt: openedAt + 1_000,
  status: 'open', severity: 'error', signalCount: 2, title: 'Не удалось загрузить отправления', pinned: false, resolvedAt: null, ...extra,
});
const signal = (incidentId: number, fingerprint: string, at: number): Signal => ({
  incidentId, tabId: 7, pageId: 'page-1', platform: 'ozon', host: 'seller.ozon.ru', kind: 'banner', severity: 'error',
  message: `banner ${fingerprint}`, fingerprint, url: 'https://seller.ozon.ru/app/postings/fbs', count: 3, firstAt: at, lastAt: at + 10, clearedAt: null, details: { inShadowRoot: false, code: 8 },
});
const capture = (key: string, incidentId: number | null, signalIds: number[], at: number, extra: Partial<Capture> = {}): Capture => {
  const screenshot = png(at);
  const thumbnail = jpeg(at);
  return {
    key, incidentId, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', at, trigger: 'shortcut',
    url: 'https://seller.ozon.ru/app/postings/fbs/23713478-0018-3', title: 'Отправление', bannerTexts: ['Не удалось загрузить'], signalIds, masked: true,
    environment: { browser: 'Chromium', browserVersion: '156.0', os: 'Linux · x86-64', extensionVersion: '0.1.0', language: 'ru', online: true, connectionType: '4g' },
    screenshot, originalScreenshot: null, thumbnail, width: 1280, height: 800, bytes: screenshot.size + thumbnail.size, pinned: false, note: null, ...extra,
  };
};

/** A database with two incidents, their signals and captures, and a row in every other table. */
async function seed(db: SellerSosDatabase): Promise<{ first: number; second: number }> {
  const first = (await db.incidents.add(incident(7, 1_000_000))) as number;
  const second = (await db.incidents.add(incident(8, 2_000_000, { platform: 'shopee', host: 'seller.shopee.sg', region: 'SG', pinned: true }))) as number;
  const a = (await db.signals.add(signal(first, 'banner:a', 1_000_100))) as number;
  const b = (await db.signals.add(signal(first, 'network-error:b', 1_000_200))) as number;
  const c = (await db.signals.add({ ...signal(second, 'banner:c', 2_000_100), platform: 'shopee', host: 'seller.shopee.sg' })) as number;
  await db.captures.add(capture('5d1c0c2e-0000-4000-8000-000000000001', first, [a, b], 1_000_300));
  const [edited, original, editedThumbnail] = [png(99), png(98), jpeg(97)];
  await db.captures.add(
    capture('5d1c0c2e-0000-4000-8000-000000000002', first, [a, c], 1_000_400, { originalScreenshot: original, screenshot: edited, thumbnail: editedThumbnail, bytes: edited.size + original.size + editedThumbnail.size, pinned: true }),
  );
  await db.captures.add(capture('5d1c0c2e-0000-4000-8000-000000000003', null, [], 1_000_500, { screenshot: null, thumbnail: null, bytes: 0, note: 'permission-needed' }));
  await db.orders.add({ platform: 'ozon', orderId: '23713478-0018-3', statusId: 'awaiting_packaging', statusLabel: 'Ожидает сборки', statusSince: 5, lastSeenAt: 10, listStatusId: 'awaiting_packaging', listSeenAt: 10, detailStatusId: null, detailSeenAt: null });
  await db.pageTimings.add({ platform: 'ozon', host: 'seller.ozon.ru', pathKey: '/app/postings/fbs', loadMs: 812.5, at: 1_000_050 });
  await db.steps.add({ incidentId: first, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', at: 1_000_600, step: 'refresh', outcome: 'did-not-help', details: { latencyMs: 120 } });
  await db.shipments.add({ platform: 'ozon', orderId: '23713478-0018-3', buyerReference: 'ref', carrier: 'Почта России', trackingNumber: 'RA123456789RU', shippedAt: 1_000_700, createdAt: 1_000_701, backfilledAt: null });
  return { first, second };
}

/** The database's content without its own numbering: what a round trip must keep. */
async function content(db: SellerSosDatabase) {
  const incidents = await db.incidents.toArray();
  const incidentOf = new Map(incidents.map((row) => [row.id, `${row.platform}|${row.openedAt}`]));
  const signals = await db.signals.toArray();
  const fingerprintOf = new Map(signals.map((row) => [row.id, row.fingerprint]));
  const bytes = async (blob: Blob | null) => (blob ? [blob.type, ...new Uint8Array(await blob.arrayBuffer())].join(',') : null);
  const captures = await Promise.all(
    (await db.captures.toArray()).map(async ({ id: _id, incidentId, signalIds, screenshot, originalScreenshot, thumbnail, ...rest }) => ({
      ...rest,
      incident: incidentId === null ? null : incidentOf.get(incidentId),
      signals: signalIds.map((id) => fingerprintOf.get(id)).sort(),
      screenshot: await bytes(screenshot),
      originalScreenshot: await bytes(originalScreenshot),
      thumbnail: await bytes(thumbnail),
    })),
  );
  const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    incidents: strip(incidents).sort((x, y) => x.openedAt - y.openedAt),
    signals: signals.map(({ id: _id, incidentId, ...rest }) => ({ ...rest, incident: incidentOf.get(incidentId) })).sort((x, y) => x.fingerprint.localeCompare(y.fingerprint)),
    captures: captures.sort((x, y) => x.key.localeCompare(y.key)),
    orders: await db.orders.toArray(),
    pageTimings: strip(await db.pageTimings.toArray()),
    steps: (await db.steps.toArray()).map(({ id: _id, incidentId, ...rest }) => ({ ...rest, incident: incidentId === null ? null : incidentOf.get(incidentId) })),
    shipments: strip(await db.shipments.toArray()),
  };
}

async function rowCount(db: SellerSosDatabase): Promise<number> {
  const counts = await Promise.all([db.incidents, db.signals, db.captures, db.orders, db.pageTimings, db.steps, db.shipments].map((table) => table.count()));
  return counts.reduce((sum, value) => sum + value, 0);
}

/** Rebuilds an exported archive with some files changed, keeping or fixing the manifest's checksums. */
async function rebuild(blob: Blob, change: (files: Record<string, Uint8Array>) => void | Promise<void>, { fixChecksums = true } = {}): Promise<Uint8Array> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  await change(files);
  if (fixChecksums && files['manifest.json']) {
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BackupManifest;
    manifest.files = {};
    for (const [name, bytes] of Object.entries(files)) if (name !== 'manifest.json') manifest.files[name] = { bytes: bytes.length, sha256: await sha256Hex(bytes) };
    files['manifest.json'] = strToU8(JSON.stringify(manifest));
  }
  return zipSync(files);
}

const editData = (edit: (data: Record<string, Record<string, unknown>[]>) => void) => (files: Record<string, Uint8Array>) => {
  const data = JSON.parse(new TextDecoder().decode(files['data.json'])) as Record<string, Record<string, unknown>[]>;
  edit(data);
  files['data.json'] = strToU8(JSON.stringify(data));
};

let source: SellerSosDatabase;
beforeEach(async () => {
  source = await freshDatabase();
});

describe('export and import', () => {
  it('round-trips every table, pictures byte for byte, and links remapped to the new numbering', async () => {
    await seed(source);
    const { blob, fileName, manifest } = await exportBackup(source, { now: Date.UTC(2026, 10, 21, 12, 30), extensionVersion: '0.1.0' });
    expect(fileName).toBe('seller-sos-backup-2026-11-21-12-30.zip');
    expect(manifest).toMatchObject({ format: 'seller-sos-backup', version: 2, scope: { kind: 'all' }, counts: { incidents: 2, signals: 3, captures: 3, orders: 1, pageTimings: 1, steps: 1, shipments: 1, authorisations: 0, postmortems: 0 } });
    expect(Object.keys(manifest.files).sort()).toEqual([
      'data.json',
      'originals/5d1c0c2e-0000-4000-8000-000000000002.png',
      'screenshots/5d1c0c2e-0000-4000-8000-000000000001.png',
      'screenshots/5d1c0c2e-0000-4000-8000-000000000002.png',
      'settings.json',
      'thumbnails/5d1c0c2e-0000-4000-8000-000000000001.jpg',
      'thumbnails/5d1c0c2e-0000-4000-8000-000000000002.jpg',
    ]);
    // Pictures are files of the archive, never data: URLs inside the JSON.
    const data = new TextDecoder().decode(unzipSync(new Uint8Array(await blob.arrayBuffer()))['data.json']);
    expect(data).not.toContain('data:image');

    const target = await freshDatabase();
    // Numbering differs in the target: a row is there already.
    await target.incidents.add(incident(99, 5));
    const report = await importBackup(target, blob);
    expect(report.added).toEqual({ incidents: 2, signals: 3, captures: 3, orders: 1, pageTimings: 1, steps: 1, shipments: 1, authorisations: 0, postmortems: 0 });
    expect(report.alreadyPresent).toBe(0);
    await target.incidents.where('tabId').equals(99).delete();
    expect(await content(target)).toEqual(await content(source));
  });

  it('importing the same file twice adds nothing the second time, and nothing into the database it came from', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const target = await freshDatabase();
    await importBackup(target, blob);
    const rowsAfterFirst = await rowCount(target);
    const second = await importBackup(target, blob);
    expect(Object.values(second.added).every((count) => count === 0)).toBe(true);
    expect(second.alreadyPresent).toBe(rowsAfterFirst);
    expect(await rowCount(target)).toBe(rowsAfterFirst);

    const before = await content(source);
    const intoSource = await importBackup(source, blob);
    expect(Object.values(intoSource.added).every((count) => count === 0)).toBe(true);
    expect(await content(source)).toEqual(before);
  });

  it('one incident: its signals, captures and steps, and the signals its captures list from elsewhere', async () => {
    const { first } = await seed(source);
    const { manifest, blob, fileName } = await exportBackup(source, { incidentId: first, extensionVersion: '0.1.0', now: 0 });
    expect(fileName).toMatch(/^seller-sos-incident-ozon-/);
    expect(manifest.scope).toEqual({ kind: 'incident', incident: 'ozon|seller.ozon.ru|7|1000000' });
    // The second capture lists signal c of the Shopee incident: it and its incident come along.
    expect(manifest.counts).toEqual({ incidents: 2, signals: 3, captures: 2, orders: 0, pageTimings: 0, steps: 1, shipments: 0, authorisations: 0, postmortems: 0 });
    const target = await freshDatabase();
    const report = await importBackup(target, blob);
    expect(report.added.captures).toBe(2);
    expect((await target.captures.toArray()).map((row) => row.key).sort()).toEqual(['5d1c0c2e-0000-4000-8000-000000000001', '5d1c0c2e-0000-4000-8000-000000000002']);
  });

  it('a later, larger export of the same data adds only what is new', async () => {
    const { first } = await seed(source);
    const { blob: early } = await exportBackup(source, { extensionVersion: '0.1.0' });
    await source.signals.add(signal(first, 'console-error:new', 1_000_900));
    await source.captures.add(capture('5d1c0c2e-0000-4000-8000-000000000004', first, [], 1_001_000));
    const { blob: late } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const target = await freshDatabase();
    await importBackup(target, early);
    const report = await importBackup(target, late);
    expect(report.added).toMatchObject({ incidents: 0, signals: 1, captures: 1 });
    const incidentRow = (await target.incidents.toArray()).find((row) => row.tabId === 7)!;
    expect(incidentRow.signalCount).toBe(3);
  });

  it('keeps the newer sighting of an order', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const target = await freshDatabase();
    await target.orders.add({ platform: 'ozon', orderId: '23713478-0018-3', statusId: 'delivering', statusLabel: 'Доставляется', statusSince: 50, lastSeenAt: 60, listStatusId: null, listSeenAt: null, detailStatusId: null, detailSeenAt: null });
    await importBackup(target, blob);
    expect((await target.orders.toArray())[0]?.statusId).toBe('delivering');
  });

  it('property: any database round-trips, and a second import adds nothing', async () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    const incidentArb = fc.record({ tabId: fc.integer({ min: 1, max: 5 }), openedAt: fc.integer({ min: 0, max: 1e12 }), title: text, pinned: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(incidentArb, { minLength: 1, maxLength: 4, selector: (row) => `${row.tabId}|${row.openedAt}` }), fc.array(fc.tuple(fc.nat(3), fc.string({ minLength: 1, maxLength: 20 }), text), { maxLength: 12 }), async (incidents, signals) => {
        const db = await freshDatabase();
        const ids: number[] = [];
        for (const row of incidents) ids.push((await db.incidents.add(incident(row.tabId, row.openedAt, { title: row.title, pinned: row.pinned }))) as number);
        const seen = new Set<string>();
        const signalIds: number[] = [];
        for (const [which, fingerprint, message] of signals) {
          const incidentId = ids[which % ids.length]!;
          if (seen.has(`${incidentId}|${fingerprint}`)) continue;
          seen.add(`${incidentId}|${fingerprint}`);
          signalIds.push((await db.signals.add({ ...signal(incidentId, fingerprint, 5), message })) as number);
        }
        await db.captures.add(capture(`k-${counter}`, ids[0]!, signalIds.slice(0, 3), 10));
        const { blob } = await exportBackup(db, { extensionVersion: '0.1.0' });
        const target = await freshDatabase();
        await importBackup(target, blob);
        expect(await content(target)).toEqual(await content(db));
        const again = await importBackup(target, blob);
        expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
      }),
      { numRuns: 15 },
    );
  });
});

describe('import refuses bad files with a clear reason and writes nothing', () => {
  async function expectRefused(file: Uint8Array | Blob, code: BackupError['code'], detail: RegExp) {
    const target = await freshDatabase();
    await target.incidents.add(incident(42, 42));
    const error = await importBackup(target, file).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe(code);
    expect((error as BackupError).detail).toMatch(detail);
    expect(await rowCount(target)).toBe(1);
  }

  it('not a ZIP at all', async () => {
    await expectRefused(strToU8('{"incidents": []}'), 'not-zip', /ZIP/);
  });

  it('a ZIP that is not a Seller SOS backup', async () => {
    await expectRefused(zipSync({ 'notes.txt': strToU8('hello') }), 'invalid', /unexpected file "notes.txt"/);
    await expectRefused(zipSync({ 'data.json': strToU8('{}') }), 'not-seller-sos', /no manifest/);
    await expectRefused(zipSync({ 'manifest.json': strToU8('{"format":"other"}') }), 'not-seller-sos', /format/);
  });

  it('a backup from a newer version', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const file = await rebuild(blob, (files) => {
      const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as BackupManifest;
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: 3 }));
    }, { fixChecksums: false });
    await expectRefused(file, 'newer-version', /version 3/);
  });

  it('a file changed after export (checksum), a truncated archive, a missing picture', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    await expectRefused(await rebuild(blob, editData((data) => void (data.incidents![0]!.title = 'changed')), { fixChecksums: false }), 'corrupt', /data.json does not match its checksum/);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    await expectRefused(bytes.slice(0, Math.floor(bytes.length / 2)), 'corrupt', /cannot be read/);
    await expectRefused(await rebuild(blob, (files) => void delete files['screenshots/5d1c0c2e-0000-4000-8000-000000000001.png']), 'corrupt', /screenshots\/5d1c0c2e-0000-4000-8000-000000000001.png .*missing/);
  });

  it('data that does not pass the schemas, or links to rows that are not there', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    await expectRefused(await rebuild(blob, editData((data) => void (data.incidents![0]!.platform = 'ebay'))), 'invalid', /incidents\.0\.platform/);
    await expectRefused(await rebuild(blob, editData((data) => void (data.signals![0]!.message = 'x'.repeat(5000)))), 'invalid', /signals\.0\.message/);
    await expectRefused(await rebuild(blob, editData((data) => void (data.captures![0]!.screenshot = '../../etc/passwd'))), 'invalid', /captures\.0\.screenshot/);
    await expectRefused(await rebuild(blob, editData((data) => void (data.signals![0]!.incidentId = 12345))), 'invalid', /incident 12345, which is not in the file/);
    await expectRefused(await rebuild(blob, editData((data) => void (data.captures![0]!.signalIds = [777]))), 'invalid', /signal 777, which is not in the file/);
    await expectRefused(await rebuild(blob, editData((data) => void data.captures!.push({ ...data.captures![0]!, id: 999 }))), 'invalid', /same id twice/);
  });

  it('a "picture" that is not one', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    await expectRefused(await rebuild(blob, (files) => void (files['screenshots/5d1c0c2e-0000-4000-8000-000000000001.png'] = strToU8('<script>alert(1)</script>'))), 'invalid', /not a PNG, JPEG or WebP/);
  });

  it('sizes are checked before anything is unpacked', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const limits = BACKUP_LIMITS as { dataBytes: number };
    const saved = limits.dataBytes;
    limits.dataBytes = 100;
    try {
      await expectRefused(blob, 'too-large', /data.json is \d+ bytes \(at most 100\)/);
    } finally {
      limits.dataBytes = saved;
    }
  });

  it('a failure while writing rolls everything back', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const target = await freshDatabase();
    const add = target.captures.add.bind(target.captures);
    let calls = 0;
    vi.spyOn(target.captures, 'add').mockImplementation((...args: Parameters<typeof add>) => {
      calls += 1;
      if (calls === 2) throw Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
      return add(...args);
    });
    await expect(importBackup(target, blob)).rejects.toThrow(/disk is full/);
    expect(await rowCount(target)).toBe(0);
  });
});
