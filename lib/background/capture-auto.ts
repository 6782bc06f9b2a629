import { browser } from 'wxt/browser';
import type { SellerSosDatabase } from '../db';
import { loadSettings } from '../settings';
import { severityRank, type SignalDraft } from '../signals';
import { captureEvidence } from './capture';

/**
 * Automatic capture (settings.autoCapture, off by default): a new fault of severity error or
 * critical is captured by itself, at most once per incident per minute. Screenshots without a
 * click need the optional `<all_urls>` permission, asked for by the options page when the seller
 * switches this on; without it the capture is kept without a screenshot and says why.
 */

export const AUTO_CAPTURE_INTERVAL_MS = 60_000;
const slotKey = (incidentId: number) => `autoCapture:${incidentId}`;

/** Claims run one after another, so two reports arriving together cannot both take the slot. */
let claims: Promise<unknown> = Promise.resolve();

/** After signals were stored: captures when one of them is a new serious fault. */
export async function captureOnNewFault(db: SellerSosDatabase, tabId: number, incidentId: number, drafts: readonly SignalDraft[], now = Date.now()): Promise<void> {
  const serious = drafts.filter((draft) => severityRank(draft.severity) >= severityRank('error'));
  if (serious.length === 0 || !(await loadSettings()).autoCapture) return;
  if (!(await anyNew(db, incidentId, serious))) return;
  const claimed = (claims = claims.then(() => claimSlot(incidentId, now), () => claimSlot(incidentId, now)));
  if (!(await claimed)) return;
  // A capture that fails here stays pending and is retried (capture-pending.ts); nothing to throw to.
  await captureEvidence({ key: crypto.randomUUID(), tabId, trigger: 'auto' }).catch((error: unknown) => console.warn('Seller SOS: automatic capture failed', error));
}

/** A signal is new when this report created its row (a repeat adds to an older row's count). */
async function anyNew(db: SellerSosDatabase, incidentId: number, drafts: readonly SignalDraft[]): Promise<boolean> {
  for (const draft of drafts) {
    const row = await db.signals.where('[incidentId+fingerprint]').equals([incidentId, draft.fingerprint]).first();
    if (row && row.firstAt === draft.at && row.count === draft.count) return true;
  }
  return false;
}

/** The incident's slot for this minute, kept in storage.session so a restarted worker respects it. */
async function claimSlot(incidentId: number, now: number): Promise<boolean> {
  const stored = await browser.storage.session.get(slotKey(incidentId));
  const last = stored[slotKey(incidentId)];
  if (typeof last === 'number' && now - last < AUTO_CAPTURE_INTERVAL_MS) return false;
  await browser.storage.session.set({ [slotKey(incidentId)]: now });
  return true;
}
