import { browser } from 'wxt/browser';
import { useSidePanelStore } from './sidepanel-store';
import { tabIdFromQuery } from './target-tab';

/**
 * Keeps the side panel store on the active tab of the panel's own window: tab switches
 * (tabs.onActivated), navigations of the shown tab (tabs.onUpdated) and the window regaining
 * focus (windows.onFocusChanged, in case a switch happened while the panel was not listening).
 * Every listener is removed when `signal` aborts.
 */
export function trackActiveTab(signal: AbortSignal): void {
  const store = useSidePanelStore.getState();
  const pinned = tabIdFromQuery();
  if (pinned !== null) store.pinTab(pinned);

  let windowId: number | null = null;
  const resync = async () => {
    try {
      const [tab] = await browser.tabs.query(windowId === null ? { active: true, currentWindow: true } : { active: true, windowId });
      if (!signal.aborted) useSidePanelStore.getState().setActiveTab(tab?.id ?? null);
    } catch (error) {
      console.warn('Seller SOS: could not read the active tab:', error);
      if (!signal.aborted) useSidePanelStore.getState().setActiveTab(null);
    }
  };

  const onActivated = (info: { tabId: number; windowId: number }) => {
    if (windowId === null || info.windowId === windowId) useSidePanelStore.getState().setActiveTab(info.tabId);
  };
  const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
    if (change.url !== undefined || change.status === 'complete') useSidePanelStore.getState().tabNavigated(tabId);
  };
  const onFocusChanged = (focusedWindowId: number) => {
    if (focusedWindowId === windowId) void resync();
  };

  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows.onFocusChanged.addListener(onFocusChanged);
  signal.addEventListener(
    'abort',
    () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.windows.onFocusChanged.removeListener(onFocusChanged);
    },
    { once: true },
  );

  void browser.windows.getCurrent().then(
    (current) => {
      if (signal.aborted) return;
      windowId = current.id ?? null;
      useSidePanelStore.getState().setWindow(windowId);
      void resync();
    },
    () => void resync(),
  );
}
