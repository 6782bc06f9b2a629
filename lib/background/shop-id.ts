import { browser } from 'wxt/browser';

/**
 * The shop id the page shows after one of the platform's labels ("Shop ID: 123456789"), or in
 * Shopee's `cnsc_shop_id` parameter. Read in the page by the background when the page says hello,
 * so the content script every back-office page loads does not carry it (issue #8, page-side size).
 */
export async function shopIdOfTab(tabId: number, labels: string[]): Promise<string | null> {
  try {
    const [answer] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: readShopId, args: [labels] });
    const value: unknown = answer?.result;
    return typeof value === 'string' && /^[A-Z0-9][A-Z0-9-]{3,30}$/i.test(value) ? value : null;
  } catch {
    // The tab went away or navigated meanwhile: no shop id, nothing else lost.
    return null;
  }
}

/** Runs in the page (scripting.executeScript serialises it): it may use nothing outside itself. */
export function readShopId(labels: string[]): string | null {
  const fromUrl = new URLSearchParams(location.search).get('cnsc_shop_id');
  if (fromUrl && /^\d{3,20}$/.test(fromUrl)) return fromUrl;
  // textContent, not innerText: no layout is forced on a page that is still loading.
  const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 50_000);
  for (const label of labels) {
    const index = text.indexOf(label);
    if (index < 0) continue;
    const value = /^[\s::#]*([A-Z0-9][A-Z0-9-]{3,30})/i.exec(text.slice(index + label.length, index + label.length + 60));
    if (value?.[1]) return value[1];
  }
  return null;
}
