import type { PlatformRules } from './schema';

/**
 * Rules files call this so their object is type-checked where it is written; it returns its
 * argument. It lives apart from the zod schema so page-side bundles never include zod.
 */
export function definePlatformRules(rules: PlatformRules): PlatformRules {
  return rules;
}
