import Dexie, { type EntityTable } from 'dexie';
import type { Platform } from './rules/types';
import type { Authorisation } from './reminders/authorisations';
import type { PostMortem } from './postmortem/types';
import type { Incident, Signal } from './signals';

/**
 * The `seller-sos` IndexedDB database, on the extension's own origin: the background writes,
 * the side panel and popup read (Dexie live queries). README "Data model" documents it; it is a
 * contract, so a change of shape is a new version() with an upgrade, never an edit of v1.
 */

/** What was last seen of one order: remembered across visits to notice stuck statuses. */
export interface OrderRecord {
  platform: Platform;
  orderId: string;
  statusId: string;
  statusLabel: string;
  /** When the order was first seen in its current status. */
  statusSince: number;
  lastSeenAt: number;
  /** Status read on the list and on the detail page, to notice when they disagree. */
  listStatusId: string | null;
  listSeenAt: number | null;
  detailStatusId: string | null;
  detailSeenAt: number | null;
}

/** One page load's time, to learn the seller's own usual time for each page. */
export interface PageTiming {
  id?: number;
  platform: Platform;
  host: string;
  pathKey: string;
  loadMs: number;
  at: number;
}

/** Where an action was started from: every capture and checklist step says so. */
export type Trigger = 'popup' | 'sidepanel' | 'shortcut' | 'context-menu' | 'overlay' | 'auto';

/** The seller's machine as support asks about it. */
export interface EnvironmentSnapshot {
  browser: string;
  browserVersion: string;
  os: string;
  extensionVersion: string;
  language: string;
  online: boolean;
  /** navigator.connection.effectiveType where the browser tells it ('4g', 'wifi'…), else null. */
  connectionType: string | null;
}

/** One evidence capture (issue "One-click evidence capture"): a screenshot and what went with it. */
export interface Capture {
  id?: number;
  /**
   * v3: stable, unique id made when the capture was requested (a UUID). A request retried after
   * the service worker was stopped carries the same key, so it is stored once; backups use it
   * to import a capture only once.
   */
  key: string;
  incidentId: number | null;
  tabId: number;
  platform: Platform;
  host: string;
  region: string | null;
  shopId: string | null;
  at: number;
  trigger: Trigger;
  /** Redacted page URL and title. */
  url: string;
  title: string;
  environment: EnvironmentSnapshot;
  /** Text of the error banners visible at capture time (redacted). */
  bannerTexts: string[];
  /** Signals of the tab in the 15 minutes before the capture. */
  signalIds: number[];
  /** Whether personal data was masked on the page while the screenshot was taken. */
  masked: boolean;
  /** PNG or JPEG of the visible tab; null when the browser refused the screenshot (reason in `note`). */
  screenshot: Blob | null;
  /**
   * v3: the screenshot as taken, kept while the seller's blurred or boxed version waits for
   * confirmation (components/capture/RegionEditor.tsx); null otherwise.
   */
  originalScreenshot: Blob | null;
  thumbnail: Blob | null;
  width: number;
  height: number;
  /** Stored bytes of the screenshot, the original kept beside an edit, and the thumbnail. */
  bytes: number;
  pinned: boolean;
  /** Why something is missing, as a code of lib/capture/notes.ts (e.g. 'permission-needed'), or null. */
  note: string | null;
}

/** One checklist action or tick (refresh, hard reload, clear site data, network check…). */
export interface ChecklistStep {
  id?: number;
  incidentId: number | null;
  tabId: number | null;
  platform: Platform | null;
  host: string | null;
  at: number;
  /** The checklist item's id, e.g. 'refresh', 'hard-reload', 'clear-site-data', 'network-check'. */
  step: string;
  outcome: 'done' | 'failed' | 'skipped' | 'helped' | 'did-not-help';
  /** Figures and notes, e.g. latency of each probed host. Flat, like signal details. */
  details: Record<string, string | number | boolean | null>;
}

/** A shipment made while the platform would not accept it, to back-fill later (stop-gap log). */
export interface ManualShipment {
  id?: number;
  platform: Platform;
  orderId: string;
  buyerReference: string;
  carrier: string;
  trackingNumber: string;
  shippedAt: number;
  createdAt: number;
  /** When the seller marked it entered in the back-office; null while it still needs doing. */
  backfilledAt: number | null;
}

export const DB_NAME = 'seller-sos';

export class SellerSosDatabase extends Dexie {
  signals!: EntityTable<Signal, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  orders!: EntityTable<OrderRecord, 'orderId'>;
  pageTimings!: EntityTable<PageTiming, 'id'>;
  captures!: EntityTable<Capture, 'id'>;
  steps!: EntityTable<ChecklistStep, 'id'>;
  shipments!: EntityTable<ManualShipment, 'id'>;
  authorisations!: EntityTable<Authorisation, 'id'>;
  postmortems!: EntityTable<PostMortem, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      signals: '++id, incidentId, [incidentId+fingerprint], [tabId+pageId], platform, kind, lastAt',
      incidents: '++id, [tabId+platform], status, platform, lastAt',
      orders: '[platform+orderId], lastSeenAt',
      pageTimings: '++id, [platform+pathKey], at',
    });
    // v2: evidence captures, checklist steps and the manual shipment log.
    this.version(2).stores({
      captures: '++id, incidentId, tabId, at, pinned',
      steps: '++id, incidentId, tabId, at',
      shipments: '++id, [platform+orderId], backfilledAt, shippedAt',
    });
    // v3: captures get a unique request key (exactly-once storage across service-worker restarts,
    // idempotent backup import) and keep the original screenshot beside a region-edited one.
    this.version(3)
      .stores({ captures: '++id, &key, incidentId, tabId, at, pinned' })
      .upgrade((transaction) =>
        transaction
          .table('captures')
          .toCollection()
          .modify((capture: Partial<Capture>) => {
            capture.key ??= `legacy-${capture.id}`;
            capture.originalScreenshot ??= null;
          }),
      );
    // v4: prevention and review. `authorisations` are the app and integration authorisations the
    // seller registers for renewal reminders; `postmortems` are resolved incidents with their root
    // cause and fix, found again by platform + scenario or by any shared fault fingerprint. Only
    // new tables: every v3 row stays as it is, so no upgrade function is needed.
    this.version(4).stores({
      authorisations: '++id, platform, expiresAt',
      postmortems: '++id, &incidentId, [platform+scenario], *fingerprints, resolvedAt',
    });
  }
}

let shared: SellerSosDatabase | undefined;

/** The one database connection of this extension context. */
export function database(): SellerSosDatabase {
  shared ??= new SellerSosDatabase();
  return shared;
}
