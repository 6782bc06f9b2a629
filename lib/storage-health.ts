import { z } from 'zod';
import { browser } from 'wxt/browser';

/**
 * Whether the `seller-sos` database can take writes. When the disk or the browser's quota is full
 * the background records it here (storage.local `storageHealth`), the popup and the side panel
 * show it to the seller (components/StorageFullNotice.tsx), and the first write that succeeds
 * again clears it. A write refused for space never touches what is already stored: each store is
 * one transaction, which IndexedDB rolls back whole.
 */

// No code generation: extension pages' CSP forbids eval, and a refused eval leaves a console error.
z.config({ jitless: true });

export const STORAGE_HEALTH_KEY = 'storageHealth';

export const storageHealthSchema = z.object({
  full: z.boolean(),
  /** When the first refused write of this episode happened. */
  since: z.number().nonnegative(),
  /** The latest refused write. */
  lastAt: z.number().nonnegative(),
  /** What could not be written: fault reports waiting to be stored, or evidence. */
  area: z.enum(['signals', 'captures']),
  /** Fault reports held in memory to be written when space is back. */
  held: z.number().int().nonnegative(),
  /** Fault reports that could not even be held (the holding area was full too). */
  dropped: z.number().int().nonnegative(),
});
export type StorageHealth = z.infer<typeof storageHealthSchema>;

/** Errors that mean "no room": quota, and Firefox's and Chromium's ways of saying the disk is full. */
export function isStorageFull(error: unknown): boolean {
  for (let current = error as { name?: string; inner?: unknown; message?: string } | undefined; current; current = current.inner as typeof current) {
    if (current.name === 'QuotaExceededError' || current.name === 'NS_ERROR_FILE_NO_DEVICE_SPACE') return true;
    if (current.name === 'UnknownError' && /space|quota|disk/i.test(current.message ?? '')) return true;
  }
  return false;
}

export async function readStorageHealth(): Promise<StorageHealth | null> {
  const stored = (await browser.storage.local.get(STORAGE_HEALTH_KEY))[STORAGE_HEALTH_KEY];
  const parsed = storageHealthSchema.safeParse(stored);
  return parsed.success && parsed.data.full ? parsed.data : null;
}

/** The worker's last known state, so a healthy write costs no storage read (reset when the worker restarts). */
let knownFull: boolean | undefined;

export async function reportStorageFull(area: StorageHealth['area'], counts: { held: number; dropped: number }, now = Date.now()): Promise<void> {
  knownFull = true;
  try {
    const previous = await readStorageHealth();
    const health: StorageHealth = { full: true, since: previous?.since ?? now, lastAt: now, area, held: counts.held, dropped: (previous?.dropped ?? 0) + counts.dropped };
    await browser.storage.local.set({ [STORAGE_HEALTH_KEY]: health });
  } catch (error) {
    // storage.local may be out of room as well; the capture's own answer still tells the seller.
    console.warn('Seller SOS: storage is full and the notice could not be saved', error);
  }
}

export async function reportStorageWritable(): Promise<void> {
  if (knownFull === false) return;
  try {
    if (knownFull === true || (await readStorageHealth())) await browser.storage.local.remove(STORAGE_HEALTH_KEY);
    knownFull = false;
  } catch (error) {
    console.warn('Seller SOS: could not clear the storage notice', error);
  }
}

export function onStorageHealthChanged(listener: (health: StorageHealth | null) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[STORAGE_HEALTH_KEY]) return;
    const parsed = storageHealthSchema.safeParse(changes[STORAGE_HEALTH_KEY].newValue);
    listener(parsed.success && parsed.data.full ? parsed.data : null);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}

/** @internal tests: forget the worker's memory, as a restart would. */
export function forgetStorageHealthMemory(): void {
  knownFull = undefined;
}
