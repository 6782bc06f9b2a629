import type { PageRules } from './page-rules';
import type { Platform, PlatformRules } from './types';

// Apart from the catalog so a content script, which has its own platform's rules only, does
// not pull in every platform's.

/** The background matches against the full rules; a content script against its page rules. */
export interface HostMatch<Rules extends PageRules = PlatformRules> {
  platform: Platform;
  /** The platform's rules, with this marketplace's own date formats where it has them. */
  rules: Rules;
  region: string;
  language: string;
}

/** The region of a host within one platform's rules, with the marketplace's own date formats. */
export function matchHostIn<Rules extends PageRules>(rules: Rules, hostname: string): HostMatch<Rules> | undefined {
  const host = hostname.toLowerCase();
  const entry = rules.hosts.find((candidate) => candidate.host === host);
  if (!entry) return undefined;
  const hostRules = entry.dateFormats ? { ...rules, dateFormats: entry.dateFormats } : rules;
  return { platform: rules.platform, rules: hostRules, region: entry.region, language: entry.language };
}

