import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import type { z } from 'zod';
import { imageTypeOf } from '../capture/image';
import { browser } from 'wxt/browser';
import type { Capture, ChecklistStep, ManualShipment, OrderRecord, PageTiming, SellerSosDatabase } from '../db';
import type { PostMortem } from '../postmortem/types';
import type { Authorisation } from '../reminders/authorisations';
import type { ReminderState } from '../reminders/schedule';
import { loadReminderState, REMINDER_STATE_KEY } from '../reminders/store';
import { loadSettings, SETTINGS_STORAGE_KEY, settingsSchema, type Settings, type Shops } from '../settings';
import type { Incident, Signal } from '../signals';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  BACKUP_VERSION,
  BackupError,
  backupDataSchema,
  backupManifestSchema,
  migrateData,
  migrateManifest,
  PICTURE_PATH,
  settingsFileSchema,
  sha256Hex,
  type BackupData,
  type BackupManifest,
  type BackupTable,
  type SettingsFile,
} from './format';
import { authorisationKey, incidentKey, pageTimingKey, shipmentKey, signalKey, stepKey } from './keys';

/**
 * Imports a backup file (lib/backup/format.ts) into the `seller-sos` database.
 *
 * - All or nothing: the whole file is read and checked first (ZIP structure, sizes, manifest,
 *   every file's SHA-256, the data against the schemas, the links between rows, the pictures'
 *   formats); the rows are then written in one transaction, which either commits whole or not at
 *   all. A refused file raises a BackupError saying what is wrong and writes nothing.
 * - Idempotent: rows whose stable key is already in the database are skipped, so importing the
 *   same file twice adds nothing the second time.
 * - Settings (settings.json, v2): the seller's shops are merged in (a shop id already listed keeps
 *   the name it has here); the other settings are restored only into a browser where none were
 *   saved yet (a new computer) — an import never overrides choices made here. Reminder state
 *   keeps the later of each "last done". Storage is written before the rows and put back as it
 *   was if the rows' transaction fails, so settings too are all or nothing.
 * - The reminder alarms follow from the restored authorisations and settings: the caller asks the
 *   background to recompute them (lib/backup/restore.ts).
 */

export interface ImportReport {
  added: Record<BackupTable, number>;
  /** Rows already in the database (same stable key), not added again. */
  alreadyPresent: number;
  /**
   * What became of settings.json: 'restored' (none were saved here), 'merged' (shops or reminder
   * state added to what is here), 'unchanged' (nothing new), 'absent' (a v1 file, or one incident).
   */
  settings: 'restored' | 'merged' | 'unchanged' | 'absent';
  /** Fields of the file's settings that did not pass validation and were left out. */
  settingsSkipped: string[];
  manifest: BackupManifest;
}

const ALLOWED_NAME = /^(manifest\.json|data\.json|settings\.json)$/;

export async function importBackup(db: SellerSosDatabase, file: Blob | ArrayBuffer | Uint8Array): Promise<ImportReport> {
  const size = file instanceof Blob ? file.size : file.byteLength;
  if (size > BACKUP_LIMITS.fileBytes) throw new BackupError('too-large', `${size} bytes (at most ${BACKUP_LIMITS.fileBytes})`);
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : file instanceof Uint8Array ? file : new Uint8Array(file);
  const { manifest, data, pictures, settingsFile } = await readArchive(bytes);
  checkLinks(data);
  const settingsPlan = settingsFile ? await planSettings(settingsFile) : null;
  const before = settingsPlan?.writes ? await browser.storage.local.get([SETTINGS_STORAGE_KEY, REMINDER_STATE_KEY]) : null;
  if (settingsPlan?.writes) await browser.storage.local.set(settingsPlan.writes);
  let report: Omit<ImportReport, 'settings' | 'settingsSkipped'>;
  try {
    report = await writeRows(db, manifest, data, pictures);
  } catch (error) {
    if (before) await restoreStorage(before);
    throw error;
  }
  return { ...report, settings: settingsPlan?.outcome ?? 'absent', settingsSkipped: settingsPlan?.skipped ?? [] };
}

// ---------------------------------------------------------------- reading and checking

interface Archive {
  manifest: BackupManifest;
  data: BackupData;
  pictures: Map<string, Blob>;
  settingsFile: SettingsFile | null;
}

async function readArchive(bytes: Uint8Array): Promise<Archive> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw new BackupError('not-zip', 'the file does not start like a ZIP archive');
  let entries = 0;
  let total = 0;
  let unzipped: Unzipped;
  try {
    unzipped = unzipSync(bytes, {
      filter: (entry) => {
        entries += 1;
        total += entry.originalSize;
        // Sizes are checked before anything is inflated: a small file cannot unpack into gigabytes.
        if (entries > BACKUP_LIMITS.entries) throw new BackupError('too-large', `more than ${BACKUP_LIMITS.entries} files`);
        if (total > BACKUP_LIMITS.totalBytes) throw new BackupError('too-large', `more than ${BACKUP_LIMITS.totalBytes} bytes unpacked`);
        if (!ALLOWED_NAME.test(entry.name) && !PICTURE_PATH.test(entry.name)) throw new BackupError('invalid', `unexpected file "${entry.name.slice(0, 100)}"`);
        const limit = entry.name === 'settings.json' ? BACKUP_LIMITS.settingsBytes : entry.name.endsWith('.json') ? BACKUP_LIMITS.dataBytes : BACKUP_LIMITS.pictureBytes;
        if (entry.originalSize > limit) throw new BackupError('too-large', `${entry.name} is ${entry.originalSize} bytes (at most ${limit})`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError('corrupt', `the ZIP archive cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }

  const manifestBytes = unzipped['manifest.json'];
  if (!manifestBytes) throw new BackupError('not-seller-sos', 'there is no manifest.json');
  const manifestJson = parseJson(manifestBytes, 'manifest.json');
  if ((manifestJson as { format?: unknown } | null)?.format !== BACKUP_FORMAT) throw new BackupError('not-seller-sos', 'manifest.json does not name the Seller SOS backup format');
  const version = (manifestJson as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) throw new BackupError('newer-version', `format version ${version}; this Seller SOS reads up to ${BACKUP_VERSION}`);
  const manifest = parse(backupManifestSchema, migrateManifest(manifestJson), 'manifest.json');

  // Every file is listed with its size and hash, and nothing unlisted is there.
  for (const name of Object.keys(unzipped)) {
    if (name !== 'manifest.json' && !manifest.files[name]) throw new BackupError('corrupt', `${name} is not listed in manifest.json`);
  }
  for (const [name, expected] of Object.entries(manifest.files)) {
    const content = unzipped[name];
    if (!content) throw new BackupError('corrupt', `${name} is missing`);
    if (content.length !== expected.bytes || (await sha256Hex(content)) !== expected.sha256) throw new BackupError('corrupt', `${name} does not match its checksum`);
  }

  const dataBytes = unzipped['data.json'];
  if (!dataBytes) throw new BackupError('corrupt', 'data.json is missing');
  const data = parse(backupDataSchema, migrateData(parseJson(dataBytes, 'data.json'), manifest.version), 'data.json');
  const settingsBytes = unzipped['settings.json'];
  const settingsFile = settingsBytes ? parse(settingsFileSchema, parseJson(settingsBytes, 'settings.json'), 'settings.json') : null;

  const pictures = new Map<string, Blob>();
  for (const capture of data.captures) {
    for (const path of [capture.screenshot, capture.originalScreenshot, capture.thumbnail]) {
      if (path === null || pictures.has(path)) continue;
      const content = unzipped[path];
      if (!content) throw new BackupError('corrupt', `${path} (capture ${capture.key}) is missing`);
      const type = imageTypeOf(content);
      if (!type) throw new BackupError('invalid', `${path} is not a PNG, JPEG or WebP picture`);
      pictures.set(path, new Blob([content as Uint8Array<ArrayBuffer>], { type }));
    }
  }
  return { manifest, data, pictures, settingsFile };
}

function parseJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    throw new BackupError('corrupt', `${name} is not valid JSON`);
  }
}

function parse<T extends z.ZodType>(schema: T, value: unknown, name: string): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  throw new BackupError('invalid', `${name}: ${issues}`);
}

/** Rows of the file point to rows of the file: ids unique per table, signals to incidents, captures to both. */
function checkLinks(data: BackupData): void {
  const unique = (table: BackupTable, ids: (number | string)[]) => {
    if (new Set(ids).size !== ids.length) throw new BackupError('invalid', `data.json: ${table} has the same id twice`);
  };
  unique('incidents', data.incidents.map((row) => row.id));
  unique('signals', data.signals.map((row) => row.id));
  unique('captures', data.captures.map((row) => row.id));
  unique('captures', data.captures.map((row) => row.key));
  const incidents = new Set(data.incidents.map((row) => row.id));
  const signals = new Set(data.signals.map((row) => row.id));
  for (const signal of data.signals) {
    if (!incidents.has(signal.incidentId)) throw new BackupError('invalid', `data.json: signal ${signal.id} belongs to incident ${signal.incidentId}, which is not in the file`);
  }
  for (const capture of data.captures) {
    if (capture.incidentId !== null && !incidents.has(capture.incidentId)) throw new BackupError('invalid', `data.json: capture ${capture.key} belongs to incident ${capture.incidentId}, which is not in the file`);
    const missing = capture.signalIds.find((id) => !signals.has(id));
    if (missing !== undefined) throw new BackupError('invalid', `data.json: capture ${capture.key} lists signal ${missing}, which is not in the file`);
  }
  for (const step of data.steps) {
    if (step.incidentId !== null && !incidents.has(step.incidentId)) throw new BackupError('invalid', `data.json: checklist step ${step.id} belongs to incident ${step.incidentId}, which is not in the file`);
  }
  unique('postmortems', data.postmortems.map((row) => row.id));
  // One post-mortem per incident, as the table's unique index wants.
  unique('postmortems', data.postmortems.map((row) => row.incidentId));
  for (const postmortem of data.postmortems) {
    if (!incidents.has(postmortem.incidentId)) throw new BackupError('invalid', `data.json: post-mortem ${postmortem.id} belongs to incident ${postmortem.incidentId}, which is not in the file`);
  }
}

// ---------------------------------------------------------------- settings

interface SettingsPlan {
  /** storage.local keys to write, or null when nothing changes. */
  writes: Record<string, unknown> | null;
  outcome: ImportReport['settings'];
  skipped: string[];
}

/** Works out what the file's settings change here, without writing anything. */
async function planSettings(file: SettingsFile): Promise<SettingsPlan> {
  const shape = settingsSchema.shape;
  const fromFile: Partial<Record<keyof Settings, unknown>> = {};
  const skipped: string[] = [];
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (key === 'version' || !Object.hasOwn(file.settings, key)) continue;
    const field = shape[key].safeParse(file.settings[key]);
    if (field.success) fromFile[key] = field.data;
    else skipped.push(key);
  }
  for (const key of Object.keys(file.settings)) if (!Object.hasOwn(shape, key)) skipped.push(key.slice(0, 64));

  const writes: Record<string, unknown> = {};
  const current = await loadSettings();
  const savedHere = (await browser.storage.local.get(SETTINGS_STORAGE_KEY))[SETTINGS_STORAGE_KEY] !== undefined;
  let outcome: ImportReport['settings'] = 'unchanged';
  if (!savedHere) {
    writes[SETTINGS_STORAGE_KEY] = settingsSchema.parse({ ...current, ...fromFile });
    outcome = 'restored';
  } else if (fromFile.shops) {
    const shops = mergeShops(current.shops, fromFile.shops as Shops);
    if (shops) {
      writes[SETTINGS_STORAGE_KEY] = settingsSchema.parse({ ...current, shops });
      outcome = 'merged';
    }
  }

  const state = await loadReminderState();
  const later = (here: number | null, there: number | null) => (here === null ? there : there === null ? here : Math.max(here, there));
  const reminders: ReminderState = { weeklyCheckAnchor: later(state.weeklyCheckAnchor, file.reminders.weeklyCheckAnchor), backupAnchor: later(state.backupAnchor, file.reminders.backupAnchor) };
  if (reminders.weeklyCheckAnchor !== state.weeklyCheckAnchor || reminders.backupAnchor !== state.backupAnchor) {
    writes[REMINDER_STATE_KEY] = reminders;
    if (outcome === 'unchanged') outcome = 'merged';
  }
  return { writes: Object.keys(writes).length ? writes : null, outcome, skipped };
}

/** The shops here plus those of the file whose id is not listed yet (50 per platform at most); null: nothing new. */
function mergeShops(here: Shops, fromFile: Shops): Shops | null {
  let changed = false;
  const merged = structuredClone(here);
  for (const platform of Object.keys(merged) as (keyof Shops)[]) {
    for (const shop of fromFile[platform]) {
      if (merged[platform].length >= 50 || merged[platform].some((kept) => kept.id.toLowerCase() === shop.id.toLowerCase())) continue;
      merged[platform].push(shop);
      changed = true;
    }
  }
  return changed ? merged : null;
}

/** Puts storage back as it was before the import touched it. */
async function restoreStorage(before: Record<string, unknown>): Promise<void> {
  for (const key of [SETTINGS_STORAGE_KEY, REMINDER_STATE_KEY]) {
    if (before[key] === undefined) await browser.storage.local.remove(key);
    else await browser.storage.local.set({ [key]: before[key] });
  }
}

// ---------------------------------------------------------------- writing

async function writeRows(db: SellerSosDatabase, manifest: BackupManifest, data: BackupData, pictures: Map<string, Blob>): Promise<Omit<ImportReport, 'settings' | 'settingsSkipped'>> {
  const added = Object.fromEntries(BACKUP_TABLES.map((table) => [table, 0])) as Record<BackupTable, number>;
  let alreadyPresent = 0;
  const picture = (path: string | null) => (path === null ? null : pictures.get(path)!);

  const tables = [db.incidents, db.signals, db.captures, db.orders, db.pageTimings, db.steps, db.shipments, db.authorisations, db.postmortems];
  await db.transaction('rw', tables, async () => {
    // Incidents: file id → id in this database.
    const incidentIds = new Map<number, number>();
    const existingIncidents = new Map<string, number>();
    const incidentKeysById = new Map<number, string>();
    for (const incident of await db.incidents.toArray()) {
      existingIncidents.set(incidentKey(incident), incident.id!);
      incidentKeysById.set(incident.id!, incidentKey(incident));
    }
    const touchedIncidents = new Set<number>();
    const presentBefore = new Set<number>();
    for (const { id: fileId, ...incident } of data.incidents) {
      const key = incidentKey(incident);
      const existing = existingIncidents.get(key);
      if (existing !== undefined) {
        incidentIds.set(fileId, existing);
        presentBefore.add(existing);
        alreadyPresent += 1;
        continue;
      }
      const id = (await db.incidents.add(incident as Incident)) as number;
      incidentIds.set(fileId, id);
      existingIncidents.set(key, id);
      incidentKeysById.set(id, key);
      added.incidents += 1;
    }

    // Signals: one per fingerprint per incident.
    const signalIds = new Map<number, number>();
    const existingSignals = new Map<string, number>();
    for (const signal of await db.signals.toArray()) {
      const key = incidentKeysById.get(signal.incidentId);
      if (key) existingSignals.set(signalKey(key, signal.fingerprint), signal.id!);
    }
    for (const { id: fileId, ...signal } of data.signals) {
      const incidentId = incidentIds.get(signal.incidentId)!;
      const key = signalKey(incidentKeysById.get(incidentId)!, signal.fingerprint);
      const existing = existingSignals.get(key);
      if (existing !== undefined) {
        signalIds.set(fileId, existing);
        alreadyPresent += 1;
        continue;
      }
      const id = (await db.signals.add({ ...signal, incidentId } as Signal)) as number;
      signalIds.set(fileId, id);
      existingSignals.set(key, id);
      if (presentBefore.has(incidentId)) touchedIncidents.add(incidentId);
      added.signals += 1;
    }

    // Captures: by their key.
    for (const { id: _fileId, ...capture } of data.captures) {
      if ((await db.captures.where('key').equals(capture.key).count()) > 0) {
        alreadyPresent += 1;
        continue;
      }
      const screenshot = picture(capture.screenshot);
      const originalScreenshot = picture(capture.originalScreenshot);
      const thumbnail = picture(capture.thumbnail);
      const row: Capture = {
        ...capture,
        incidentId: capture.incidentId === null ? null : incidentIds.get(capture.incidentId)!,
        signalIds: capture.signalIds.map((id) => signalIds.get(id)!),
        screenshot,
        originalScreenshot,
        thumbnail,
        bytes: (screenshot?.size ?? 0) + (originalScreenshot?.size ?? 0) + (thumbnail?.size ?? 0),
      };
      await db.captures.add(row);
      added.captures += 1;
    }

    // Orders: the newer sighting of each order wins.
    for (const order of data.orders as OrderRecord[]) {
      const existing = await db.orders.where('[platform+orderId]').equals([order.platform, order.orderId]).first();
      if (existing && existing.lastSeenAt >= order.lastSeenAt) {
        alreadyPresent += 1;
        continue;
      }
      await db.orders.put(order);
      added.orders += 1;
    }

    alreadyPresent += await addMissing(db.pageTimings, data.pageTimings as PageTiming[], pageTimingKey, (count) => (added.pageTimings = count));
    alreadyPresent += await addMissing(db.shipments, data.shipments as ManualShipment[], shipmentKey, (count) => (added.shipments = count));
    const steps = data.steps.map((step) => ({ ...step, incidentId: step.incidentId === null ? null : incidentIds.get(step.incidentId)! })) as ChecklistStep[];
    alreadyPresent += await addMissing(db.steps, steps, stepKey, (count) => (added.steps = count));
    alreadyPresent += await addMissing(db.authorisations, data.authorisations as Authorisation[], authorisationKey, (count) => (added.authorisations = count));
    // One post-mortem per incident: one the seller wrote here already is theirs and stays.
    const postmortems = data.postmortems.map((postmortem) => ({ ...postmortem, incidentId: incidentIds.get(postmortem.incidentId)! })) as PostMortem[];
    alreadyPresent += await addMissing(db.postmortems, postmortems, (postmortem) => String(postmortem.incidentId), (count) => (added.postmortems = count));

    // An incident that was here already and received signals from the file counts them again.
    for (const incidentId of touchedIncidents) {
      await db.incidents.update(incidentId, { signalCount: await db.signals.where('incidentId').equals(incidentId).count() });
    }
  });
  return { added, alreadyPresent, manifest };
}

/** Adds the rows whose key is not in the table yet (ids are this database's own); returns how many were there. */
async function addMissing<Row extends { id?: number }>(
  table: { toArray(): Promise<Row[]>; bulkAdd(rows: Row[]): Promise<unknown> },
  rows: Row[],
  keyOf: (row: Row) => string,
  onAdded: (count: number) => void,
): Promise<number> {
  const existing = new Set((await table.toArray()).map(keyOf));
  const fresh: Row[] = [];
  for (const { id: _id, ...row } of rows) {
    const key = keyOf(row as Row);
    if (existing.has(key)) continue;
    existing.add(key);
    fresh.push(row as Row);
  }
  if (fresh.length) await table.bulkAdd(fresh);
  onAdded(fresh.length);
  return rows.length - fresh.length;
}
