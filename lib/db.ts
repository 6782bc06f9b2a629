import Dexie, { type EntityTable } from 'dexie';
import type { Platform } from './rules/types';
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

export const DB_NAME = 'seller-sos';

export class SellerSosDatabase extends Dexie {
  signals!: EntityTable<Signal, 'id'>;
  incidents!: EntityTable<Incident, 'id'>;
  orders!: EntityTable<OrderRecord, 'orderId'>;
  pageTimings!: EntityTable<PageTiming, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      signals: '++id, incidentId, [incidentId+fingerprint], [tabId+pageId], platform, kind, lastAt',
      incidents: '++id, [tabId+platform], status, platform, lastAt',
      orders: '[platform+orderId], lastSeenAt',
      pageTimings: '++id, [platform+pathKey], at',
    });
  }
}

let shared: SellerSosDatabase | undefined;

/** The one database connection of this extension context. */
export function database(): SellerSosDatabase {
  shared ??= new SellerSosDatabase();
  return shared;
}
