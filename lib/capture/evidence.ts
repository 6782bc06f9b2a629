import type { Capture, SellerSosDatabase } from '../db';

/**
 * What extension pages change on a stored capture: the seller's edited screenshot, pinning.
 * Written from the page itself (Blobs cannot travel in Chrome's extension messages), each in
 * one transaction. The evidence list reads `captures` with Dexie live queries:
 *
 *   useLiveQuery(() => database().captures.where('tabId').equals(tabId).reverse().sortBy('at'), [tabId])
 *
 * and shows `capture.thumbnail` (a JPEG Blob) through URL.createObjectURL.
 */

const storedBytes = (capture: Pick<Capture, 'screenshot' | 'originalScreenshot' | 'thumbnail'>) =>
  (capture.screenshot?.size ?? 0) + (capture.originalScreenshot?.size ?? 0) + (capture.thumbnail?.size ?? 0);

async function change(db: SellerSosDatabase, captureId: number, edit: (capture: Capture) => Partial<Capture>): Promise<Capture> {
  return db.transaction('rw', db.captures, async () => {
    const capture = await db.captures.get(captureId);
    if (!capture) throw new Error(`There is no capture ${captureId}`);
    const changed = { ...capture, ...edit(capture) };
    changed.bytes = storedBytes(changed);
    await db.captures.put(changed);
    return changed;
  });
}

/**
 * Replaces the screenshot with the seller's edited version. The original is kept beside it
 * (the first original, if the seller edits again) until confirmEdit() or revertEdit().
 */
export function saveEdit(db: SellerSosDatabase, captureId: number, edited: Blob, thumbnail: Blob): Promise<Capture> {
  return change(db, captureId, (capture) => {
    if (!capture.screenshot) throw new Error(`Capture ${captureId} has no screenshot to edit`);
    return { screenshot: edited, originalScreenshot: capture.originalScreenshot ?? capture.screenshot, thumbnail };
  });
}

/** The seller is sure: the original with what they hid is deleted. */
export function confirmEdit(db: SellerSosDatabase, captureId: number): Promise<Capture> {
  return change(db, captureId, () => ({ originalScreenshot: null }));
}

/** Back to the screenshot as taken. */
export function revertEdit(db: SellerSosDatabase, captureId: number, thumbnail: Blob): Promise<Capture> {
  return change(db, captureId, (capture) => {
    if (!capture.originalScreenshot) throw new Error(`Capture ${captureId} has no original to go back to`);
    return { screenshot: capture.originalScreenshot, originalScreenshot: null, thumbnail };
  });
}

/** A pinned capture (and its incident) is never pruned by retention. */
export function setCapturePinned(db: SellerSosDatabase, captureId: number, pinned: boolean): Promise<Capture> {
  return change(db, captureId, () => ({ pinned }));
}
