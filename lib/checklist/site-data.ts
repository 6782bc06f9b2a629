import type { Browser } from 'wxt/browser';

/**
 * "Clear this back-office's cache and cookies": what `browsingData.remove` is asked to remove, and
 * for which sites, in each browser. Only the back-office of the tab is named — never the whole
 * browser's data — and only data types the browser can limit to a site are listed, because a
 * type that cannot be limited would be cleared everywhere.
 *
 * - Chrome limits by `origins` (cookies, storage and cache). Cookies are removed for the whole
 *   registrable domain: clearing https://seller.ozon.ru also removes the cookies of www.ozon.ru.
 * - Firefox limits by `hostnames`, and only cookies, localStorage, indexedDB and service workers;
 *   the HTTP cache cannot be limited to a site there, so it is left alone (the hard reload
 *   already bypasses it for the page). Cookies match their exact host, so the parent domains are
 *   listed for cookies only: the back-office's own cookies and the domain-wide ones it receives
 *   (e.g. `.ozon.ru`) go, cookies of sibling sites (www.ozon.ru) stay.
 */

export type BrowserFamily = 'chrome' | 'firefox';

type RemovalOptions = Browser.browsingData.RemovalOptions & { origins?: string[]; hostnames?: string[] };
type DataTypeSet = Browser.browsingData.DataTypeSet & { cacheStorage?: boolean; fileSystems?: boolean; serviceWorkers?: boolean };

export interface SiteDataRemoval {
  options: RemovalOptions;
  dataTypes: DataTypeSet;
}

/** The permission asked for on the click (wxt.config.ts optional_permissions). */
export const BROWSING_DATA_PERMISSION = { permissions: ['browsingData'] } as const;

/** `seller.shopee.co.th` → `seller.shopee.co.th`, `shopee.co.th`, `co.th`: the hosts whose cookies the site receives. */
export function cookieHosts(host: string): string[] {
  const labels = host.toLowerCase().split('.');
  const hosts: string[] = [];
  for (let start = 0; labels.length - start >= 2; start += 1) hosts.push(labels.slice(start).join('.'));
  return hosts;
}

/** The domain the back-office shares its sign-in with: `seller.ozon.ru` → `ozon.ru` (every back-office host is one level below it). */
export function siteDomain(host: string): string {
  return cookieHosts(host)[1] ?? host;
}

export function siteDataRemovals(family: BrowserFamily, host: string): SiteDataRemoval[] {
  if (family === 'chrome') {
    return [
      {
        options: { origins: [`https://${host}`] },
        dataTypes: { cookies: true, localStorage: true, indexedDB: true, cacheStorage: true, serviceWorkers: true, fileSystems: true, cache: true },
      },
    ];
  }
  return [
    { options: { hostnames: cookieHosts(host) }, dataTypes: { cookies: true } },
    { options: { hostnames: [host] }, dataTypes: { localStorage: true, indexedDB: true, serviceWorkers: true } },
  ];
}

/** What the step records: which site, which types, and how the browser limited them. Flat. */
export function siteDataDetails(family: BrowserFamily, host: string): Record<string, string | boolean> {
  const removals = siteDataRemovals(family, host);
  const types = new Set(removals.flatMap((removal) => Object.keys(removal.dataTypes)));
  return {
    origin: `https://${host}`,
    limitedBy: family === 'chrome' ? 'origins' : 'hostnames',
    cookieScope: family === 'chrome' ? 'registrable-domain' : 'host-and-parent-domains',
    dataTypes: [...types].sort().join(','),
    httpCache: types.has('cache'),
  };
}
