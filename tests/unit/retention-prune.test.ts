// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { pruneEvidence, retentionPolicy } from '../../lib/background/retention';
import { SellerSosDatabase, type Capture } from '../../lib/db';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { Incident, Signal } from '../../lib/signals';

const MB = 1024 * 1024;
const DAY = 24 * 60 * 60 * 1000;
const NOW = 400 * DAY;

let db: SellerSosDatabase;
let counter = 0;
beforeEach(async () => {
  db = new SellerSosDatabase(`retention-${(counter += 1)}`);
  await db.open();
});

const incident = (lastAt: number, pinned = false): Incident => ({
  tabId: 1, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, openedAt: lastAt - 1_000, lastAt,
  status: 'resolved', severity: 'error', signalCount: 1, title: 't', pinned, resolvedAt: lastAt,
});
const signal = (incidentId: number, at: number): Signal => ({
  incidentId, tabId: 1, pageId: 'p', platform: 'ozon', host: 'seller.ozon.ru', kind: 'banner', severity: 'error', message: 'm',
  fingerprint: `f${at}`, url: 'https://seller.ozon.ru/', count: 1, firstAt: at, lastAt: at, clearedAt: null, details: {},
});
/** A capture of `bytes` stored bytes (the blobs themselves are small: retention counts `bytes`). */
const capture = (key: string, at: number, bytes: number, incidentId: number | null = null, pinned = false): Capture => ({
  key, incidentId, tabId: 1, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, at, trigger: 'shortcut', url: '', title: '',
  environment: { browser: 'b', browserVersion: '1', os: 'Linux', extensionVersion: '0.1.0', language: 'en', online: true, connectionType: null },
  bannerTexts: [], signalIds: [], masked: true, screenshot: new Blob([new Uint8Array(8)], { type: 'image/png' }), originalScreenshot: null, thumbnail: null,
  width: 1, height: 1, bytes, pinned, note: null,
});
const keys = async () => (await db.captures.orderBy('at').toArray()).map((row) => row.key);

describe('retention policy', () => {
  it('defaults to 500 MB and 60 days', () => {
    expect(retentionPolicy(DEFAULT_SETTINGS)).toEqual({ maxBytes: 500 * MB, maxAgeMs: 60 * DAY });
  });
});

describe('pruneEvidence: size', () => {
  it('deletes the oldest unpinned captures until the total is under the cap', async () => {
    await db.captures.bulkAdd([capture('a', NOW - 5, 200 * MB), capture('b', NOW - 4, 200 * MB, null, true), capture('c', NOW - 3, 200 * MB), capture('d', NOW - 2, 200 * MB)]);
    const report = await pruneEvidence(db, { maxBytes: 500 * MB, maxAgeMs: 60 * DAY }, NOW);
    // a (oldest) goes; b is pinned and stays; c goes; now 400 MB.
    expect(await keys()).toEqual(['b', 'd']);
    expect(report).toMatchObject({ deletedCaptures: 2, freedBytes: 400 * MB, totalBytes: 400 * MB, overCap: false });
  });

  it('never prunes the captures of a pinned incident, nor the one just taken', async () => {
    const pinned = (await db.incidents.add(incident(NOW, true))) as number;
    await db.captures.bulkAdd([capture('old-of-pinned', NOW - 9, 300 * MB, pinned), capture('old', NOW - 8, 300 * MB), capture('newest', NOW - 1, 300 * MB)]);
    const report = await pruneEvidence(db, { maxBytes: 100 * MB, maxAgeMs: 60 * DAY }, NOW, ['newest']);
    expect(await keys()).toEqual(['old-of-pinned', 'newest']);
    // What may not be pruned is alone above the cap: the seller has to be told.
    expect(report.overCap).toBe(true);
  });

  it('leaves everything when under the cap', async () => {
    await db.captures.bulkAdd([capture('a', NOW - 2, MB), capture('b', NOW - 1, MB)]);
    expect(await pruneEvidence(db, { maxBytes: 500 * MB, maxAgeMs: 60 * DAY }, NOW)).toMatchObject({ deletedCaptures: 0, totalBytes: 2 * MB });
    expect(await keys()).toEqual(['a', 'b']);
  });
});

describe('pruneEvidence: age', () => {
  it('deletes captures and incidents (with their signals) older than the limit, unless pinned', async () => {
    const old = (await db.incidents.add(incident(NOW - 61 * DAY))) as number;
    const oldPinned = (await db.incidents.add(incident(NOW - 90 * DAY, true))) as number;
    const oldWithPinnedCapture = (await db.incidents.add(incident(NOW - 70 * DAY))) as number;
    const recent = (await db.incidents.add(incident(NOW - DAY))) as number;
    for (const id of [old, oldPinned, oldWithPinnedCapture, recent]) await db.signals.add(signal(id, id));
    await db.captures.bulkAdd([
      capture('of-old', NOW - 61 * DAY, MB, old),
      capture('of-old-pinned', NOW - 90 * DAY, MB, oldPinned),
      capture('pinned-itself', NOW - 70 * DAY, MB, oldWithPinnedCapture, true),
      capture('old-loose', NOW - 65 * DAY, MB),
      capture('recent-of-old', NOW - DAY, MB, old),
      capture('recent', NOW - DAY, MB, recent),
    ]);
    const report = await pruneEvidence(db, { maxBytes: 500 * MB, maxAgeMs: 60 * DAY }, NOW);
    expect((await db.incidents.toArray()).map((row) => row.id).sort()).toEqual([oldPinned, oldWithPinnedCapture, recent].sort());
    expect((await db.signals.toArray()).map((row) => row.incidentId).sort()).toEqual([oldPinned, oldWithPinnedCapture, recent].sort());
    // A recent capture of an incident that ages out goes with it.
    expect((await keys()).sort()).toEqual(['of-old-pinned', 'pinned-itself', 'recent'].sort());
    expect(report).toMatchObject({ deletedIncidents: 1, deletedSignals: 1, deletedCaptures: 3 });
  });
});
