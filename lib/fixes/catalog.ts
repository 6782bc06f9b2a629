import FIXES from '../../rules/fixes';
import type { Fix } from './types';

/**
 * The knowledge base as written in rules/fixes.ts, for extension pages. It is parsed with zod
 * when the extension is built (lib/rules/validate.ts, validateAllRules), so pages read it as is.
 */
export const ALL_FIXES: readonly Fix[] = FIXES;

export function fixById(id: string, fixes: readonly Fix[] = ALL_FIXES): Fix | undefined {
  return fixes.find((fix) => fix.id === id);
}
