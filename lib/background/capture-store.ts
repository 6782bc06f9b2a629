import type { Capture, SellerSosDatabase } from '../db';
import { isStorageFull } from '../storage-health';
import { evidenceBytes, pruneEvidence, type RetentionPolicy } from './retention';

/**
 * Stores a capture exactly once (by its key) and never loses the newest one to a full disk:
 *
 * 1. add it;
 * 2. on a quota or disk-full error, prune the oldest unpinned evidence to make room (at least
 *    twice the capture's size) and add it again;
 * 3. still full: keep it with its thumbnail but without the full-size screenshot;
 * 4. still full: keep it without any picture — environment, signals and banners are small.
 *
 * Steps 3 and 4 mark the capture with note 'storage-full' and say so to the caller, who tells
 * the seller. Only when even step 4 fails does storing fail (CaptureStorageError).
 */

export { isStorageFull };

export class CaptureStorageError extends Error {
  override name = 'CaptureStorageError';
}

export interface StoredCapture {
  id: number;
  /** The capture as stored (without its screenshot when storage was full). */
  capture: Capture;
  /** True when it was already stored under this key (a retried request). */
  existed: boolean;
  storageFull: boolean;
}

async function addOnce(db: SellerSosDatabase, capture: Capture): Promise<{ id: number; existed: boolean }> {
  return db.transaction('rw', db.captures, async () => {
    const existing = await db.captures.where('key').equals(capture.key).first();
    if (existing?.id !== undefined) return { id: existing.id, existed: true };
    return { id: (await db.captures.add(capture)) as number, existed: false };
  });
}

export async function storeCapture(db: SellerSosDatabase, capture: Capture, policy: RetentionPolicy, now = Date.now()): Promise<StoredCapture> {
  const attempts: (() => Promise<Capture>)[] = [
    async () => capture,
    async () => {
      const total = await evidenceBytes(db);
      await pruneEvidence(db, { ...policy, maxBytes: Math.max(0, Math.min(policy.maxBytes, total) - 2 * capture.bytes) }, now, [capture.key]);
      return capture;
    },
    async () => withoutPictures(capture, true),
    async () => withoutPictures(capture, false),
  ];
  let lastError: unknown;
  for (const [index, prepare] of attempts.entries()) {
    const candidate = await prepare();
    try {
      const { id, existed } = await addOnce(db, candidate);
      return { id, capture: { ...candidate, id }, existed, storageFull: index >= 2 };
    } catch (error) {
      if (!isStorageFull(error)) throw error;
      lastError = error;
    }
  }
  throw new CaptureStorageError(`No room to store the capture: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

function withoutPictures(capture: Capture, keepThumbnail: boolean): Capture {
  const thumbnail = keepThumbnail ? capture.thumbnail : null;
  return { ...capture, screenshot: null, originalScreenshot: null, thumbnail, bytes: thumbnail?.size ?? 0, note: 'storage-full' };
}
