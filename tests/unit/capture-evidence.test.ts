// @vitest-environment node
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { confirmEdit, revertEdit, saveEdit, setCapturePinned } from '../../lib/capture/evidence';
import { SellerSosDatabase, type Capture } from '../../lib/db';

let db: SellerSosDatabase;
let counter = 0;
let id: number;
const blob = (size: number, type = 'image/png') => new Blob([new Uint8Array(size)], { type });

beforeEach(async () => {
  db = new SellerSosDatabase(`evidence-${(counter += 1)}`);
  await db.open();
  const capture: Capture = {
    key: 'k', incidentId: null, tabId: 1, platform: 'amazon', host: 'sellercentral.amazon.com', region: 'US', shopId: null, at: 1, trigger: 'popup', url: '', title: '',
    environment: { browser: 'b', browserVersion: '1', os: 'o', extensionVersion: '0.1.0', language: 'en', online: true, connectionType: null },
    bannerTexts: [], signalIds: [], masked: true, screenshot: blob(100), originalScreenshot: null, thumbnail: blob(10, 'image/jpeg'), width: 10, height: 10, bytes: 110, pinned: false, note: null,
  };
  id = (await db.captures.add(capture)) as number;
});

describe('edited screenshots', () => {
  it('saving keeps the original until the seller confirms; bytes follow', async () => {
    const edited = await saveEdit(db, id, blob(80), blob(9, 'image/jpeg'));
    expect(edited.screenshot!.size).toBe(80);
    expect(edited.originalScreenshot!.size).toBe(100);
    expect(edited.bytes).toBe(80 + 100 + 9);
    // Editing again keeps the very first original.
    const again = await saveEdit(db, id, blob(70), blob(8, 'image/jpeg'));
    expect(again.originalScreenshot!.size).toBe(100);
    const confirmed = await confirmEdit(db, id);
    expect(confirmed.originalScreenshot).toBeNull();
    expect((await db.captures.get(id))!.bytes).toBe(70 + 8);
  });

  it('reverting brings the original back and drops the edit', async () => {
    await saveEdit(db, id, blob(80), blob(9, 'image/jpeg'));
    const reverted = await revertEdit(db, id, blob(11, 'image/jpeg'));
    expect(reverted.screenshot!.size).toBe(100);
    expect(reverted.originalScreenshot).toBeNull();
    expect(reverted.bytes).toBe(111);
    await expect(revertEdit(db, id, blob(1))).rejects.toThrow(/no original/);
  });

  it('pins', async () => {
    await setCapturePinned(db, id, true);
    expect((await db.captures.get(id))!.pinned).toBe(true);
  });
});
