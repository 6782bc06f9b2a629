import { z } from 'zod';
import { SCENARIOS } from '../fixes/types';
import { ROOT_CAUSES } from '../postmortem/types';
import { AUTHORISATION_KINDS, kindsFor } from '../reminders/authorisations';
import { INCIDENT_STATUSES, SEVERITIES, SIGNAL_KINDS } from '../signals';

/**
 * The backup file (README "Evidence capture"): a ZIP archive
 *
 *   manifest.json            what this is: format, version, when, which extension version, scope,
 *                            counts, and every other file with its size and SHA-256
 *   data.json                the rows of the seller-sos database (pictures left out)
 *   settings.json            v2, whole-database backups only: the settings (shops, reminders…) and
 *                            the reminder state (when the weekly check and the last backup were done)
 *   screenshots/<key>.png    a capture's screenshot           (a capture's key names its files)
 *   originals/<key>.png      the original beside a region-edited screenshot
 *   thumbnails/<key>.jpg     the capture's thumbnail
 *
 * Everything read from a file is validated with these schemas before anything is written: strings
 * and arrays are capped, numbers must be finite; fields this version does not know are dropped.
 *
 * Stable keys make importing idempotent — a row whose key is already in the database is not
 * added again (lib/backup/keys.ts):
 *   incident  platform | host | tabId | openedAt
 *   signal    its incident's key | fingerprint      (one row per fingerprint per incident)
 *   capture   its `key` (a UUID made when the capture was requested)
 *   order     platform | orderId                   (the newer sighting wins)
 *   timing    platform | host | pathKey | at
 *   step      at | step | tabId
 *   shipment  platform | orderId | createdAt
 *   authorisation  platform | kind | label | expiresAt                         (v2)
 *   post-mortem    its incident (one per incident; incidentId links like a step's)  (v2)
 *
 * Versions: 1 had no authorisations, post-mortems or settings; a v1 file is read as a v2 file
 * with those empty (migrateManifest, migrateData).
 */

// No code generation: extension pages' CSP forbids eval, and a refused eval leaves a console error.
z.config({ jitless: true });

export const BACKUP_FORMAT = 'seller-sos-backup';
/** Raised when the layout changes; older versions are read by migrating them, newer ones refused. */
export const BACKUP_VERSION = 2;

/** Limits on what is read from a file (a backup of the 500 MB default cap is far below them). */
export const BACKUP_LIMITS = {
  fileBytes: 4 * 1024 ** 3,
  totalBytes: 4 * 1024 ** 3,
  dataBytes: 512 * 1024 ** 2,
  settingsBytes: 1024 ** 2,
  pictureBytes: 64 * 1024 ** 2,
  entries: 200_000,
  rowsPerTable: 1_000_000,
} as const;

const text = (max: number) => z.string().max(max);
const time = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const tabId = z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER);
const count = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const platform = z.enum(['ozon', 'shopee', 'amazon']);
const rows = <T extends z.ZodType>(row: T) => z.array(row).max(BACKUP_LIMITS.rowsPerTable);
const flatDetails = z
  .record(text(64), z.union([text(2000), z.number().refine(Number.isFinite, 'not a finite number'), z.boolean(), z.null()]))
  .refine((value) => Object.keys(value).length <= 64, 'at most 64 fields');
/** A capture's key (a UUID, or `legacy-<id>` from before v3): it names the capture's files in the archive. */
export const CAPTURE_KEY = /^[A-Za-z0-9-]{1,64}$/;
/** Files of the archive a capture points to: `folder/<key>.<ext>`, nothing else. */
export const PICTURE_PATH = /^(screenshots|originals|thumbnails)\/[A-Za-z0-9-]{1,64}\.(png|jpg|webp)$/;
const picturePath = z.string().regex(PICTURE_PATH, 'not a picture path of this archive');

export const incidentRowSchema = z.object({
  id,
  tabId,
  platform,
  host: text(253),
  region: text(64),
  shopId: text(100).nullable(),
  openedAt: time,
  lastAt: time,
  status: z.enum(INCIDENT_STATUSES),
  severity: z.enum(SEVERITIES),
  signalCount: count,
  title: text(2000),
  pinned: z.boolean(),
  resolvedAt: time.nullable(),
});

export const signalRowSchema = z.object({
  id,
  incidentId: id,
  tabId,
  pageId: text(64),
  platform,
  host: text(253),
  kind: z.enum(SIGNAL_KINDS),
  severity: z.enum(SEVERITIES),
  message: text(2000),
  fingerprint: text(200).min(1),
  url: text(2000),
  count,
  firstAt: time,
  lastAt: time,
  clearedAt: time.nullable(),
  details: flatDetails,
});

export const environmentSchema = z.object({
  browser: text(100),
  browserVersion: text(100),
  os: text(200),
  extensionVersion: text(50),
  language: text(50),
  online: z.boolean(),
  connectionType: text(50).nullable(),
});

export const captureRowSchema = z.object({
  id,
  key: z.string().regex(CAPTURE_KEY, 'not a capture key'),
  incidentId: id.nullable(),
  tabId,
  platform,
  host: text(253),
  region: text(64).nullable(),
  shopId: text(100).nullable(),
  at: time,
  trigger: z.enum(['popup', 'sidepanel', 'shortcut', 'context-menu', 'overlay', 'auto']),
  url: text(2000),
  title: text(300),
  environment: environmentSchema,
  bannerTexts: z.array(text(2000)).max(100),
  signalIds: z.array(id).max(10_000),
  masked: z.boolean(),
  screenshot: picturePath.nullable(),
  originalScreenshot: picturePath.nullable(),
  thumbnail: picturePath.nullable(),
  width: count,
  height: count,
  bytes: count,
  pinned: z.boolean(),
  note: text(100).nullable(),
});

export const orderRowSchema = z.object({
  platform,
  orderId: text(64).min(1),
  statusId: text(64),
  statusLabel: text(200),
  statusSince: time,
  lastSeenAt: time,
  listStatusId: text(64).nullable(),
  listSeenAt: time.nullable(),
  detailStatusId: text(64).nullable(),
  detailSeenAt: time.nullable(),
});

export const pageTimingRowSchema = z.object({
  id,
  platform,
  host: text(253),
  pathKey: text(300),
  loadMs: z.number().nonnegative().max(3_600_000),
  at: time,
});

export const stepRowSchema = z.object({
  id,
  incidentId: id.nullable(),
  tabId: tabId.nullable(),
  platform: platform.nullable(),
  host: text(253).nullable(),
  at: time,
  step: text(100),
  outcome: z.enum(['done', 'failed', 'skipped', 'helped', 'did-not-help']),
  details: flatDetails,
});

export const shipmentRowSchema = z.object({
  id,
  platform,
  orderId: text(64).min(1),
  buyerReference: text(200),
  carrier: text(200),
  trackingNumber: text(200),
  shippedAt: time,
  createdAt: time,
  backfilledAt: time.nullable(),
});

export const authorisationRowSchema = z
  .object({
    id,
    platform,
    kind: z.enum(AUTHORISATION_KINDS),
    label: text(200).min(1),
    grantedAt: time.nullable(),
    expiresAt: time,
    createdAt: time,
  })
  .refine((row) => kindsFor(row.platform).includes(row.kind), { message: 'kind does not fit the platform', path: ['kind'] });

export const postmortemRowSchema = z.object({
  id,
  incidentId: id,
  platform,
  host: text(253),
  shopId: text(100).nullable(),
  scenario: z.enum([...SCENARIOS, 'none']),
  fingerprints: z.array(text(200).min(1)).max(1000),
  title: text(2000),
  cause: z.enum(ROOT_CAUSES),
  fixId: text(100).nullable(),
  fixText: text(2000),
  note: text(4000),
  openedAt: time,
  resolvedAt: time,
  timeToResolveMs: time,
});

export const backupDataSchema = z.object({
  incidents: rows(incidentRowSchema),
  signals: rows(signalRowSchema),
  captures: rows(captureRowSchema),
  orders: rows(orderRowSchema),
  pageTimings: rows(pageTimingRowSchema),
  steps: rows(stepRowSchema),
  shipments: rows(shipmentRowSchema),
  authorisations: rows(authorisationRowSchema),
  postmortems: rows(postmortemRowSchema),
});
export type BackupData = z.infer<typeof backupDataSchema>;
export type BackupTable = keyof BackupData;
export const BACKUP_TABLES = Object.keys(backupDataSchema.shape) as BackupTable[];

/**
 * settings.json. The settings themselves are checked field by field against lib/settings.ts on
 * import (a field that does not parse is left out and named in the report), so a file from an
 * older or newer extension still gives what it can; here only the outline is checked.
 */
export const settingsFileSchema = z.object({
  settings: z.record(text(64), z.unknown()).refine((value) => Object.keys(value).length <= 64, 'at most 64 fields'),
  reminders: z.object({ weeklyCheckAnchor: time.nullable(), backupAnchor: time.nullable() }),
});
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** Brings an older manifest (still unchecked JSON) up to this version: tables it did not have count 0. */
export function migrateManifest(json: unknown): unknown {
  if (!json || typeof json !== 'object' || Array.isArray(json)) return json;
  const manifest = json as Record<string, unknown>;
  if (manifest.version !== 1) return json;
  const counts = manifest.counts && typeof manifest.counts === 'object' && !Array.isArray(manifest.counts) ? manifest.counts : {};
  return { ...manifest, counts: { ...counts, authorisations: 0, postmortems: 0 } };
}

/** Brings older data.json (still unchecked JSON) up to this version: v1 had no authorisations or post-mortems. */
export function migrateData(json: unknown, version: number): unknown {
  if (version !== 1 || !json || typeof json !== 'object' || Array.isArray(json)) return json;
  const data = json as Record<string, unknown>;
  // Rows a v1 file has under the new names anyway are not dropped unseen: they are checked like any v2 row.
  return { authorisations: [], postmortems: [], ...data };
}

const fileEntry = z.object({ bytes: count, sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  createdAt: time,
  extensionVersion: text(50),
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('all') }), z.object({ kind: z.literal('incident'), incident: text(600) })]),
  counts: z.record(z.enum(BACKUP_TABLES as [BackupTable, ...BackupTable[]]), count),
  /** Every file of the archive but this one: data.json and the pictures. */
  files: z.record(z.string().max(200), fileEntry),
  /** Rows of the database that did not pass validation and were left out, per table. */
  skipped: z.partialRecord(z.enum(BACKUP_TABLES as [BackupTable, ...BackupTable[]]), count).optional(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

export type BackupErrorCode = 'not-zip' | 'not-seller-sos' | 'newer-version' | 'corrupt' | 'too-large' | 'invalid';

/** A refused file. `detail` says what exactly (English); pages show i18n `backupErrorKey(code)` with it. */
export class BackupError extends Error {
  override name = 'BackupError';
  constructor(
    readonly code: BackupErrorCode,
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

const ERROR_KEYS: Record<BackupErrorCode, string> = {
  'not-zip': 'backupErrorNotZip',
  'not-seller-sos': 'backupErrorNotSellerSos',
  'newer-version': 'backupErrorNewerVersion',
  corrupt: 'backupErrorCorrupt',
  'too-large': 'backupErrorTooLarge',
  invalid: 'backupErrorInvalid',
};

export function backupErrorKey(code: BackupErrorCode): string {
  return ERROR_KEYS[code];
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
