import { browser } from 'wxt/browser';
import { database, type SellerSosDatabase } from '../db';
import { importBackup, type ImportReport } from './import';

/**
 * Importing a backup from an extension page (options → Evidence): the rows and settings are
 * written here, but the reminder alarms live in the background, which only notices changes of
 * storage. Restored authorisations are IndexedDB rows, so the background is asked to recompute
 * the alarms (lib/background/prevention.ts, 'reminders/sync') once the import has committed.
 */
export async function restoreBackup(file: Blob | ArrayBuffer | Uint8Array, db: SellerSosDatabase = database()): Promise<ImportReport> {
  const report = await importBackup(db, file);
  try {
    await browser.runtime.sendMessage({ type: 'reminders/sync' });
  } catch (error) {
    // The data is in; the background also recomputes the alarms at its next start.
    console.warn('Seller SOS: could not ask for the reminders to be rescheduled:', error);
  }
  return report;
}
