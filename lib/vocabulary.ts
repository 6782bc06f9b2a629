import type { Vocabulary } from './rules/define';

/**
 * Classifies short visible texts as error, success or neither, in every language of a
 * vocabulary at once: the back-office language is not always the page's lang. Each platform's
 * content script passes its own languages (rules/vocabulary.ts), so a page carries only those.
 */

/** `\b` in JavaScript only knows ASCII letters; vocabulary entries mean a Unicode word edge. */
const WORD = '[\\p{L}\\p{N}_]';
const UNICODE_BOUNDARY = `(?:(?<!${WORD})(?=${WORD})|(?<=${WORD})(?!${WORD}))`;

function entriesSource(entries: string[]): string {
  return entries.map((entry) => `(?:${entry.replaceAll('\\b', UNICODE_BOUNDARY)})`).join('|');
}

export function compileEntries(entries: string[]): RegExp {
  return new RegExp(entriesSource(entries), 'iu');
}

/**
 * A vocabulary as regular expression sources (flags `iu`): what the background sends a page
 * (page/rules), so the page carries no word-edge compiler.
 */
export interface WordPatterns {
  error: string;
  /** `error` without word edges (see MessageClassifier.mayContainError). */
  errorAnywhere: string;
  success: string;
  noErrors: string;
}

export function wordPatterns(source: Vocabulary): WordPatterns {
  const all = Object.values(source);
  const of = (kind: 'error' | 'success' | 'noErrors') => all.flatMap((language) => language[kind]);
  return {
    error: entriesSource(of('error')),
    errorAnywhere: entriesSource(of('error').map((entry) => entry.replaceAll('\\b', ''))),
    success: entriesSource(of('success')),
    noErrors: entriesSource(of('noErrors')),
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

/** From the words of a vocabulary (the background, tests). */
export function createClassifier(vocabulary: Vocabulary): MessageClassifier {
  return classifierOf(wordPatterns(vocabulary));
}

/** From patterns already made (a page, from page/rules). */
export function classifierOf(patterns: WordPatterns): MessageClassifier {
  const error = new RegExp(patterns.error, 'iu');
  const errorAnywhere = new RegExp(patterns.errorAnywhere, 'iu');
  const success = new RegExp(patterns.success, 'iu');
  // Global: every "0 errors" summary is cut out of the text before the error test.
  const noErrors = new RegExp(patterns.noErrors, 'giu');
  return {
    classifyMessage(text) {
      const withoutSummaries = text.replace(noErrors, ' ');
      return error.test(withoutSummaries) ? 'error' : success.test(withoutSummaries) ? 'success' : 'neutral';
    },
    mayBeError: (text) => error.test(text),
    mayContainError: (text) => errorAnywhere.test(text),
  };
}
