import vocabulary from '../rules/vocabulary';
import type { Vocabulary } from './rules/define';

/**
 * Classifies short visible texts as error, success or neither, in every language of
 * rules/vocabulary.ts at once: the back-office language is not always the page's lang.
 */

/** `\b` in JavaScript only knows ASCII letters; vocabulary entries mean a Unicode word edge. */
const WORD = '[\\p{L}\\p{N}_]';
const UNICODE_BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

export function compileEntries(entries: string[]): RegExp {
  const sources = entries.map((entry) => entry.replaceAll('\\b', UNICODE_BOUNDARY));
  return new RegExp(sources.map((source) => `(?:${source})`).join('|'), 'iu');
}

export interface CompiledVocabulary {
  error: RegExp;
  success: RegExp;
  noErrors: RegExp;
}

export function compileVocabulary(source: Vocabulary): CompiledVocabulary {
  const all = Object.values(source);
  return {
    error: compileEntries(all.flatMap((language) => language.error)),
    success: compileEntries(all.flatMap((language) => language.success)),
    // Global: every "0 errors" summary is cut out of the text before the error test.
    noErrors: new RegExp(compileEntries(all.flatMap((language) => language.noErrors)).source, 'giu'),
  };
}

let compiled: CompiledVocabulary | undefined;
function vocabularyRegexps(): CompiledVocabulary {
  compiled ??= compileVocabulary(vocabulary);
  return compiled;
}

export type MessageTone = 'error' | 'success' | 'neutral';

/** The tone of a short message. "0 errors" and "no errors" summaries are not errors. */
export function classifyMessage(text: string): MessageTone {
  const { error, success, noErrors } = vocabularyRegexps();
  const withoutSummaries = text.replace(noErrors, ' ');
  if (error.test(withoutSummaries)) return 'error';
  if (success.test(withoutSummaries)) return 'success';
  return 'neutral';
}

/** A cheap first filter for text nodes: does it contain any error word at all? */
export function mayBeError(text: string): boolean {
  return vocabularyRegexps().error.test(text);
}

export const VOCABULARY_LANGUAGES = Object.keys(vocabulary);
