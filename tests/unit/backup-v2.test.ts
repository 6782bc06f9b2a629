// @vitest-environment node
// Node's own Blob and WebCrypto: what the extension pages have, and what fake-indexeddb stores.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePreventionMessage } from '../../lib/background/prevention';
import { exportBackup } from '../../lib/backup/export';
import { sha256Hex, type BackupManifest } from '../../lib/backup/format';
import { importBackup } from '../../lib/backup/import';
import { restoreBackup } from '../../lib/backup/restore';
import { database, SellerSosDatabase } from '../../lib/db';
import type { PostMortem } from '../../lib/postmortem/types';
import type { Authorisation } from '../../lib/reminders/authorisations';
import { ALARM_PREFIX } from '../../lib/reminders/schedule';
import { loadReminderState, REMINDER_STATE_KEY } from '../../lib/reminders/store';
import { loadSettings, saveSettings, SETTINGS_STORAGE_KEY } from '../../lib/settings';
import type { Incident } from '../../lib/signals';

/**
 * Backup format 2: authorisations, post-mortems, settings and reminder state travel with the
 * evidence; format-1 files (tests/fixtures/backups/seller-sos-backup-v1.zip, written by the
 * format-1 exporter of commit dddf889) still import; importing twice adds nothing twice.
 */

let counter = 0;
const freshDatabase = async () => {
  const db = new SellerSosDatabase(`backup-v2-${(counter += 1)}`);
  await db.open();
  return db;
};

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 10, 22, 4, 0);

const incident = (tabId: number, openedAt: number, extra: Partial<Incident> = {}): Incident => ({
  tabId, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', openedAt, lastAt: openedAt + 1_000,
  status: 'resolved', severity: 'error', signalCount: 0, title: 'Не удалось загрузить отправления', pinned: false, resolvedAt: openedAt + 3_600_000, ...extra,
});
const postmortem = (incidentId: number, openedAt: number, extra: Partial<PostMortem> = {}): PostMortem => ({
  incidentId, platform: 'ozon', host: 'seller.ozon.ru', shopId: '1234567', scenario: 'order-processing', fingerprints: ['banner:ozon-load', 'network-error:502'],
  title: 'Не удалось загрузить отправления', cause: 'platform-fault', fixId: null, fixText: 'Waited for Ozon to fix the API', note: 'status page said so',
  openedAt, resolvedAt: openedAt + 3_600_000, timeToResolveMs: 3_600_000, ...extra,
});
const spApi: Omit<Authorisation, 'id'> = { platform: 'amazon', kind: 'amazon-sp-api', label: 'SP-API for MyERP', grantedAt: NOW - 300 * DAY, expiresAt: NOW + 65 * DAY, createdAt: NOW - 300 * DAY };
const ozonKey: Omit<Authorisation, 'id'> = { platform: 'ozon', kind: 'ozon-api-key', label: 'Ozon key', grantedAt: null, expiresAt: NOW + 20 * DAY, createdAt: NOW - DAY };

/** Two resolved incidents with post-mortems, one open without, two authorisations, shops and reminder settings. */
async function seed(db: SellerSosDatabase): Promise<{ first: number; second: number; third: number }> {
  const first = (await db.incidents.add(incident(7, 1_000_000))) as number;
  const second = (await db.incidents.add(incident(8, 2_000_000, { platform: 'shopee', host: 'seller.shopee.sg', region: 'SG' }))) as number;
  const third = (await db.incidents.add(incident(9, 3_000_000, { status: 'open', resolvedAt: null }))) as number;
  await db.postmortems.add(postmortem(first, 1_000_000));
  await db.postmortems.add(postmortem(second, 2_000_000, { platform: 'shopee', host: 'seller.shopee.sg', shopId: null, scenario: 'none', fingerprints: [], cause: 'own-network-device', fixId: 'network-check', fixText: '' }));
  await db.authorisations.add(spApi);
  await db.authorisations.add(ozonKey);
  await saveSettings({ language: 'ru', weeklyCheckReminder: true, backupReminderDays: 7, shops: { ozon: [{ id: '1234567', name: 'Main store' }], shopee: [], amazon: [{ id: 'A1B2C3D4E5', name: 'EU' }] } });
  await fakeBrowser.storage.local.set({ [REMINDER_STATE_KEY]: { weeklyCheckAnchor: NOW - 2 * DAY, backupAnchor: NOW - 3 * DAY } });
  return { first, second, third };
}

/** Post-mortems and authorisations without this database's numbering; post-mortems named by their incident. */
async function reviewContent(db: SellerSosDatabase) {
  const incidents = new Map((await db.incidents.toArray()).map((row) => [row.id, `${row.platform}|${row.tabId}|${row.openedAt}`]));
  return {
    postmortems: (await db.postmortems.toArray()).map(({ id: _id, incidentId, ...rest }) => ({ ...rest, incident: incidents.get(incidentId) })).sort((x, y) => x.openedAt - y.openedAt),
    authorisations: (await db.authorisations.toArray()).map(({ id: _id, ...rest }) => rest).sort((x, y) => x.expiresAt - y.expiresAt),
  };
}

/** Rebuilds an archive with `change` applied and the manifest's file list made to match. */
async function rebuild(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  change(files);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BackupManifest;
  manifest.files = {};
  for (const [name, content] of Object.entries(files)) if (name !== 'manifest.json') manifest.files[name] = { bytes: content.length, sha256: await sha256Hex(content) };
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

let source: SellerSosDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  source = await freshDatabase();
});

describe('format 2 round trip', () => {
  it('carries post-mortems (linked to their incidents under the new numbering), authorisations, settings and reminder state', async () => {
    await seed(source);
    const { blob, manifest } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    expect(manifest.version).toBe(2);
    expect(manifest.counts).toMatchObject({ incidents: 3, postmortems: 2, authorisations: 2 });
    expect(Object.keys(manifest.files)).toContain('settings.json');
    const settingsFile = JSON.parse(strFromU8(unzipSync(await bytesOf(blob))['settings.json']!)) as { settings: Record<string, unknown>; reminders: unknown };
    expect(settingsFile.settings).toMatchObject({ language: 'ru', weeklyCheckReminder: true, backupReminderDays: 7 });
    expect(settingsFile.reminders).toEqual({ weeklyCheckAnchor: NOW - 2 * DAY, backupAnchor: NOW - 3 * DAY });

    // A new computer: nothing saved, and the numbering differs.
    fakeBrowser.reset();
    const target = await freshDatabase();
    await target.incidents.add(incident(99, 5));
    await target.incidents.add(incident(98, 6));
    const report = await importBackup(target, blob);
    expect(report.added).toMatchObject({ incidents: 3, postmortems: 2, authorisations: 2 });
    expect(report.settings).toBe('restored');
    expect(report.settingsSkipped).toEqual([]);
    await target.incidents.where('tabId').anyOf(98, 99).delete();
    expect(await reviewContent(target)).toEqual(await reviewContent(source));
    // The link is to the right row, not just to some incident.
    for (const row of await target.postmortems.toArray()) expect((await target.incidents.get(row.incidentId))?.openedAt).toBe(row.openedAt);

    const settings = await loadSettings();
    expect(settings).toMatchObject({ language: 'ru', weeklyCheckReminder: true, backupReminderDays: 7 });
    expect(settings.shops.amazon).toEqual([{ id: 'A1B2C3D4E5', name: 'EU' }]);
    expect(await loadReminderState()).toEqual({ weeklyCheckAnchor: NOW - 2 * DAY, backupAnchor: NOW - 3 * DAY });
  });

  it('importing the same file twice adds nothing twice; into its own database, nothing at all', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    fakeBrowser.reset();
    const target = await freshDatabase();
    await importBackup(target, blob);
    const storedAfterFirst = await fakeBrowser.storage.local.get(null);
    const second = await importBackup(target, blob);
    expect(Object.values(second.added).every((count) => count === 0)).toBe(true);
    expect(second.settings).toBe('unchanged');
    expect(await target.postmortems.count()).toBe(2);
    expect(await target.authorisations.count()).toBe(2);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(storedAfterFirst);

    const before = await reviewContent(source);
    const intoSource = await importBackup(source, blob);
    expect(Object.values(intoSource.added).every((count) => count === 0)).toBe(true);
    expect(await reviewContent(source)).toEqual(before);
  });

  it('a post-mortem written here for the same incident stays; an authorisation is the same by platform, kind, label and expiry', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    const target = await freshDatabase();
    const here = (await target.incidents.add(incident(7, 1_000_000))) as number;
    await target.postmortems.add(postmortem(here, 1_000_000, { cause: 'third-party-tool', fixText: 'written here' }));
    // Same label, later expiry: renewed, so a different authorisation.
    await target.authorisations.add({ ...spApi, expiresAt: spApi.expiresAt + 365 * DAY });
    await target.authorisations.add({ ...ozonKey, createdAt: 1 });
    const report = await importBackup(target, blob);
    expect(report.added).toMatchObject({ incidents: 2, postmortems: 1, authorisations: 1 });
    expect((await target.postmortems.where('incidentId').equals(here).first())?.fixText).toBe('written here');
    expect((await target.authorisations.toArray()).map((row) => `${row.label}|${row.expiresAt - NOW}`).sort()).toEqual([`Ozon key|${20 * DAY}`, `SP-API for MyERP|${430 * DAY}`, `SP-API for MyERP|${65 * DAY}`].sort());
  });

  it('one incident: its post-mortem comes along; authorisations and settings do not', async () => {
    const { first } = await seed(source);
    const { blob, manifest } = await exportBackup(source, { incidentId: first, extensionVersion: '0.2.0', now: NOW });
    expect(manifest.counts).toMatchObject({ incidents: 1, postmortems: 1, authorisations: 0 });
    expect(Object.keys(manifest.files)).not.toContain('settings.json');
    await saveSettings({ language: 'en' });
    const target = await freshDatabase();
    const report = await importBackup(target, blob);
    expect(report.settings).toBe('absent');
    expect(report.added).toMatchObject({ incidents: 1, postmortems: 1, authorisations: 0 });
    expect((await loadSettings()).language).toBe('en');
  });
});

describe('settings are merged, never overriding choices made here', () => {
  it('with settings saved here: shops of the file are added (names here kept), other settings stay, reminder state keeps the later date', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    fakeBrowser.reset();
    await saveSettings({ language: 'zh_CN', shops: { ozon: [{ id: '1234567', name: 'My name here' }], shopee: [{ id: 'SG12345', name: 'SG' }], amazon: [] } });
    await fakeBrowser.storage.local.set({ [REMINDER_STATE_KEY]: { weeklyCheckAnchor: NOW - DAY, backupAnchor: null } });
    const report = await importBackup(await freshDatabase(), blob);
    expect(report.settings).toBe('merged');
    const settings = await loadSettings();
    expect(settings.language).toBe('zh_CN');
    expect(settings.weeklyCheckReminder).toBe(false);
    expect(settings.shops).toEqual({ ozon: [{ id: '1234567', name: 'My name here' }], shopee: [{ id: 'SG12345', name: 'SG' }], amazon: [{ id: 'A1B2C3D4E5', name: 'EU' }] });
    expect(await loadReminderState()).toEqual({ weeklyCheckAnchor: NOW - DAY, backupAnchor: NOW - 3 * DAY });
  });

  it('a failure while writing the rows puts the settings back as they were', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    fakeBrowser.reset();
    const target = await freshDatabase();
    vi.spyOn(target.postmortems, 'bulkAdd').mockImplementation(() => {
      throw Object.assign(new Error('The disk is full'), { name: 'QuotaExceededError' });
    });
    await expect(importBackup(target, blob)).rejects.toThrow(/disk is full/);
    expect(await fakeBrowser.storage.local.get([SETTINGS_STORAGE_KEY, REMINDER_STATE_KEY])).toEqual({});
    expect(await target.incidents.count()).toBe(0);
    expect(await target.authorisations.count()).toBe(0);
  });
});

describe('format 1 files', () => {
  const v1 = () => new Uint8Array(readFileSync(new URL('../fixtures/backups/seller-sos-backup-v1.zip', import.meta.url)));

  it('the fixture really is format 1: no settings.json, no new tables', () => {
    const files = unzipSync(v1());
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BackupManifest;
    expect(manifest.version).toBe(1);
    expect(Object.keys(files).sort()).toEqual(['data.json', 'manifest.json', 'screenshots/0b7a6c1e-1111-4000-8000-000000000001.png']);
    expect(Object.keys(JSON.parse(strFromU8(files['data.json']!)) as object).sort()).toEqual(['captures', 'incidents', 'orders', 'pageTimings', 'shipments', 'signals', 'steps']);
  });

  it('imports into a database of this version, with the new tables left as they are, and twice adds nothing', async () => {
    const target = await freshDatabase();
    await target.authorisations.add(ozonKey);
    await saveSettings({ language: 'en' });
    const report = await importBackup(target, v1());
    expect(report.manifest.version).toBe(1);
    expect(report.added).toEqual({ incidents: 2, signals: 2, captures: 1, orders: 1, pageTimings: 1, steps: 1, shipments: 1, authorisations: 0, postmortems: 0 });
    expect(report.settings).toBe('absent');
    const captured = await target.captures.toArray();
    expect(captured[0]!.signalIds.length).toBe(1);
    expect((await target.signals.get(captured[0]!.signalIds[0]!))?.fingerprint).toBe('banner:ozon-load');
    expect(await target.authorisations.count()).toBe(1);
    expect((await loadSettings()).language).toBe('en');
    const again = await importBackup(target, v1());
    expect(Object.values(again.added).every((count) => count === 0)).toBe(true);
    expect(again.alreadyPresent).toBe(9);
  });

  it('a format-1 file re-exported is format 2 and carries the same rows', async () => {
    const target = await freshDatabase();
    await importBackup(target, v1());
    const { manifest } = await exportBackup(target, { extensionVersion: '0.2.0', now: NOW });
    expect(manifest).toMatchObject({ version: 2, counts: { incidents: 2, signals: 2, captures: 1, authorisations: 0, postmortems: 0 } });
  });

  it('a format-1 manifest over rows of the new tables still has them checked', async () => {
    const forged = await rebuild(v1(), (files) => {
      const data = JSON.parse(strFromU8(files['data.json']!)) as Record<string, unknown>;
      data.postmortems = [{ id: 1, incidentId: 1, cause: 'evil' }];
      files['data.json'] = strToU8(JSON.stringify(data));
    });
    const target = await freshDatabase();
    await expect(importBackup(target, forged)).rejects.toMatchObject({ code: 'invalid', detail: expect.stringMatching(/postmortems\.0/) });
    expect(await target.incidents.count()).toBe(0);
  });
});

describe('reminders follow an import', () => {
  it('restoreBackup asks the background to recompute the alarms, which then cover the restored authorisations', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    fakeBrowser.reset();
    const asked: unknown[] = [];
    // The background's router (lib/background/main.ts) hands reminders/sync to handlePreventionMessage.
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      asked.push(message);
      return handlePreventionMessage(message as Parameters<typeof handlePreventionMessage>[0]);
    });
    const db = database();
    await db.open();
    const report = await restoreBackup(blob, db);
    expect(report.added.authorisations).toBe(2);
    expect(asked).toEqual([{ type: 'reminders/sync' }]);
    const alarms = (await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith(ALARM_PREFIX));
    const ids = (await db.authorisations.toArray()).map((row) => row.id!);
    for (const id of ids) expect(alarms.some((name) => name.startsWith(`${ALARM_PREFIX}auth:${id}:`)), `no alarm for authorisation ${id}: ${alarms.join(', ')}`).toBe(true);
  });

  it('an import whose reminder request fails still reports what it imported', async () => {
    await seed(source);
    const { blob } = await exportBackup(source, { extensionVersion: '0.2.0', now: NOW });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const report = await restoreBackup(blob, await freshDatabase());
    expect(report.added.postmortems).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reminders'), expect.anything());
    warn.mockRestore();
  });
});
