import { browser } from 'wxt/browser';

/**
 * Code the content script needs only now and then — the capture mask, the overlay's list and
 * markers — is kept out of it and injected into a back-office tab on demand, into the top
 * frame's isolated world that the content script shares (lib/content/mask-provider.ts,
 * lib/overlay/parts-provider.ts). The files are the extension's own unlisted scripts.
 */
export type OnDemandScript = '/page-mask.js' | '/overlay-parts.js';

/** A capture waits for the mask; a page that never settles must not hold it for longer. */
const INJECT_TIMEOUT_MS = 3_000;

/** False when the tab is gone, navigated away, not a page Seller SOS may script, or too slow. */
export async function injectIntoTab(tabId: number, file: OnDemandScript): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), INJECT_TIMEOUT_MS);
  });
  // injectImmediately: the content script is already running, so there is no reason to wait for
  // the page's load to finish — a back-office stuck loading is exactly when the seller captures.
  const injected = browser.scripting
    .executeScript({ target: { tabId, frameIds: [0] }, files: [file], injectImmediately: true })
    .then(() => true, () => false);
  try {
    return await Promise.race([injected, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
