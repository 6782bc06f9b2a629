import type { Vocabulary } from './rules/define';

/**
 * Classifies short visible texts as error, success or neither, in every language of a
 * vocabulary at once: the back-office language is not always the page's lang. Each platform's
 * content script passes its own languages (rules/vocabulary.ts), so a page carries only those.
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
  errorAnywhere: RegExp;
  success: RegExp;
  noErrors: RegExp;
}

export function compileVocabulary(source: Vocabulary): CompiledVocabulary {
  const all = Object.values(source);
  return {
    error: compileEntries(all.flatMap((language) => language.error)),
    errorAnywhere: compileEntries(all.flatMap((language) => language.error.map((entry) => entry.replaceAll('\\b', '')))),
    success: compileEntries(all.flatMap((language) => language.success)),
    // Global: every "0 errors" summary is cut out of the text before the error test.
    noErrors: new RegExp(compileEntries(all.flatMap((language) => language.noErrors)).source, 'giu'),
  };
}

export type MessageTone = 'error' | 'success' | 'neutral';

export interface MessageClassifier {
  /** The tone of a short message. "0 errors" and "no errors" summaries are not errors. */
  classifyMessage(text: string): MessageTone;
  /** A cheap first filter for text nodes: does it contain any error word at all? */
  mayBeError(text: string): boolean;
  /**
   * mayBeError without word edges, for text joined from several nodes ("Товар" + "Ошибка"
   * read as "ТоварОшибка"): true whenever mayBeError is for any of the pieces.
   */
  mayContainError(text: string): boolean;
}

/** Compiled on first use: a page without text to judge never builds the expressions. */
export function createClassifier(vocabulary: Vocabulary): MessageClassifier {
  let compiled: CompiledVocabulary | undefined;
  const regexps = () => (compiled ??= compileVocabulary(vocabulary));
  return {
    classifyMessage(text) {
      const { error, success, noErrors } = regexps();
      const withoutSummaries = text.replace(noErrors, ' ');
      if (error.test(withoutSummaries)) return 'error';
      if (success.test(withoutSummaries)) return 'success';
      return 'neutral';
    },
    mayBeError: (text) => regexps().error.test(text),
    mayContainError: (text) => regexps().errorAnywhere.test(text),
  };
}
