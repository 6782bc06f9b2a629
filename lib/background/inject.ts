import { browser } from 'wxt/browser';

/**
 * Code the content script needs only now and then — the capture mask, the overlay's list and
 * markers — is kept out of it and injected into a back-office tab on demand, into the top
 * frame's isolated world that the content script shares (lib/content/mask-provider.ts,
 * lib/overlay/parts-provider.ts). The files are the extension's own unlisted scripts.
 */
export type OnDemandScript = '/page-mask.js' | '/overlay-parts.js';

/** False when the tab is gone, navigated away or not a page Seller SOS may script. */
export async function injectIntoTab(tabId: number, file: OnDemandScript): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
    return true;
  } catch {
    return false;
  }
}
