// @vitest-environment node
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CaptureStorageError, storeCapture } from '../../lib/background/capture-store';
import { forgetHeldMemory, MAX_HELD_BATCHES, storeSignalsOrHold } from '../../lib/background/signal-backlog';
import type { PageOrigin } from '../../lib/background/signal-store';
import { SellerSosDatabase, type Capture } from '../../lib/db';
import { matchHost } from '../../lib/rules/catalog';
import type { SignalDraft } from '../../lib/signals';
import { forgetStorageHealthMemory, isStorageFull, readStorageHealth, STORAGE_HEALTH_KEY } from '../../lib/storage-health';

/**
 * Quota exhausted (issue #9): writes refused with the browsers' real error name while "the disk is
 * full". Nothing already stored is lost, the seller-visible notice (storage.local storageHealth,
 * shown by components/StorageFullNotice.tsx in the popup and side panel) is set, new fault reports
 * are held and written once space is back, also across a service-worker restart.
 */

export let faultsInjected = 0;
const quotaError = () => {
  faultsInjected += 1;
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

let db: SellerSosDatabase;
let counter = 0;
let diskFull = false;

/** Every write of the tables the signal store and capture store use fails while `diskFull`. */
function failWritesWhileFull(): void {
  for (const table of [db.signals, db.incidents, db.captures]) {
    for (const method of ['add', 'update', 'put', 'bulkAdd'] as const) {
      const original = (table[method] as (...args: unknown[]) => unknown).bind(table);
      vi.spyOn(table, method).mockImplementation(((...args: unknown[]) => {
        if (diskFull) throw quotaError();
        return original(...args);
      }) as never);
    }
  }
}

const ORIGIN: PageOrigin = { tabId: 7, pageId: 'page-1', host: 'seller.ozon.ru', match: matchHost('seller.ozon.ru')!, shopId: '1234567' };
const draft = (fingerprint: string, at: number): SignalDraft => ({
  kind: 'network-error', severity: 'error', message: `POST /api/list → 500 (${fingerprint})`, fingerprint, url: 'https://seller.ozon.ru/app/postings/fbs', at, count: 1, live: false, details: { status: 500 },
});

async function snapshot() {
  return { incidents: await db.incidents.toArray(), signals: await db.signals.toArray(), captures: (await db.captures.toArray()).map(({ screenshot, thumbnail, ...rest }) => ({ ...rest, screenshot: screenshot?.size, thumbnail: thumbnail?.size })) };
}

beforeEach(async () => {
  fakeBrowser.reset();
  forgetHeldMemory();
  forgetStorageHealthMemory();
  diskFull = false;
  db = new SellerSosDatabase(`quota-${(counter += 1)}`);
  await db.open();
  failWritesWhileFull();
});
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

describe('fault reports while the disk is full', () => {
  it('keeps what is stored, tells the seller, holds new reports and writes them when space is back', async () => {
    const T = 1_763_000_000_000;
    const incidentId = await storeSignalsOrHold(db, ORIGIN, [draft('a', T), draft('b', T + 1)]);
    expect(incidentId).toBeGreaterThan(0);
    const before = await snapshot();
    expect(before.signals).toHaveLength(2);

    diskFull = true;
    // A repeat (update of an existing row) and a new fault (add): both refused, both held.
    expect(await storeSignalsOrHold(db, ORIGIN, [draft('a', T + 10)])).toBeNull();
    expect(await storeSignalsOrHold(db, ORIGIN, [draft('c', T + 20)])).toBeNull();
    expect(await snapshot()).toEqual(before);
    const health = await readStorageHealth();
    expect(health).toMatchObject({ full: true, area: 'signals', held: 2, dropped: 0 });

    // The service worker is stopped meanwhile: the held reports are in storage.session, not in its memory.
    forgetHeldMemory();
    forgetStorageHealthMemory();

    diskFull = false;
    expect(await storeSignalsOrHold(db, ORIGIN, [draft('d', T + 30)])).toBe(incidentId);
    const after = await db.signals.orderBy('id').toArray();
    expect(after.map((signal) => [signal.fingerprint, signal.count])).toEqual([['a', 2], ['b', 1], ['c', 1], ['d', 1]]);
    expect((await db.incidents.get(incidentId!))?.signalCount).toBe(4);
    expect(await readStorageHealth()).toBeNull();
    expect((await fakeBrowser.storage.local.get(STORAGE_HEALTH_KEY))[STORAGE_HEALTH_KEY]).toBeUndefined();
    expect((await fakeBrowser.storage.session.get('heldSignalBatches')).heldSignalBatches).toBeUndefined();
  });

  it('holds a bounded number of reports and counts the rest as dropped, never growing without end', async () => {
    diskFull = true;
    for (let index = 0; index < MAX_HELD_BATCHES + 25; index += 1) await storeSignalsOrHold(db, ORIGIN, [draft(`f${index}`, 1_000 + index)]);
    const health = await readStorageHealth();
    expect(health).toMatchObject({ full: true, held: MAX_HELD_BATCHES, dropped: 25 });
    expect(await db.signals.count()).toBe(0);
    diskFull = false;
    await storeSignalsOrHold(db, ORIGIN, [draft('after', 5_000)]);
    // The newest reports are the ones kept.
    expect(await db.signals.count()).toBe(MAX_HELD_BATCHES + 1);
    expect((await db.signals.toArray()).some((signal) => signal.fingerprint === 'f0')).toBe(false);
    expect(await readStorageHealth()).toBeNull();
  });

  it('an error that is not about space is thrown to the caller, and held reports are not lost to it', async () => {
    diskFull = true;
    await storeSignalsOrHold(db, ORIGIN, [draft('held', 1)]);
    diskFull = false;
    // The held report goes in first; the new one fails for another reason.
    let calls = 0;
    const original = vi.mocked(db.signals.add).getMockImplementation()!;
    vi.mocked(db.signals.add).mockImplementation(((...args: Parameters<typeof original>) => {
      calls += 1;
      if (calls === 2) throw new TypeError('DataCloneError-like failure');
      return original(...args);
    }) as never);
    await expect(storeSignalsOrHold(db, ORIGIN, [draft('bad', 2)])).rejects.toThrow(/DataCloneError-like/);
    expect((await db.signals.toArray()).map((signal) => signal.fingerprint)).toEqual(['held']);
    expect((await fakeBrowser.storage.session.get('heldSignalBatches')).heldSignalBatches).toBeUndefined();
  });
});

describe('evidence while the disk is full', () => {
  const MB = 1024 * 1024;
  const capture = (key: string, at: number): Capture => ({
    key, incidentId: null, tabId: 1, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, at, trigger: 'popup', url: '', title: '',
    environment: { browser: 'Chromium', browserVersion: '140', os: 'Linux', extensionVersion: '0.1.0', language: 'ru', online: true, connectionType: null },
    bannerTexts: [], signalIds: [], masked: true,
    screenshot: new Blob([new Uint8Array(64)], { type: 'image/png' }), originalScreenshot: null, thumbnail: new Blob([new Uint8Array(8)], { type: 'image/jpeg' }),
    width: 10, height: 10, bytes: 72, pinned: true, note: null,
  });

  it('a capture that cannot be stored at all fails with CaptureStorageError and leaves every stored capture as it was', async () => {
    await storeCapture(db, capture('kept-1', 1_000), { maxBytes: 500 * MB, maxAgeMs: 1e12 }, 2_000);
    await storeCapture(db, capture('kept-2', 1_500), { maxBytes: 500 * MB, maxAgeMs: 1e12 }, 2_000);
    const before = await snapshot();
    diskFull = true;
    await expect(storeCapture(db, capture('new', 1_800), { maxBytes: 500 * MB, maxAgeMs: 1e12 }, 2_000)).rejects.toBeInstanceOf(CaptureStorageError);
    expect(await snapshot()).toEqual(before);
    diskFull = false;
    const stored = await storeCapture(db, capture('new', 1_800), { maxBytes: 500 * MB, maxAgeMs: 1e12 }, 2_000);
    expect(stored).toMatchObject({ existed: false, storageFull: false });
    expect(await db.captures.count()).toBe(3);
  });

  it('recognises the browsers\' ways of saying the disk is full, and nothing else', () => {
    expect(isStorageFull(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isStorageFull({ name: 'AbortError', inner: new DOMException('x', 'QuotaExceededError') })).toBe(true);
    expect(isStorageFull({ name: 'NS_ERROR_FILE_NO_DEVICE_SPACE' })).toBe(true);
    expect(isStorageFull({ name: 'UnknownError', message: 'Not enough disk space' })).toBe(true);
    expect(isStorageFull(new DOMException('x', 'ConstraintError'))).toBe(false);
    expect(isStorageFull(new Error('quota'))).toBe(false);
    expect(isStorageFull(undefined)).toBe(false);
  });
});
