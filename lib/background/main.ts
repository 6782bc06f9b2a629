import { browser, type Browser } from 'wxt/browser';
import { database } from '../db';
import { contentToBackgroundSchema, describeIssues, uiToBackgroundSchema, type ContentToBackground, type DeliveryAnswer, type TabState } from '../messages';
import { matchUrl } from '../rules/catalog';
import { loadSettings } from '../settings';
import { showFaultCount } from './badge';
import { captureFromOverlay } from './capture-overlay';
import { injectIntoTab } from './inject';
import { handleChecklistMessage, isChecklistMessage } from './checklist';
import { handleShipmentMessage, isShipmentMessage } from './shipments';
import { handlePreventionMessage, isPreventionMessage } from './prevention';
import { startReminders } from './reminders';
import { registerFirstRun } from './first-run';
import { captureOnNewFault } from './capture-auto';
import { handleCaptureRequest, startCaptureTriggers } from './capture-triggers';
import { overlayStrings } from './overlay-strings';
import { pageRulesAnswer } from './page-rules-answer';
import { rememberOrders } from './order-memory';
import { recordPageTiming } from './page-timings';
import { redactIncoming } from './redact-incoming';
import { salvageSignalsReport } from './salvage';
import { storeSignalsOrHold } from './signal-backlog';
import { clearPagesOfTab, clearSignals, openFaultCount, type PageOrigin } from './signal-store';
import { isStorageFull, reportStorageFull } from '../storage-health';
import { shopIdOfTab } from './shop-id';
import { forgetTab, getTabPage, setTabPage } from './tab-pages';

/**
 * The background: receives validated messages from content scripts and extension pages, stores
 * signals in the `seller-sos` database and keeps each tab's badge. It holds no state in memory
 * that matters: a Manifest V3 service worker may be stopped at any time.
 */

type Sender = Browser.runtime.MessageSender;

export function startBackground(): void {
  // First: onInstalled fires once, right after the worker starts, and must find its listener.
  registerFirstRun();
  startReminders();
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const fromContent = contentToBackgroundSchema.safeParse(message);
    // Validated, then fully redacted before anything is stored (the page side does not redact).
    if (fromContent.success) return handleContentSafely(redactIncoming(fromContent.data), sender);
    const salvaged = salvageSignalsReport(message);
    if (salvaged) {
      console.warn(`Seller SOS: left out ${salvaged.dropped} signal(s) of a report that did not parse:`, describeIssues(fromContent.error));
      return handleContentSafely(redactIncoming(salvaged.report), sender);
    }
    const fromUi = uiToBackgroundSchema.safeParse(message);
    // Extension pages have no tab or a chrome-extension:/moz-extension: URL; never a web page.
    if (fromUi.success && !sender.tab?.url?.startsWith('http')) {
      const ui = fromUi.data;
      if (isChecklistMessage(ui)) return handleChecklistMessage(ui);
      if (isShipmentMessage(ui)) return handleShipmentMessage(ui);
      if (isPreventionMessage(ui)) return handlePreventionMessage(ui);
      return ui.type === 'capture/request' ? handleCaptureRequest(ui) : handleUi(ui);
    }
    console.warn('Seller SOS: refused a message:', describeIssues(fromContent.error));
    // A content script is told, so it drops the report instead of retrying it for ever.
    return sender.tab?.url?.startsWith('http') ? Promise.resolve({ ok: false, reason: 'invalid' } satisfies DeliveryAnswer) : undefined;
  });

  startCaptureTriggers();

  browser.tabs.onRemoved.addListener((tabId) => {
    void clearPagesOfTab(database(), tabId, null, Date.now());
    void forgetTab(tabId);
  });
}

async function originOf(sender: Sender, pageId: string): Promise<PageOrigin | undefined> {
  const tabId = sender.tab?.id;
  const url = sender.url ?? sender.tab?.url;
  // The platform comes from the sender's real URL, never from what the message claims.
  const match = url ? matchUrl(url) : undefined;
  if (tabId === undefined || !match || !url) return undefined;
  const page = await getTabPage(tabId);
  return { tabId, pageId, host: new URL(url).hostname, match, shopId: page?.pageId === pageId ? page.shopId : null };
}

/**
 * A full disk is not a fault of the page: the seller is told (lib/storage-health.ts) and the
 * content script gets an answer instead of an error it would retry against a full disk.
 */
async function handleContentSafely(message: ContentToBackground, sender: Sender): Promise<unknown> {
  try {
    return await handleContent(message, sender);
  } catch (error) {
    if (!isStorageFull(error)) throw error;
    await reportStorageFull('signals', { held: 0, dropped: 0 });
    return { ok: false, reason: 'storage-full' } satisfies DeliveryAnswer;
  }
}

async function handleContent(message: ContentToBackground, sender: Sender): Promise<unknown> {
  const origin = await originOf(sender, message.type === 'page/rules' ? '' : message.pageId);
  if (!origin) return { ok: false, reason: 'not-back-office' } satisfies DeliveryAnswer;
  const db = database();
  switch (message.type) {
    case 'page/rules':
      return pageRulesAnswer(origin.match, message.languages);
    case 'page/hello': {
      const shopId = message.shopId ?? (await shopIdOfTab(origin.tabId, origin.match.rules.shopIdLabels));
      await setTabPage(origin.tabId, { pageId: message.pageId, host: origin.host, url: message.url, shopId });
      await clearPagesOfTab(db, origin.tabId, message.pageId, Date.now());
      await showFaultCount(origin.tabId, 0);
      const settings = await loadSettings();
      return {
        spinnerTimeoutMs: settings.spinnerTimeoutSeconds * 1000,
        deadlineWarningHours: settings.deadlineWarningHours,
        enabled: settings.detectionEnabled,
        overlay: settings.overlayPerSite[origin.host] ?? 'shown',
        strings: await overlayStrings(settings.language),
      };
    }
    case 'signals/report': {
      const incidentId = await storeSignalsOrHold(db, origin, message.signals);
      if (incidentId !== null) void captureOnNewFault(db, origin.tabId, incidentId, message.signals);
      break;
    }
    case 'signals/cleared':
      await clearSignals(db, origin.tabId, message.pageId, message.fingerprints, message.at);
      break;
    case 'orders/seen': {
      const drafts = await rememberOrders(db, origin.match.rules, message.orders, message.url, message.at);
      const incidentId = drafts.length ? await storeSignalsOrHold(db, origin, drafts) : null;
      if (incidentId !== null) void captureOnNewFault(db, origin.tabId, incidentId, drafts);
      await updateBadge(origin.tabId);
      // The page marks these on their rows too (the overlay).
      return { ok: true, derived: drafts.map(({ fingerprint, kind, severity, message: text, details }) => ({ fingerprint, kind, severity, message: text, details })) };
    }
    case 'overlay/load':
      return { ok: await injectIntoTab(origin.tabId, '/overlay-parts.js') };
    case 'overlay/open-side-panel':
      return { ok: await openSidePanel(origin.tabId) };
    case 'overlay/capture':
      return captureFromOverlay(origin.tabId, message.key);
    case 'page/timing': {
      const draft = await recordPageTiming(db, origin.match.platform, origin.host, message.pathKey, message.loadMs, message.url, message.at);
      if (draft) await storeSignalsOrHold(db, origin, [draft]);
      break;
    }
  }
  await updateBadge(origin.tabId);
  return { ok: true };
}

/** The side panel (Chrome) or sidebar (Firefox); both browsers may refuse without a user gesture. */
async function openSidePanel(tabId: number): Promise<boolean> {
  try {
    if (import.meta.env.FIREFOX) await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    else await (browser as unknown as { sidePanel: { open(options: { tabId: number }): Promise<void> } }).sidePanel.open({ tabId });
    return true;
  } catch {
    return false;
  }
}

async function updateBadge(tabId: number): Promise<void> {
  const page = await getTabPage(tabId);
  await showFaultCount(tabId, page ? await openFaultCount(database(), tabId, page.pageId) : 0);
}

async function handleUi(message: { type: 'ui/tab-state'; tabId: number }): Promise<TabState> {
  const page = await getTabPage(message.tabId);
  const match = page ? matchUrl(`https://${page.host}/`) : undefined;
  if (!page || !match) return { tabId: message.tabId, platform: null, host: null, region: null, openFaults: 0, incidentId: null };
  const db = database();
  const openFaults = await openFaultCount(db, message.tabId, page.pageId);
  const latest = await db.signals.where('[tabId+pageId]').equals([message.tabId, page.pageId]).last();
  return { tabId: message.tabId, platform: match.platform, host: page.host, region: match.region, openFaults, incidentId: latest?.incidentId ?? null };
}
