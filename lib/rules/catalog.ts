import amazon from '../../rules/amazon';
import ozon from '../../rules/ozon';
import shopee from '../../rules/shopee';
import { matchHostIn, type HostMatch } from './hosts';
import type { Platform, PlatformRules } from './types';

export { matchHostIn, type HostMatch };

/**
 * Every platform's rules as written. They are parsed with zod when the extension is built
 * (wxt.config.ts calls validateAllRules), so page-side code can use them without shipping zod.
 */
export const PLATFORM_RULES: Readonly<Record<Platform, PlatformRules>> = { ozon, shopee, amazon };

/** Source file of each platform's rules, for error messages. */
export const RULES_SOURCES: Readonly<Record<Platform, string>> = {
  ozon: 'rules/ozon.ts',
  shopee: 'rules/shopee.ts',
  amazon: 'rules/amazon.ts',
};

/** The platform and region of a back-office host, or undefined for any other site. */
export function matchHost(hostname: string): HostMatch | undefined {
  for (const rules of Object.values(PLATFORM_RULES)) {
    const match = matchHostIn(rules, hostname);
    if (match) return match;
  }
  return undefined;
}

export function matchUrl(url: string): HostMatch | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? matchHost(parsed.hostname) : undefined;
  } catch {
    return undefined;
  }
}

/** Match patterns for the manifest: https only, the exact back-office hosts, nothing wider. */
export function backOfficeMatchPatterns(platform?: Platform): string[] {
  const platforms = platform ? [PLATFORM_RULES[platform]] : Object.values(PLATFORM_RULES);
  return platforms.flatMap((rules) => rules.hosts.map(({ host }) => `https://${host}/*`));
}

export function backOfficeOrigins(): string[] {
  return Object.values(PLATFORM_RULES).flatMap((rules) => rules.hosts.map(({ host }) => `https://${host}`));
}
