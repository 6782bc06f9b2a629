import type { PageRules } from '../rules/page-rules';

/** The shop id the page shows after one of the platform's labels ("Shop ID: 123456789"). */
export function readShopId(rules: PageRules): string | null {
  const fromUrl = new URLSearchParams(location.search).get('cnsc_shop_id');
  if (fromUrl && /^\d{3,20}$/.test(fromUrl)) return fromUrl;
  // textContent, not innerText: no layout is forced on a page that is still loading.
  const text = (document.body?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 50_000);
  for (const label of rules.shopIdLabels) {
    const index = text.indexOf(label);
    if (index < 0) continue;
    const value = /^[\s::#]*([A-Z0-9][A-Z0-9-]{3,30})/i.exec(text.slice(index + label.length, index + label.length + 60));
    if (value?.[1]) return value[1];
  }
  return null;
}
