// @vitest-environment node
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureStorageError, isStorageFull, storeCapture } from '../../lib/background/capture-store';
import { SellerSosDatabase, type Capture } from '../../lib/db';

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60 * 1000;
const POLICY = { maxBytes: 500 * MB, maxAgeMs: 60 * DAY };
const NOW = 100 * DAY;

let db: SellerSosDatabase;
let counter = 0;
beforeEach(async () => {
  db = new SellerSosDatabase(`capture-store-${(counter += 1)}`);
  await db.open();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const capture = (key: string, at: number, bytes = 2 * MB, pinned = false): Capture => ({
  key, incidentId: null, tabId: 1, platform: 'shopee', host: 'seller.shopee.sg', region: 'SG', shopId: '123456789', at, trigger: 'auto', url: '', title: '',
  environment: { browser: 'Firefox', browserVersion: '153.7.0', os: 'Linux', extensionVersion: '0.1.0', language: 'en', online: true, connectionType: null },
  bannerTexts: ['We couldn’t load your orders.'], signalIds: [], masked: true,
  screenshot: new Blob([new Uint8Array(64)], { type: 'image/png' }), originalScreenshot: null, thumbnail: new Blob([new Uint8Array(8)], { type: 'image/jpeg' }),
  width: 1280, height: 800, bytes, pinned, note: null,
});
const quotaError = () => Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), { name: 'QuotaExceededError' });

/** Makes captures.add fail with a quota error while `full(row)` says the row does not fit. */
function diskFullWhen(full: (row: Capture) => boolean) {
  const add = db.captures.add.bind(db.captures);
  return vi.spyOn(db.captures, 'add').mockImplementation((row: Capture, key?: unknown) => {
    if (full(row)) throw quotaError();
    return add(row, key as undefined);
  });
}

describe('storeCapture', () => {
  it('stores a capture once per key: a retried request finds the first', async () => {
    const first = await storeCapture(db, capture('k1', NOW), POLICY, NOW);
    const again = await storeCapture(db, { ...capture('k1', NOW + 5), bannerTexts: ['other'] }, POLICY, NOW);
    expect(again).toMatchObject({ id: first.id, existed: true });
    expect(await db.captures.count()).toBe(1);
  });

  it('disk full: makes room by pruning the oldest unpinned evidence, and keeps the new capture whole', async () => {
    await db.captures.bulkAdd([capture('old', NOW - 3 * DAY, 100 * MB), capture('pinned', NOW - 4 * DAY, 100 * MB, true), capture('recent', NOW - DAY, 100 * MB)]);
    // Full until the oldest unpinned capture is gone.
    const add = db.captures.add.bind(db.captures);
    vi.spyOn(db.captures, 'add').mockImplementation((async (row: Capture) => {
      if ((await db.captures.where('key').equals('old').count()) > 0) throw quotaError();
      return add(row);
    }) as never);
    const stored = await storeCapture(db, capture('new', NOW, 2 * MB), POLICY, NOW);
    expect(stored).toMatchObject({ existed: false, storageFull: false });
    expect(stored.capture.screenshot).not.toBeNull();
    expect((await db.captures.toArray()).map((row) => row.key).sort()).toEqual(['new', 'pinned', 'recent']);
  });

  it('disk full and nothing to prune: keeps the capture with its thumbnail, says storage is full', async () => {
    await db.captures.add(capture('pinned', NOW - DAY, 100 * MB, true));
    diskFullWhen((row) => row.screenshot !== null);
    const stored = await storeCapture(db, capture('new', NOW), POLICY, NOW);
    expect(stored).toMatchObject({ storageFull: true });
    const row = await db.captures.where('key').equals('new').first();
    expect(row).toMatchObject({ screenshot: null, note: 'storage-full', bannerTexts: ['We couldn’t load your orders.'] });
    expect(row!.thumbnail).toBeInstanceOf(Blob);
    expect(row!.bytes).toBe(8);
    expect(await db.captures.where('key').equals('pinned').count()).toBe(1);
  });

  it('no room even for the thumbnail: keeps the capture without pictures', async () => {
    diskFullWhen((row) => row.screenshot !== null || row.thumbnail !== null);
    const stored = await storeCapture(db, capture('new', NOW), POLICY, NOW);
    expect(stored.capture).toMatchObject({ screenshot: null, thumbnail: null, bytes: 0, note: 'storage-full' });
    expect(await db.captures.count()).toBe(1);
  });

  it('fails with CaptureStorageError only when not even the record fits; other errors pass through', async () => {
    diskFullWhen(() => true);
    await expect(storeCapture(db, capture('new', NOW), POLICY, NOW)).rejects.toBeInstanceOf(CaptureStorageError);
    vi.restoreAllMocks();
    vi.spyOn(db.captures, 'add').mockImplementation(() => {
      throw new TypeError('a bug');
    });
    await expect(storeCapture(db, capture('new', NOW), POLICY, NOW)).rejects.toThrow('a bug');
  });

  it('recognises the browsers’ ways of saying the disk is full', () => {
    expect(isStorageFull(quotaError())).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isStorageFull({ name: 'UnknownError', message: 'Not enough disk space' })).toBe(true);
    expect(isStorageFull({ name: 'ConstraintError' })).toBe(false);
  });
});
