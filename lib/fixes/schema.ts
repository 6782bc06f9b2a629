import { z } from 'zod';
import { CONCLUSIONS, ERROR_MEANINGS, FEATURE_AREAS, SCOPES, SIGNAL_REASONS } from '../diagnosis/types';
import { PLATFORMS } from '../rules/types';
import { SIGNAL_KINDS } from '../signals';
import { FACT_TOPICS, FIX_STAGES, SCENARIOS, SEEDS, type Fix } from './types';

/**
 * The shape of one fix of the knowledge base (rules/fixes.ts). The build parses every fix with
 * it (lib/rules/validate.ts, validateAllRules) and stops naming the fix id and the field.
 */

const weight = z.number().int().min(1).max(100);
const nonEmptyList = <T extends z.ZodType>(item: T) => z.array(item).min(1);

export const fixConditionSchema = z.discriminatedUnion('on', [
  z.strictObject({ on: z.literal('kind'), kinds: nonEmptyList(z.enum(SIGNAL_KINDS)), weight }),
  z.strictObject({ on: z.literal('status'), statuses: nonEmptyList(z.number().int().min(100).max(599)), weight }),
  z.strictObject({ on: z.literal('meaning'), meanings: nonEmptyList(z.enum(ERROR_MEANINGS)), weight }),
  z.strictObject({ on: z.literal('error-code'), codes: nonEmptyList(z.string().min(1)), weight }),
  z.strictObject({ on: z.literal('reason'), reasons: nonEmptyList(z.enum(SIGNAL_REASONS)), weight }),
  z.strictObject({ on: z.literal('order-status'), statuses: nonEmptyList(z.string().min(1)), weight }),
  z.strictObject({ on: z.literal('area'), areas: nonEmptyList(z.enum(FEATURE_AREAS)), weight }),
  z.strictObject({ on: z.literal('conclusion'), conclusions: nonEmptyList(z.enum(CONCLUSIONS)), weight }),
  z.strictObject({ on: z.literal('scope'), scopes: nonEmptyList(z.enum(SCOPES)), weight }),
  z.strictObject({ on: z.literal('incident'), status: z.enum(['open', 'resolved']), weight }),
  z.strictObject({ on: z.literal('any-fault'), weight }),
]);

/** Catches a block pasted in the wrong language: Chinese text has Han characters, Russian has Cyrillic. */
const SCRIPT = { en: /[A-Za-z]/, zh_CN: /\p{Script=Han}/u, ru: /\p{Script=Cyrillic}/u } as const;
const text = (language: keyof typeof SCRIPT) =>
  z
    .string()
    .trim()
    .min(1)
    .refine((value) => SCRIPT[language].test(value), { message: `not written in ${language}` });

const localisedText = z.strictObject({ en: text('en'), zh_CN: text('zh_CN'), ru: text('ru') });
const localisedSteps = z
  .strictObject({ en: nonEmptyList(text('en')), zh_CN: nonEmptyList(text('zh_CN')), ru: nonEmptyList(text('ru')) })
  .refine((steps) => steps.en.length === steps.zh_CN.length && steps.en.length === steps.ru.length, {
    message: 'every language needs the same number of steps',
  });

const sourceSchema = z.union([
  z.strictObject({ seed: z.enum(SEEDS), section: z.string().min(1) }),
  z.strictObject({ fact: z.enum(FACT_TOPICS) }),
]);

export const fixSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a kebab-case id such as reauthorise-amazon'),
  scenario: z.enum(SCENARIOS),
  stage: z.enum(FIX_STAGES),
  platforms: z.union([
    z.literal('all'),
    nonEmptyList(z.enum(PLATFORMS)).refine((list) => new Set(list).size === list.length, { message: 'a platform is listed twice' }),
  ]),
  appliesWhen: nonEmptyList(fixConditionSchema),
  title: localisedText,
  steps: localisedSteps,
  why: localisedText,
  sources: nonEmptyList(sourceSchema),
});

export const fixesSchema = z.array(fixSchema).min(1);

// The schema and the hand-written type must agree both ways.
type Parsed = z.infer<typeof fixSchema>;
const _parsedIsFix: (parsed: Parsed) => Fix = (parsed) => parsed;
const _fixIsParsed: (fix: Fix) => Parsed = (fix) => fix;
void _parsedIsFix;
void _fixIsParsed;
