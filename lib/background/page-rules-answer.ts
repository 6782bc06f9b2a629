import * as z from 'zod/mini';
import type { HostMatch } from '../rules/hosts';
import { pageRulesOf } from '../rules/page-rules';
import { DATE_FORMATS, ERROR_MEANINGS, ORDER_STAGES, PLATFORMS } from '../rules/types';
import vocabulary, { PLATFORM_VOCABULARY } from '../../rules/vocabulary';
import { OVERLAY_CSS } from '../overlay/style';
import type { Vocabulary } from '../rules/define';
import { wordPatterns } from '../vocabulary';

/**
 * What a content script needs of its host's rules and words (page/rules). The page does not
 * carry them in its bundle (issue #8): the background, which has every rule, answers with the
 * page rules of the sender's real host and the error words of that marketplace's languages (as
 * ready expressions, so the page carries no word-edge compiler) —
 * its own, English, and those the page and the seller's browser say they use (a Chinese seller
 * on Amazon.com reads Seller Central in Chinese) — not all of the platform's. The SOS control's
 * stylesheet comes with them: it is the same on every page, and every page mounting the control
 * has this answer first (no rules, no detection, no overlay).
 */

const texts = z.array(z.string());
const dateFormats = z.array(z.enum(DATE_FORMATS));

export const pageRulesAnswerSchema = z.object({
  rules: z.object({
    platform: z.enum(PLATFORMS),
    hosts: z.array(z.object({ host: z.string(), region: z.string(), language: z.string(), dateFormats: z.optional(dateFormats) })),
    orderId: z.object({ pattern: z.string(), example: z.string() }),
    statuses: z.array(z.object({ id: z.string(), stage: z.enum(ORDER_STAGES), labels: texts })),
    deadlineLabels: texts,
    orderDateLabels: texts,
    orderIdStartsWithDate: z.boolean(),
    dateFormats,
    paymentWindowHours: z.number(),
    apiPaths: texts,
    orderPages: texts,
    errorCodes: z.array(z.object({ code: z.string(), meaning: z.enum(ERROR_MEANINGS) })),
    shopIdLabels: texts,
    piiLabels: texts,
  }),
  /** The words as ready expressions (lib/vocabulary.ts wordPatterns). */
  words: z.object({ error: z.string(), errorAnywhere: z.string(), success: z.string(), noErrors: z.string() }),
  overlayStyle: z.string(),
});
export type PageRulesAnswer = z.infer<typeof pageRulesAnswerSchema>;

/** A BCP 47 tag as a key of rules/vocabulary.ts: pt-BR → pt, zh-Hant/zh-HK → zh-TW, zh → zh-CN. */
export function vocabularyKey(tag: string): string | undefined {
  const lower = tag.toLowerCase();
  const exact = Object.keys(vocabulary).find((key) => key.toLowerCase() === lower);
  if (exact) return exact;
  const [primary] = lower.split(/[-_]/);
  if (primary === 'zh') return /-(tw|hk|mo|hant)\b/.test(lower) ? 'zh-TW' : 'zh-CN';
  return primary && primary in vocabulary ? primary : undefined;
}

/** The words of the host's language, English, and the hinted languages the platform has words for. */
export function vocabularyFor(match: HostMatch, hints: readonly string[]): Vocabulary {
  const platformWords = PLATFORM_VOCABULARY[match.platform];
  const wanted = [match.language, 'en', ...hints].map(vocabularyKey);
  const chosen: Vocabulary = {};
  for (const key of wanted) if (key && platformWords[key]) chosen[key] = platformWords[key];
  return chosen;
}

/** The answer, checked against its schema: a rule the page could not use is an error here, not on the page. */
export function pageRulesAnswer(match: HostMatch, hints: readonly string[]): PageRulesAnswer {
  return pageRulesAnswerSchema.parse({ rules: pageRulesOf(match.rules), words: wordPatterns(vocabularyFor(match, hints)), overlayStyle: OVERLAY_CSS });
}
