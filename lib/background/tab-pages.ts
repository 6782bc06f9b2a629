import { browser } from 'wxt/browser';

/**
 * Which page session each tab is on. Kept in storage.session, not in memory: a Manifest V3
 * service worker is stopped after 30 s idle and must find this again when it wakes.
 */
export interface TabPage {
  pageId: string;
  host: string;
  url: string;
  shopId: string | null;
}

const key = (tabId: number) => `tab:${tabId}`;

export async function getTabPage(tabId: number): Promise<TabPage | undefined> {
  const stored = await browser.storage.session.get(key(tabId));
  return stored[key(tabId)] as TabPage | undefined;
}

export async function setTabPage(tabId: number, page: TabPage): Promise<void> {
  await browser.storage.session.set({ [key(tabId)]: page });
}

export async function forgetTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
