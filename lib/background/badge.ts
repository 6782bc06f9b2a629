import { browser } from 'wxt/browser';

const COLOURS = { clear: '#2e7d32', warning: '#b26a00', error: '#c62828' } as const;

/** The toolbar badge: the number of open faults on the tab, empty when all is clear. */
export async function showFaultCount(tabId: number, count: number): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text: count ? String(Math.min(count, 999)) : '' });
    if (count) await browser.action.setBadgeBackgroundColor({ tabId, color: COLOURS.error });
  } catch {
    // The tab closed meanwhile: nothing to show.
  }
}
