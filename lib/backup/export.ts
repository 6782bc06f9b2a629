import { strToU8, zipSync, type Zippable } from 'fflate';
import { browser } from 'wxt/browser';
import type { Capture, SellerSosDatabase } from '../db';
import type { PostMortem } from '../postmortem/types';
import { loadReminderState } from '../reminders/store';
import { loadSettings } from '../settings';
import type { Incident, Signal } from '../signals';
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  BACKUP_VERSION,
  CAPTURE_KEY,
  backupDataSchema,
  type BackupData,
  type BackupManifest,
  type BackupTable,
  type SettingsFile,
  sha256Hex,
} from './format';
import { incidentKey } from './keys';

/**
 * "Export your data regularly": the whole `seller-sos` database, or one incident with its signals
 * and captures, as one ZIP file (lib/backup/format.ts). Runs in an extension page — the file is
 * offered as a download from there; nothing leaves the machine.
 *
 * Pictures are stored uncompressed (PNG and JPEG are compressed already); the JSON is deflated.
 */

export interface ExportOptions {
  /**
   * One incident (with its signals, captures, checklist steps and post-mortem); absent: everything,
   * with the authorisations, the settings and the reminder state.
   */
  incidentId?: number;
  now?: number;
  extensionVersion?: string;
}

export interface ExportResult {
  blob: Blob;
  fileName: string;
  manifest: BackupManifest;
}

const EXTENSIONS: Record<string, string> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

export async function exportBackup(db: SellerSosDatabase, options: ExportOptions = {}): Promise<ExportResult> {
  const now = options.now ?? Date.now();
  const extensionVersion = options.extensionVersion ?? browser.runtime.getManifest().version;
  const rows = await readRows(db, options.incidentId);

  const files: Zippable = {};
  const fileList: BackupManifest['files'] = {};
  const addFile = async (path: string, bytes: Uint8Array, compress: boolean) => {
    files[path] = [bytes, { level: compress ? 6 : 0 }];
    fileList[path] = { bytes: bytes.length, sha256: await sha256Hex(bytes) };
  };

  // Links inside the file must hold: a signal's incident and a capture's signals are in it too.
  const skipped: Partial<Record<BackupTable, number>> = {};
  const incidentIds = new Set(rows.incidents.map((incident) => incident.id));
  const signals = rows.signals.filter((signal) => incidentIds.has(signal.incidentId));
  if (signals.length < rows.signals.length) skipped.signals = rows.signals.length - signals.length;
  const signalIds = new Set(signals.map((signal) => signal.id));
  const postmortems = rows.postmortems.filter((postmortem) => incidentIds.has(postmortem.incidentId));
  if (postmortems.length < rows.postmortems.length) skipped.postmortems = rows.postmortems.length - postmortems.length;

  const captures: BackupData['captures'] = [];
  for (const capture of rows.captures) {
    // A capture's key names its files in the archive: one that is not a plain key never becomes a path.
    if (typeof capture.key !== 'string' || !CAPTURE_KEY.test(capture.key)) {
      skipped.captures = (skipped.captures ?? 0) + 1;
      continue;
    }
    const picture = async (blob: Blob | null, folder: string) => {
      if (!blob) return null;
      const path = `${folder}/${capture.key}.${EXTENSIONS[blob.type] ?? 'png'}`;
      await addFile(path, new Uint8Array(await blob.arrayBuffer()), false);
      return path;
    };
    captures.push({
      ...(capture as Required<Capture>),
      incidentId: capture.incidentId !== null && incidentIds.has(capture.incidentId) ? capture.incidentId : null,
      signalIds: capture.signalIds.filter((id) => signalIds.has(id)),
      screenshot: await picture(capture.screenshot, 'screenshots'),
      originalScreenshot: await picture(capture.originalScreenshot, 'originals'),
      thumbnail: await picture(capture.thumbnail, 'thumbnails'),
    });
  }

  // The same schema the import uses: fields are picked, and a row that would be refused on import is left out here.
  const data = {} as BackupData;
  const raw: Record<BackupTable, unknown[]> = { ...rows, signals, captures, postmortems };
  for (const table of BACKUP_TABLES) {
    const rowSchema = backupDataSchema.shape[table].element;
    const kept: unknown[] = [];
    for (const row of raw[table]) {
      const parsed = rowSchema.safeParse(row);
      if (parsed.success) kept.push(parsed.data);
      else skipped[table] = (skipped[table] ?? 0) + 1;
    }
    (data as Record<BackupTable, unknown[]>)[table] = kept;
  }
  await addFile('data.json', strToU8(JSON.stringify(data)), true);
  // What the seller set up is theirs too; one incident sent to someone else carries none of it.
  if (options.incidentId === undefined) {
    const settingsFile: SettingsFile = { settings: await loadSettings(), reminders: await loadReminderState() };
    await addFile('settings.json', strToU8(JSON.stringify(settingsFile)), true);
  }

  const incident = options.incidentId === undefined ? undefined : rows.incidents.find((candidate) => candidate.id === options.incidentId);
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now,
    extensionVersion,
    scope: incident ? { kind: 'incident', incident: incidentKey(incident) } : { kind: 'all' },
    counts: Object.fromEntries(BACKUP_TABLES.map((table) => [table, data[table].length])) as BackupManifest['counts'],
    files: fileList,
    ...(Object.keys(skipped).length ? { skipped: skipped as BackupManifest['skipped'] } : {}),
  };
  files['manifest.json'] = [strToU8(JSON.stringify(manifest, null, 2)), { level: 6 }];
  // ZIP dates start in 1980.
  const zipped = zipSync(files, { mtime: Math.max(now, Date.UTC(1980, 0, 2)) });
  const stamp = new Date(now).toISOString().slice(0, 16).replace(/[:T]/g, '-');
  return {
    blob: new Blob([zipped], { type: 'application/zip' }),
    fileName: incident ? `seller-sos-incident-${incident.platform}-${stamp}.zip` : `seller-sos-backup-${stamp}.zip`,
    manifest,
  };
}

interface Rows {
  incidents: Incident[];
  signals: Signal[];
  captures: Capture[];
  orders: unknown[];
  pageTimings: unknown[];
  steps: unknown[];
  shipments: unknown[];
  authorisations: unknown[];
  postmortems: PostMortem[];
}

async function readRows(db: SellerSosDatabase, incidentId: number | undefined): Promise<Rows> {
  const tables = [db.incidents, db.signals, db.captures, db.orders, db.pageTimings, db.steps, db.shipments, db.authorisations, db.postmortems];
  return db.transaction('r', tables, async () => {
    if (incidentId === undefined) {
      const [incidents, signals, captures, orders, pageTimings, steps, shipments, authorisations, postmortems] = await Promise.all([
        db.incidents.toArray(),
        db.signals.toArray(),
        db.captures.toArray(),
        db.orders.toArray(),
        db.pageTimings.toArray(),
        db.steps.toArray(),
        db.shipments.toArray(),
        db.authorisations.toArray(),
        db.postmortems.toArray(),
      ]);
      return { incidents, signals, captures, orders, pageTimings, steps, shipments, authorisations, postmortems };
    }
    const incident = await db.incidents.get(incidentId);
    if (!incident) throw new Error(`There is no incident ${incidentId}`);
    const captures = await db.captures.where('incidentId').equals(incidentId).toArray();
    const steps = await db.steps.where('incidentId').equals(incidentId).toArray();
    const postmortems = await db.postmortems.where('incidentId').equals(incidentId).toArray();
    // A capture lists the tab's signals of its last 15 minutes; some may belong to another incident.
    const signalIds = new Set(captures.flatMap((capture) => capture.signalIds));
    const own = await db.signals.where('incidentId').equals(incidentId).toArray();
    for (const signal of own) if (signal.id !== undefined) signalIds.delete(signal.id);
    const borrowed = (await db.signals.bulkGet([...signalIds])).filter((signal) => signal !== undefined);
    const otherIncidentIds = [...new Set(borrowed.map((signal) => signal.incidentId))].filter((id) => id !== incidentId);
    const others = (await db.incidents.bulkGet(otherIncidentIds)).filter((other) => other !== undefined);
    return { incidents: [incident, ...others], signals: [...own, ...borrowed], captures, orders: [], pageTimings: [], steps, shipments: [], authorisations: [], postmortems };
  });
}
