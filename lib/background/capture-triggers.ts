import { browser, type Browser } from 'wxt/browser';
import type { Trigger } from '../db';
import type { CaptureOutcome, CaptureRequestMessage } from '../messages';
import { backOfficeMatchPatterns } from '../rules/catalog';
import { captureEvidence, resumePendingCaptures } from './capture';
import { CAPTURE_RETRY_ALARM } from './capture-pending';

/**
 * The entry points of evidence capture that the background owns: the keyboard shortcut
 * (manifest `commands`), the context-menu item on back-office pages, the popup's and side
 * panel's message, and the retry alarm. The shortcut and the menu item grant `activeTab` for the
 * tab they were used on, which is what lets the screenshot be taken without `<all_urls>`.
 */

/** Manifest command name (wxt.config.ts) and context-menu item id. */
export const CAPTURE_COMMAND = 'capture-evidence';
export const CAPTURE_MENU_ITEM = 'capture-evidence';

export function startCaptureTriggers(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CAPTURE_COMMAND) void captureFromBrowserUi('shortcut', tab);
  });
  // Menu items persist across worker restarts; they are (re)made when the extension is installed or updated.
  browser.runtime.onInstalled.addListener(() => void createMenuItem());
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CAPTURE_MENU_ITEM) void captureFromBrowserUi('context-menu', tab);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CAPTURE_RETRY_ALARM) void resumePendingCaptures();
  });
  // A worker stopped in the middle of a capture finishes it as soon as it starts again.
  void resumePendingCaptures();
}

/** The popup's or side panel's "Capture evidence" (lib/capture/client.ts). */
export function handleCaptureRequest(message: CaptureRequestMessage): Promise<CaptureOutcome> {
  return captureEvidence({ key: message.key, tabId: message.tabId, trigger: message.trigger, mask: message.mask });
}

async function captureFromBrowserUi(trigger: Trigger, tab: Browser.tabs.Tab | undefined): Promise<void> {
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  await captureEvidence({ key: crypto.randomUUID(), tabId: target.id, trigger }).catch((error: unknown) => console.warn('Seller SOS: capture failed', error));
}

async function createMenuItem(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CAPTURE_MENU_ITEM,
    title: browser.i18n.getMessage('contextMenuCaptureEvidence' as 'extName') || 'Capture evidence for support',
    contexts: ['page', 'frame', 'selection', 'link', 'image', 'editable'],
    // Back-office pages only: elsewhere there is nothing to capture and no permission to do it.
    documentUrlPatterns: backOfficeMatchPatterns(),
  });
}
