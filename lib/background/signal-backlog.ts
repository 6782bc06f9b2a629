import { browser } from 'wxt/browser';
import type { SellerSosDatabase } from '../db';
import { matchHost } from '../rules/catalog';
import type { SignalDraft } from '../signals';
import { isStorageFull, reportStorageFull, reportStorageWritable } from '../storage-health';
import { storeSignals, type PageOrigin } from './signal-store';

/**
 * Fault reports that arrive while the disk or the browser's quota is full are held in
 * storage.session (memory, kept across service-worker restarts, outside the IndexedDB quota) and
 * written, oldest first, with the next report once space is back. The seller is told meanwhile
 * (lib/storage-health.ts). What is already in the database is never touched by a refused write:
 * storeSignals is one transaction.
 */

const HELD_KEY = 'heldSignalBatches';
/** Enough for minutes of a busy page; beyond that the oldest go and are counted as dropped. */
export const MAX_HELD_BATCHES = 100;

interface HeldBatch {
  tabId: number;
  pageId: string;
  host: string;
  shopId: string | null;
  drafts: SignalDraft[];
}

/** 0 when this worker knows nothing is held; undefined until read after a start. */
let heldKnown: number | undefined;

async function readHeld(): Promise<HeldBatch[]> {
  if (heldKnown === 0) return [];
  try {
    const stored = (await browser.storage.session.get(HELD_KEY))[HELD_KEY];
    const held = Array.isArray(stored) ? (stored as HeldBatch[]) : [];
    heldKnown = held.length;
    return held;
  } catch {
    return [];
  }
}

/** Saves what is still held; returns how many batches could not be held. */
async function saveHeld(batches: HeldBatch[]): Promise<number> {
  const kept = batches.slice(-MAX_HELD_BATCHES);
  let dropped = batches.length - kept.length;
  try {
    if (kept.length) await browser.storage.session.set({ [HELD_KEY]: kept });
    else await browser.storage.session.remove(HELD_KEY);
    heldKnown = kept.length;
  } catch (error) {
    console.warn('Seller SOS: fault reports could not be held while storage is full', error);
    dropped = batches.length;
  }
  return dropped;
}

function originOf(batch: HeldBatch): PageOrigin | undefined {
  const match = matchHost(batch.host);
  return match ? { tabId: batch.tabId, pageId: batch.pageId, host: batch.host, shopId: batch.shopId, match } : undefined;
}

/**
 * Stores one page's fault report, after any reports held for lack of space. Returns the incident
 * the report went into, or null when it is held because storage is full. Other errors are thrown.
 */
export async function storeSignalsOrHold(db: SellerSosDatabase, origin: PageOrigin, drafts: SignalDraft[]): Promise<number | null> {
  const held = await readHeld();
  const queue: HeldBatch[] = [...held, { tabId: origin.tabId, pageId: origin.pageId, host: origin.host, shopId: origin.shopId, drafts }];
  let incidentId: number | null = null;
  for (const [index, batch] of queue.entries()) {
    const last = index === queue.length - 1;
    const batchOrigin = last ? origin : originOf(batch);
    if (!batchOrigin) continue;
    try {
      const stored = await storeSignals(db, batchOrigin, batch.drafts);
      if (last) incidentId = stored;
    } catch (error) {
      if (!isStorageFull(error)) {
        if (last) {
          // The held reports before it are in; this one is refused for another reason (the caller's to handle).
          if (held.length) await saveHeld([]);
          throw error;
        }
        console.warn('Seller SOS: a held fault report could not be stored and was left out', error);
        continue;
      }
      const rest = queue.slice(index);
      const dropped = await saveHeld(rest);
      await reportStorageFull('signals', { held: rest.length - dropped, dropped });
      return null;
    }
  }
  if (held.length) await saveHeld([]);
  await reportStorageWritable();
  return incidentId;
}

/** @internal tests: forget the worker's memory, as a restart would. */
export function forgetHeldMemory(): void {
  heldKnown = undefined;
}
