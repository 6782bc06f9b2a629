import type { DiagnosisRules } from '../diagnosis/config';
import type { Fix } from '../fixes/types';
import type { PlatformRules } from './schema';

/**
 * Rules files call this so their object is type-checked where it is written; it returns its
 * argument. It lives apart from the zod schema so page-side bundles never include zod.
 */
export function definePlatformRules(rules: PlatformRules): PlatformRules {
  return rules;
}

/** Error, success and "no errors" vocabulary of one language (regular-expression sources). */
export interface LanguageVocabulary {
  error: string[];
  success: string[];
  noErrors: string[];
}
export type Vocabulary = Record<string, LanguageVocabulary>;

/** rules/vocabulary.ts calls this for type-checking; it returns its argument. */
export function defineVocabulary(vocabulary: Vocabulary): Vocabulary {
  return vocabulary;
}

/** rules/fixes.ts calls this for type-checking; it returns its argument (zod checks it at build time). */
export function defineFixes(fixes: Fix[]): Fix[] {
  return fixes;
}

/** rules/diagnosis.ts calls this for type-checking; it returns its argument. */
export function defineDiagnosisRules(rules: DiagnosisRules): DiagnosisRules {
  return rules;
}
