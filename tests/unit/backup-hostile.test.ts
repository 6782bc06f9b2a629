// @vitest-environment node
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportBackup } from '../../lib/backup/export';
import { BackupError, PICTURE_PATH, sha256Hex, type BackupManifest } from '../../lib/backup/format';
import { importBackup } from '../../lib/backup/import';
import { SellerSosDatabase, type Capture } from '../../lib/db';
import { REMINDER_STATE_KEY } from '../../lib/reminders/store';
import { bundleFileName, screenshotFileName } from '../../lib/report/files';
import { loadSettings, saveSettings, SETTINGS_STORAGE_KEY } from '../../lib/settings';
import type { Incident, Signal } from '../../lib/signals';

/**
 * Hostile backup files (issue #9): corrupt and truncated archives, wrong versions, path traversal
 * names, declared sizes that would unpack into gigabytes, markup in text fields, wrong types and
 * prototype keys. Each is refused with a BackupError saying what is wrong, or imported as plain
 * data; either way the database's existing rows are all still there afterwards.
 *
 * Tally (issue #9): `tried` counts every hostile file given to importBackup.
 */

export let tried = 0;

let counter = 0;
const freshDatabase = async () => {
  const db = new SellerSosDatabase(`backup-hostile-${(counter += 1)}`);
  await db.open();
  return db;
};
const png = (seed: number) => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, seed & 255, 1, 2, 3])], { type: 'image/png' });

const incident = (tabId: number, openedAt: number, extra: Partial<Incident> = {}): Incident => ({
  tabId, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '1234567', openedAt, lastAt: openedAt + 1_000,
  status: 'open', severity: 'error', signalCount: 1, title: 'Не удалось загрузить отправления', pinned: false, resolvedAt: null, ...extra,
});
const signal = (incidentId: number, fingerprint: string, extra: Partial<Signal> = {}): Signal => ({
  incidentId, tabId: 7, pageId: 'page-1', platform: 'ozon', host: 'seller.ozon.ru', kind: 'banner', severity: 'error',
  message: `banner ${fingerprint}`, fingerprint, url: 'https://seller.ozon.ru/app/postings/fbs', count: 1, firstAt: 5, lastAt: 6, clearedAt: null, details: {}, ...extra,
});
const capture = (key: string, incidentId: number | null, extra: Partial<Capture> = {}): Capture => ({
  key, incidentId, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: null, at: 10, trigger: 'popup', url: 'https://seller.ozon.ru/', title: 'FBS',
  environment: { browser: 'Chromium', browserVersion: '140', os: 'Linux', extensionVersion: '0.1.0', language: 'ru', online: true, connectionType: null },
  bannerTexts: ['Ошибка'], signalIds: [], masked: true, screenshot: png(1), originalScreenshot: null, thumbnail: null, width: 10, height: 10, bytes: 12, pinned: false, note: null, ...extra,
});

/** Rows every target database starts with: what must survive any import. */
async function existingRows(db: SellerSosDatabase): Promise<void> {
  const id = (await db.incidents.add(incident(42, 42_000, { title: 'kept incident' }))) as number;
  await db.signals.add(signal(id, 'kept-signal'));
  await db.captures.add(capture('kept-capture-0001', id));
  await db.shipments.add({ platform: 'ozon', orderId: '11111111-0001-1', buyerReference: 'kept', carrier: 'CDEK', trackingNumber: 'T1', shippedAt: 1, createdAt: 2, backfilledAt: null });
  await db.authorisations.add({ platform: 'amazon', kind: 'amazon-sp-api', label: 'kept authorisation', grantedAt: 1, expiresAt: 2, createdAt: 1 });
  await db.postmortems.add({ ...postmortemRow(id), note: 'kept post-mortem' });
  // Settings saved here: an import may add shops, never change or drop what is here.
  fakeBrowser.reset();
  await saveSettings({ language: 'ru', shops: { ozon: [{ id: '1234567', name: 'kept shop' }], shopee: [], amazon: [] } });
}

const postmortemRow = (incidentId: number) => ({
  incidentId, platform: 'ozon' as const, host: 'seller.ozon.ru', shopId: null, scenario: 'order-processing' as const, fingerprints: ['banner:a'], title: 'FBS down',
  cause: 'platform-fault' as const, fixId: null, fixText: 'waited', note: '', openedAt: 1_000_000, resolvedAt: 1_060_000, timeToResolveMs: 60_000,
});

/** Every row of every table, and the settings and reminder state in storage (as the last "table"). */
async function everything(db: SellerSosDatabase) {
  const tables = [db.incidents, db.signals, db.captures, db.orders, db.pageTimings, db.steps, db.shipments, db.authorisations, db.postmortems];
  const rows = await Promise.all(tables.map(async (table) => (await table.toArray()).map((row) => JSON.stringify(row, (_key, value: unknown) => (value instanceof Blob ? `blob:${value.size}` : value)))));
  const stored = await fakeBrowser.storage.local.get([SETTINGS_STORAGE_KEY, REMINDER_STATE_KEY]);
  return [...rows, [JSON.stringify(stored[SETTINGS_STORAGE_KEY] ?? null), JSON.stringify(stored[REMINDER_STATE_KEY] ?? null)]];
}

/** Imports `file` into a database holding existingRows; returns the error (or null) and checks nothing existing was lost. */
async function importInto(file: Uint8Array | Blob): Promise<{ error: BackupError | null; db: SellerSosDatabase }> {
  tried += 1;
  const db = await freshDatabase();
  await existingRows(db);
  const before = await everything(db);
  let error: BackupError | null = null;
  try {
    await importBackup(db, file);
  } catch (caught) {
    // Only BackupError, with a reason: never a TypeError, RangeError or a fflate error.
    expect(caught, String(caught)).toBeInstanceOf(BackupError);
    error = caught as BackupError;
    expect(error.detail.length).toBeGreaterThan(5);
  }
  const after = await everything(db);
  before.forEach((rows, table) => {
    for (const row of rows) expect(after[table], `row lost: ${row.slice(0, 120)}`).toContain(row);
  });
  if (error) expect(after).toEqual(before);
  return { error, db };
}

async function expectRefused(file: Uint8Array | Blob, code: BackupError['code'], detail: RegExp): Promise<void> {
  const { error } = await importInto(file);
  expect(error, 'the file was imported').not.toBeNull();
  expect(error!.code).toBe(code);
  expect(error!.detail).toMatch(detail);
}

/** A real backup of a small database. */
async function validBackup(): Promise<Uint8Array> {
  const source = await freshDatabase();
  const id = (await source.incidents.add(incident(7, 1_000_000))) as number;
  const signalId = (await source.signals.add(signal(id, 'banner:a'))) as number;
  await source.captures.add(capture('5d1c0c2e-0000-4000-8000-000000000001', id, { signalIds: [signalId] }));
  await source.postmortems.add(postmortemRow(id));
  await source.authorisations.add({ platform: 'shopee', kind: 'shopee-open-platform', label: 'Shopee ERP', grantedAt: 1_000_000, expiresAt: 1_000_000 + 30 * 86_400_000, createdAt: 1_000_000 });
  fakeBrowser.reset();
  const { blob } = await exportBackup(source, { extensionVersion: '0.1.0', now: Date.UTC(2026, 10, 1) });
  return new Uint8Array(await blob.arrayBuffer());
}

/** Rebuilds an archive with `change` applied, manifest checksums made to match (a careful attacker). */
async function forge(bytes: Uint8Array, change: (files: Record<string, Uint8Array>) => void): Promise<Uint8Array> {
  const files = unzipSync(bytes);
  change(files);
  const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as BackupManifest;
  manifest.files = {};
  for (const [name, content] of Object.entries(files)) if (name !== 'manifest.json') manifest.files[name] = { bytes: content.length, sha256: await sha256Hex(content) };
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}
const editData = (edit: (data: Record<string, Record<string, unknown>[]>) => void) => (files: Record<string, Uint8Array>) => {
  const data = JSON.parse(strFromU8(files['data.json']!)) as Record<string, Record<string, unknown>[]>;
  edit(data);
  files['data.json'] = strToU8(JSON.stringify(data));
};

let backup: Uint8Array;
beforeEach(async () => {
  backup ??= await validBackup();
});

describe('corrupt and truncated files', () => {
  it('property: any byte of a backup changed — refused with a reason, or (a byte no reader uses) imported whole; nothing lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.integer({ min: 1, max: 255 }), async (position, delta) => {
        const bytes = backup.slice();
        const at = position % bytes.length;
        bytes[at] = (bytes[at]! + delta) & 255;
        await importInto(bytes);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('property: a backup cut short anywhere is refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), async (cut) => {
        const { error } = await importInto(backup.slice(0, cut % backup.length));
        expect(error).not.toBeNull();
        expect(['not-zip', 'corrupt', 'not-seller-sos', 'invalid']).toContain(error!.code);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('random bytes behind a ZIP signature, an empty file, an empty archive', async () => {
    await expectRefused(new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array.from({ length: 500 }, (_, index) => (index * 37) & 255)]), 'corrupt', /cannot be read/);
    await expectRefused(new Uint8Array(0), 'not-zip', /ZIP/);
    await expectRefused(new Blob([]), 'not-zip', /ZIP/);
    await expectRefused(zipSync({}), 'not-zip', /ZIP/);
  });
});

describe('wrong versions and foreign files', () => {
  it.each([
    [3, 'newer-version', /version 3/],
    [99, 'newer-version', /version 99/],
    [0, 'invalid', /version/],
    [-1, 'invalid', /version/],
    ['1', 'invalid', /version/],
    [null, 'invalid', /version/],
  ] as const)('manifest version %s', async (version, code, detail) => {
    const forged = await forge(backup, (files) => {
      const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Record<string, unknown>;
      files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version }));
    });
    // forge() rewrites the manifest's file list after the change; the version stays.
    await expectRefused(forged, code, detail);
  });

  it('a manifest that is not JSON, not an object, or of another format', async () => {
    await expectRefused(zipSync({ 'manifest.json': strToU8('{"format": "seller-sos-backup",') }), 'corrupt', /manifest.json is not valid JSON/);
    await expectRefused(zipSync({ 'manifest.json': strToU8('[1,2,3]') }), 'not-seller-sos', /format/);
    await expectRefused(zipSync({ 'manifest.json': strToU8('"seller-sos-backup"') }), 'not-seller-sos', /format/);
    await expectRefused(zipSync({ 'manifest.json': strToU8('{"format":"seller-sos-backup","version":1}') }), 'invalid', /manifest.json/);
  });
});

describe('malicious contents', () => {
  it.each([
    '../../../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    'screenshots/../../evil.png',
    'screenshots\\..\\..\\evil.png',
    'screenshots/./x.png',
    'screenshots/x.png\u0000.exe',
    'data.json/../manifest.json',
    '..',
    'screenshots/<img src=x onerror=alert(1)>.png',
  ])('an entry named %j is refused before anything is unpacked', async (name) => {
    await expectRefused(zipSync({ 'manifest.json': strToU8('{}'), [name]: strToU8('x') }), 'invalid', /unexpected file/);
  });

  it('a capture pointing outside its folders, even with matching checksums', async () => {
    for (const path of ['../screenshots/x.png', 'screenshots/../data.json', 'data.json', 'manifest.json', 'screenshots/a/b.png']) {
      await expectRefused(await forge(backup, editData((data) => void (data.captures![0]!.screenshot = path))), 'invalid', /captures\.0\.screenshot/);
    }
  });

  it('declared sizes that would unpack into gigabytes are refused from the headers, before inflating', async () => {
    // The central directory says data.json unpacks to ~4 GB (the bytes are a few hundred).
    const lying = backup.slice();
    const view = new DataView(lying.buffer);
    let patched = 0;
    for (let offset = 0; offset < lying.length - 46; offset += 1) {
      if (view.getUint32(offset, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(offset + 28, true);
      const name = strFromU8(lying.subarray(offset + 46, offset + 46 + nameLength));
      if (name === 'data.json') {
        view.setUint32(offset + 24, 0xfffffff0, true);
        patched += 1;
      }
    }
    expect(patched).toBe(1);
    await expectRefused(lying, 'too-large', /data.json is \d+ bytes/);

    // A real deflate bomb: 80 MB of zeros in a few dozen kilobytes, as a "screenshot".
    const bomb = zipSync({ 'manifest.json': strToU8('{}'), 'screenshots/bomb.png': [new Uint8Array(80 * 1024 * 1024), { level: 9 }] });
    expect(bomb.length).toBeLessThan(200_000);
    await expectRefused(bomb, 'too-large', /screenshots\/bomb.png is 83886080 bytes/);
  }, 60_000);

  it('a header that understates a file\'s size cannot smuggle more bytes in', async () => {
    const lying = backup.slice();
    const view = new DataView(lying.buffer);
    for (let offset = 0; offset < lying.length - 46; offset += 1) {
      if (view.getUint32(offset, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(offset + 28, true);
      if (strFromU8(lying.subarray(offset + 46, offset + 46 + nameLength)) === 'data.json') view.setUint32(offset + 24, 10, true);
    }
    const { error } = await importInto(lying);
    expect(error?.code).toMatch(/corrupt|invalid/);
  });

  it('markup and script in every text field is kept as plain text, never interpreted', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const forged = await forge(
      backup,
      editData((data) => {
        data.incidents![0]!.title = markup;
        data.signals![0]!.message = markup;
        data.signals![0]!.details = { errorMessage: markup };
        data.captures![0]!.title = markup;
        data.captures![0]!.bannerTexts = [markup];
      }),
    );
    const { error, db } = await importInto(forged);
    expect(error).toBeNull();
    const imported = (await db.incidents.toArray()).find((row) => row.tabId === 7)!;
    expect(imported.title).toBe(markup);
    expect((await db.signals.toArray()).find((row) => row.fingerprint === 'banner:a')!.details).toEqual({ errorMessage: markup });
    // The UI renders these through React text nodes and the report escapes them (tests/e2e/hardening.spec.ts).
  });

  it('markup in post-mortem and authorisation text is kept as plain text', async () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const forged = await forge(
      backup,
      editData((data) => {
        Object.assign(data.postmortems![0]!, { title: markup, fixText: markup, note: markup, fingerprints: [markup], host: markup });
        data.authorisations![0]!.label = markup;
      }),
    );
    const { error, db } = await importInto(forged);
    expect(error).toBeNull();
    const imported = (await db.postmortems.toArray()).find((row) => row.title === markup)!;
    expect(imported).toMatchObject({ fixText: markup, note: markup, fingerprints: [markup], host: markup });
    expect((await db.authorisations.toArray()).map((row) => row.label)).toContain(markup);
  });

  it('post-mortems that point nowhere, or two for one incident, are refused', async () => {
    await expectRefused(await forge(backup, editData((data) => void (data.postmortems![0]!.incidentId = 4242))), 'invalid', /post-mortem \d+ belongs to incident 4242, which is not in the file/);
    await expectRefused(await forge(backup, editData((data) => void data.postmortems!.push({ ...data.postmortems![0]!, id: 77 }))), 'invalid', /postmortems has the same id twice/);
  });

  it.each<[string, (file: Record<string, unknown>) => unknown, BackupError['code'], RegExp]>([
    ['settings that are a list', (file) => ({ ...file, settings: [] }), 'invalid', /settings\.json: settings/],
    ['a reminder anchor as text', (file) => ({ ...file, reminders: { weeklyCheckAnchor: 'monday', backupAnchor: null } }), 'invalid', /settings\.json: reminders\.weeklyCheckAnchor/],
    ['no reminders', (file) => ({ settings: file.settings }), 'invalid', /settings\.json: reminders/],
    ['65 settings fields', (file) => ({ ...file, settings: Object.fromEntries(Array.from({ length: 65 }, (_, index) => [`k${index}`, index])) }), 'invalid', /settings\.json: settings/],
    ['a file that is not an object', () => 'settings', 'invalid', /settings\.json/],
    ['2 MB of settings', (file) => ({ ...file, settings: { language: 'x'.repeat(2 * 1024 * 1024) } }), 'too-large', /settings\.json is \d+ bytes/],
  ])('settings.json: %s is refused', async (_name, edit, code, detail) => {
    const forged = await forge(backup, (files) => void (files['settings.json'] = strToU8(JSON.stringify(edit(JSON.parse(strFromU8(files['settings.json']!)) as Record<string, unknown>)))));
    await expectRefused(forged, code, detail);
  });

  it('settings.json fields of the wrong type are left out and named; the rest of the file imports', async () => {
    const forged = await forge(backup, (files) => {
      const file = JSON.parse(strFromU8(files['settings.json']!)) as { settings: Record<string, unknown> };
      Object.assign(file.settings, {
        language: '<script>',
        spinnerTimeoutSeconds: 'NaN',
        shops: { ozon: [{ id: '../../etc', name: 'x' }], shopee: [], amazon: [] },
        evil: { __proto__: { polluted: true } },
      });
      file.settings.backupReminderDays = 9999;
      files['settings.json'] = strToU8(JSON.stringify(file));
    });
    // A browser with nothing saved takes the file's settings: only those that parse.
    const db = await freshDatabase();
    fakeBrowser.reset();
    const report = await importBackup(db, forged);
    tried += 1;
    expect(report.settings).toBe('restored');
    expect(report.settingsSkipped.sort()).toEqual(['backupReminderDays', 'evil', 'language', 'shops', 'spinnerTimeoutSeconds']);
    const settings = await loadSettings();
    expect(settings).toMatchObject({ language: 'auto', spinnerTimeoutSeconds: 15, backupReminderDays: 0, shops: { ozon: [], shopee: [], amazon: [] } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(report.added.postmortems).toBe(1);
    expect(report.added.authorisations).toBe(1);
  });

  it.each<[string, (data: Record<string, Record<string, unknown>[]>) => void, RegExp]>([
    ['a number as a string', (data) => void (data.incidents![0]!.openedAt = '1000000'), /incidents\.0\.openedAt/],
    ['NaN-like values', (data) => void (data.signals![0]!.count = 'NaN'), /signals\.0\.count/],
    ['a table that is an object', (data) => void ((data as Record<string, unknown>).signals = { 0: data.signals![0] }), /signals/],
    ['a nested object in details', (data) => void (data.signals![0]!.details = { deep: { er: 1 } }), /signals\.0\.details/],
    ['65 detail fields', (data) => void (data.signals![0]!.details = Object.fromEntries(Array.from({ length: 65 }, (_, index) => [`k${index}`, index]))), /signals\.0\.details/],
    ['a capture key that is a path', (data) => void (data.captures![0]!.key = '../../evil'), /captures\.0\.key/],
    ['an unknown platform', (data) => void (data.incidents![0]!.platform = 'evil'), /incidents\.0\.platform/],
    ['a negative id', (data) => void (data.incidents![0]!.id = -1), /incidents\.0\.id/],
    ['a huge id', (data) => void (data.incidents![0]!.id = 2 ** 60), /incidents\.0\.id/],
    ['a 10 000-character title', (data) => void (data.captures![0]!.title = 'x'.repeat(10_000)), /captures\.0\.title/],
    ['an authorisation expiry as a string', (data) => void (data.authorisations![0]!.expiresAt = '2027-01-01'), /authorisations\.0\.expiresAt/],
    ['an authorisation kind of another platform', (data) => void (data.authorisations![0]!.kind = 'amazon-sp-api'), /authorisations\.0\.kind/],
    ['an unknown authorisation kind', (data) => void (data.authorisations![0]!.kind = 'root'), /authorisations\.0\.kind/],
    ['a 100 000-character authorisation label', (data) => void (data.authorisations![0]!.label = 'x'.repeat(100_000)), /authorisations\.0\.label/],
    ['an empty authorisation label', (data) => void (data.authorisations![0]!.label = ''), /authorisations\.0\.label/],
    ['an authorisation expiry of Infinity-like size', (data) => void (data.authorisations![0]!.expiresAt = 1e300), /authorisations\.0\.expiresAt/],
    ['an unknown root cause', (data) => void (data.postmortems![0]!.cause = 'aliens'), /postmortems\.0\.cause/],
    ['an unknown scenario', (data) => void (data.postmortems![0]!.scenario = 'everything'), /postmortems\.0\.scenario/],
    ['a 100 000-character post-mortem note', (data) => void (data.postmortems![0]!.note = 'x'.repeat(100_000)), /postmortems\.0\.note/],
    ['post-mortem fingerprints as an object', (data) => void (data.postmortems![0]!.fingerprints = { 0: 'banner:a' }), /postmortems\.0\.fingerprints/],
    ['a post-mortem time as a string', (data) => void (data.postmortems![0]!.resolvedAt = 'yesterday'), /postmortems\.0\.resolvedAt/],
    ['a post-mortem incident id as a string', (data) => void (data.postmortems![0]!.incidentId = '1'), /postmortems\.0\.incidentId/],
    ['new tables that are objects', (data) => void ((data as Record<string, unknown>).postmortems = { 0: data.postmortems![0] }), /postmortems/],
  ])('wrong types: %s', async (_name, edit, detail) => {
    await expectRefused(await forge(backup, editData(edit)), 'invalid', detail);
  });

  it('prototype keys in the JSON pollute nothing', async () => {
    const forged = await forge(backup, (files) => {
      const text = strFromU8(files['data.json']!).replace('"details":{}', '"details":{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}}');
      files['data.json'] = strToU8(text);
    });
    await importInto(forged);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('duplicate entry names cannot swap in content the checksums do not cover', async () => {
    const files = unzipSync(backup);
    const evil = strToU8(strFromU8(files['data.json']!).replace('kept', 'x').replace('Не удалось загрузить отправления', 'SWAPPED'));
    // fflate keeps the last of two same-named entries: the checksum is checked against that one.
    const entries = Object.entries(files).map(([name, content]) => ({ name, content }));
    const raw = zipSync(Object.fromEntries(entries.map((entry) => [entry.name, entry.content])));
    const doubled = zipSync({ ...Object.fromEntries(entries.map((entry) => [entry.name, entry.content])), 'data.json': evil });
    expect(raw.length).toBeGreaterThan(0);
    const { db, error } = await importInto(doubled);
    if (!error) expect((await db.incidents.toArray()).some((row) => row.title === 'SWAPPED')).toBe(false);
  });
});

describe('file names built from hostile text are safe', () => {
  it('backup export: a capture whose key is not a plain key is left out, and no archive name comes from it', async () => {
    const source = await freshDatabase();
    const id = (await source.incidents.add(incident(7, 1))) as number;
    await source.captures.add(capture('good-key-00000001', id));
    // Keys the extension would never write, but a database edited by hand (or by an old bug) might hold.
    await source.captures.add(capture('../../../evil', id));
    await source.captures.add(capture('<img src=x onerror=alert(1)>', id));
    const { blob, manifest } = await exportBackup(source, { extensionVersion: '0.1.0' });
    const names = Object.keys(unzipSync(new Uint8Array(await blob.arrayBuffer())));
    for (const name of names) expect(name).toMatch(/^(manifest\.json|data\.json|settings\.json)$|^(screenshots|originals|thumbnails)\/[A-Za-z0-9-]{1,64}\.(png|jpg|webp)$/);
    expect(names.filter((name) => PICTURE_PATH.test(name))).toEqual(['screenshots/good-key-00000001.png']);
    expect(manifest.skipped?.captures).toBe(2);
    // And the result imports cleanly.
    const { error } = await importInto(blob);
    expect(error).toBeNull();
  });

  it('property: bundle and screenshot names use only the platform\'s letters, numbers and dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 0, max: 4_102_444_800_000 }), fc.nat(5000), fc.constantFrom('UTC', 'Europe/Moscow', 'Asia/Bangkok', 'America/Sao_Paulo'), (platform, at, index, timeZone) => {
        tried += 1;
        expect(bundleFileName(platform, at, timeZone)).toMatch(/^seller-sos-[a-z]*-\d{8}-\d{6}\.zip$/);
        expect(screenshotFileName(index, { at, screenshot: null }, timeZone)).toMatch(/^screenshots\/\d{3,}-\d{8}-\d{6}\.png$/);
      }),
      { numRuns: 200 },
    );
  });
});
