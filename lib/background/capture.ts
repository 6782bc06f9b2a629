import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { environmentSnapshot } from '../capture/environment';
import { dataUrlToBlob, describeImage } from '../capture/image';
import { database, type Capture, type Trigger } from '../db';
import type { CaptureError, CaptureNote, CaptureOutcome } from '../messages';
import { LAST_CAPTURE_KEY, type LastCapture } from '../capture/last-capture';
import { CAPTURE_ERROR_TEXT } from '../capture/notes';
import { currentIncident } from '../checklist/incident';
import { redactText, redactUrl } from '../redact';
import { matchUrl } from '../rules/catalog';
import { loadSettings } from '../settings';
import { allPending, getPending, removePending, savePending, type PendingCapture } from './capture-pending';
import { finishPage, preparePage } from './capture-page';
import { CaptureStorageError, storeCapture } from './capture-store';
import { reportStorageFull, reportStorageWritable } from '../storage-health';
import { pruneEvidence, retentionPolicy } from './retention';
import { getTabPage } from './tab-pages';

/**
 * One evidence capture, from any entry point (popup, side panel, keyboard shortcut, context
 * menu, automatic): the screenshot of the visible tab — taken while the page hides personal data
 * — and what support asks for with it (redacted URL, time, platform, region, shop id, browser
 * and OS, extension version, connection, the tab's signals of the last 15 minutes, the visible
 * error banners), stored in the `captures` table.
 *
 * Exactly once, whatever stops the service worker: the request's key is written to storage.session
 * before anything else happens (capture-pending.ts), a worker that starts again finishes it, the
 * requesting page resends the same key until it gets an answer, and the key is unique in the
 * table (capture-store.ts).
 *
 * Screenshots need `activeTab` (the seller clicked the toolbar button, pressed the shortcut or
 * chose the context-menu item on this tab) or the optional `<all_urls>` permission (side panel,
 * automatic capture). Without either the capture is still kept, without a screenshot, with a
 * note saying why.
 */

/** Signals of the tab this recent go with the capture. */
export const RECENT_SIGNALS_MS = 15 * 60 * 1000;
/** A capture interrupted more often than this, or older, is kept without a screenshot. */
const MAX_ATTEMPTS = 3;
const MAX_AGE_MS = 5 * 60 * 1000;

export interface CaptureAsk {
  key: string;
  tabId: number;
  trigger: Trigger;
  /** Hide personal data; undefined: the seller's default (settings.captureMaskByDefault). */
  mask?: boolean;
}

const inFlight = new Map<string, Promise<CaptureOutcome>>();

/** Takes (or finishes, or finds) the capture with this key; one run per key at a time. */
export function captureEvidence(ask: CaptureAsk): Promise<CaptureOutcome> {
  let running = inFlight.get(ask.key);
  if (!running) {
    running = run(ask).finally(() => inFlight.delete(ask.key));
    inFlight.set(ask.key, running);
  }
  return running;
}

/** Finishes the captures a stopped worker left (on start and on the retry alarm). */
export async function resumePendingCaptures(): Promise<void> {
  for (const pending of await allPending()) {
    await captureEvidence({ key: pending.key, tabId: pending.tabId, trigger: pending.trigger, mask: pending.mask }).catch((error: unknown) =>
      console.warn('Seller SOS: a capture could not be finished yet', error),
    );
  }
}

function refuse(key: string, error: CaptureError): CaptureOutcome {
  return { ok: false, key, error, message: CAPTURE_ERROR_TEXT[error].english };
}

async function run(ask: CaptureAsk): Promise<CaptureOutcome> {
  const db = database();
  const existing = await db.captures.where('key').equals(ask.key).first();
  if (existing?.id !== undefined) {
    // Stored by a worker that was stopped before it could clear its pending record.
    await removePending(ask.key);
    return { ok: true, key: ask.key, captureId: existing.id, screenshot: existing.screenshot !== null, note: asNote(existing.note) };
  }

  let pending = await getPending(ask.key);
  if (!pending) {
    const tab = await browser.tabs.get(ask.tabId).catch(() => undefined);
    if (!tab || tab.windowId === undefined) return report(ask.trigger, refuse(ask.key, 'tab-closed'));
    // The URL is visible only on back-office hosts (host permissions) or after a click (activeTab).
    const match = tab.url ? matchUrl(tab.url) : undefined;
    if (!tab.url || !match) return report(ask.trigger, refuse(ask.key, 'not-back-office'));
    const settings = await loadSettings();
    pending = {
      key: ask.key,
      tabId: ask.tabId,
      windowId: tab.windowId,
      trigger: ask.trigger,
      mask: ask.mask ?? settings.captureMaskByDefault,
      requestedAt: Date.now(),
      attempts: 0,
      platform: match.platform,
      host: new URL(tab.url).hostname,
      region: match.region,
      url: redactUrl(tab.url),
      title: redactText(tab.title ?? '').slice(0, 300),
    };
  }
  pending = { ...pending, attempts: pending.attempts + 1 };
  await savePending(pending);

  let outcome: CaptureOutcome;
  let overCap = false;
  try {
    ({ outcome, overCap } = await complete(pending));
  } catch (error) {
    // Anything else is left pending and retried on the next start or alarm — a few times only.
    if (!(error instanceof CaptureStorageError) && pending.attempts <= MAX_ATTEMPTS + 1) throw error;
    console.warn('Seller SOS: a capture could not be stored', error);
    outcome = refuse(pending.key, 'storage-failed');
    await reportStorageFull('captures', { held: 0, dropped: 0 });
  }
  await removePending(pending.key);
  return report(pending.trigger, outcome, overCap);
}

async function report(trigger: Trigger, outcome: CaptureOutcome, overCap = false): Promise<CaptureOutcome> {
  const last: LastCapture = { at: Date.now(), trigger, outcome, overCap };
  await browser.storage.local.set({ [LAST_CAPTURE_KEY]: last }).catch(() => undefined);
  return outcome;
}

async function complete(pending: PendingCapture): Promise<{ outcome: CaptureOutcome; overCap: boolean }> {
  const db = database();
  const interrupted = pending.attempts > MAX_ATTEMPTS || Date.now() - pending.requestedAt > MAX_AGE_MS;
  const [shot, environment, settings] = await Promise.all([
    interrupted ? Promise.resolve<Shot>({ note: 'interrupted' }) : takeScreenshot(pending),
    environmentSnapshot(),
    loadSettings(),
  ]);
  const at = shot.at ?? Date.now();
  const pictures = shot.image ? await describeImage(shot.image) : null;
  const context = await captureContext(pending, at);
  const capture: Capture = {
    key: pending.key,
    incidentId: context.incidentId,
    tabId: pending.tabId,
    platform: pending.platform,
    host: pending.host,
    region: pending.region,
    shopId: context.shopId,
    at,
    trigger: pending.trigger,
    url: pending.url,
    title: pending.title,
    environment,
    bannerTexts: context.bannerTexts,
    signalIds: context.signalIds,
    masked: shot.image ? pending.mask : false,
    screenshot: shot.image ?? null,
    originalScreenshot: null,
    thumbnail: pictures?.thumbnail ?? null,
    width: pictures?.width ?? 0,
    height: pictures?.height ?? 0,
    bytes: (shot.image?.size ?? 0) + (pictures?.thumbnail.size ?? 0),
    pinned: false,
    note: shot.note ?? null,
  };
  const policy = retentionPolicy(settings);
  const stored = await storeCapture(db, capture, policy);
  // The seller is told while evidence has to be kept without its pictures; a whole capture clears it.
  if (stored.storageFull) await reportStorageFull('captures', { held: 0, dropped: 0 });
  else if (!stored.existed) await reportStorageWritable();
  // Retention runs after every capture; the new one is never pruned.
  const pruned = await pruneEvidence(db, policy, Date.now(), [pending.key]).catch((error: unknown) => {
    console.warn('Seller SOS: pruning old evidence failed', error);
    return null;
  });
  return {
    outcome: { ok: true, key: pending.key, captureId: stored.id, screenshot: stored.capture.screenshot !== null, note: asNote(stored.capture.note) },
    overCap: pruned?.overCap ?? false,
  };
}

function asNote(note: string | null): CaptureNote | null {
  return (note as CaptureNote | null) ?? null;
}

interface Shot {
  image?: Blob;
  at?: number;
  note?: CaptureNote;
}

async function takeScreenshot(pending: PendingCapture): Promise<Shot> {
  const { tabId } = pending;
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { note: 'tab-closed' };
  if (!tab.url || redactUrl(tab.url) !== pending.url) return { note: 'page-changed' };
  if (!tab.active || (await browser.windows.get(pending.windowId).catch(() => undefined))?.state === 'minimized') return { note: 'tab-hidden' };

  // Twice at most: a page that put itself back before the screenshot was taken is asked again.
  for (let round = 0; round < 2; round += 1) {
    const token = `${pending.key}:${pending.attempts}:${round}`;
    const prepared = await preparePage(tabId, token, pending.mask);
    // Never a screenshot with personal data showing when the seller asked to hide it.
    if (!prepared && pending.mask) return { note: 'mask-failed' };
    let dataUrl: string | undefined;
    let refused: CaptureNote | undefined;
    let intact = false;
    try {
      dataUrl = await captureVisibleTab(pending.windowId);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      refused = /activeTab|all_urls|permission/i.test(message) ? 'permission-needed' : 'browser-refused';
    } finally {
      intact = prepared && (await finishPage(tabId, token));
    }
    if (refused || !dataUrl) return { note: refused ?? 'browser-refused' };
    if (pending.mask && !intact) continue;
    // The seller switched tabs or the page navigated meanwhile: the picture is not of this page.
    const after = await browser.tabs.get(tabId).catch(() => undefined);
    if (!after?.active || !after.url || redactUrl(after.url) !== pending.url) return { note: 'page-changed' };
    return { image: dataUrlToBlob(dataUrl), at: Date.now() };
  }
  return { note: 'mask-failed' };
}

async function captureVisibleTab(windowId: number): Promise<string> {
  try {
    return await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  } catch (error) {
    // Chrome allows two screenshots a second per extension; a second one right after waits.
    if (!/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(error))) throw error;
    await new Promise((resolve) => setTimeout(resolve, 600));
    return browser.tabs.captureVisibleTab(windowId, { format: 'png' });
  }
}

interface CaptureContext {
  incidentId: number | null;
  shopId: string | null;
  signalIds: number[];
  bannerTexts: string[];
}

/** The tab's open incident, its signals of the last 15 minutes and the error banners showing now. */
async function captureContext(pending: PendingCapture, at: number): Promise<CaptureContext> {
  const db = database();
  const since = at - RECENT_SIGNALS_MS;
  const [signals, incidents, page] = await Promise.all([
    db.signals
      .where('[tabId+pageId]')
      .between([pending.tabId, Dexie.minKey], [pending.tabId, Dexie.maxKey])
      .filter((signal) => signal.lastAt >= since)
      .toArray(),
    db.incidents.where('[tabId+platform]').equals([pending.tabId, pending.platform]).toArray(),
    getTabPage(pending.tabId),
  ]);
  const incident = currentIncident(incidents, at);
  const bannerTexts = signals
    .filter((signal) => signal.kind === 'banner' && signal.clearedAt === null && signal.pageId === page?.pageId)
    .map((signal) => signal.message);
  return {
    incidentId: incident?.id ?? null,
    shopId: page?.shopId ?? incident?.shopId ?? null,
    signalIds: signals.flatMap((signal) => (signal.id === undefined ? [] : [signal.id])).sort((a, b) => a - b),
    bannerTexts: [...new Set(bannerTexts)],
  };
}
