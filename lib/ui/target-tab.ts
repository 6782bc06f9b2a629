import { browser } from 'wxt/browser';

/** The tab an extension page reports on, and the window it sits in. */
export interface TargetTab {
  tabId: number;
  windowId: number | null;
}

/**
 * `?tabId=123` pins a page to one tab. Tests and the demo open popup.html and sidepanel.html as
 * ordinary tabs, where "the active tab" would be the extension page itself.
 */
export function tabIdFromQuery(search: string = location.search): number | null {
  const value = new URLSearchParams(search).get('tabId');
  if (value === null || !/^\d+$/.test(value)) return null;
  const tabId = Number(value);
  return Number.isSafeInteger(tabId) ? tabId : null;
}

/** The active tab of the window this page belongs to (the popup's or the side panel's window). */
export async function activeTabOfThisWindow(): Promise<TargetTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { tabId: tab.id, windowId: tab.windowId ?? null };
}

/** The pinned tab if the URL names one, else the active tab of this window. */
export async function resolveTargetTab(): Promise<TargetTab | null> {
  const pinned = tabIdFromQuery();
  if (pinned === null) return activeTabOfThisWindow();
  try {
    const tab = await browser.tabs.get(pinned);
    return { tabId: pinned, windowId: tab.windowId ?? null };
  } catch {
    // The tab is gone; say so rather than silently showing another one.
    return null;
  }
}

/** True in the toolbar popup, false when the page is open as a tab (tests, the demo). */
export async function isToolbarPopup(): Promise<boolean> {
  try {
    return (await browser.tabs.getCurrent()) === undefined;
  } catch {
    return false;
  }
}
