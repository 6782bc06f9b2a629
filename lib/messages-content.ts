import * as z from 'zod/mini';
import { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION } from './messages-page';

/**
 * The schemas the content script itself needs, apart from lib/messages.ts so the page-side
 * bundle carries only these (zod/mini tree-shakes by what is referenced).
 */

export { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION };

const shortText = (max: number) => z.string().check(z.maxLength(max));
const timestamp = z.number().check(z.int(), z.nonnegative());
const count = z.number().check(z.int(), z.positive(), z.maximum(1_000_000));

// ---------------------------------------------------------------- page (main world) → content script


export const consoleEventSchema = z.object({
  type: z.literal('console-error'),
  source: z.enum(['console', 'uncaught', 'rejection']),
  message: shortText(2000),
  stack: z.optional(shortText(4000)),
  count,
  at: timestamp,
});

export const requestFailedEventSchema = z.object({
  type: z.literal('request-failed'),
  api: z.enum(['fetch', 'xhr']),
  method: shortText(16),
  url: shortText(2000),
  /** 0 when no HTTP answer came (network error, timeout, abort). */
  status: z.number().check(z.int(), z.minimum(0), z.maximum(999)),
  reason: z.enum(['http', 'network', 'timeout']),
  durationMs: z.number().check(z.nonnegative(), z.maximum(3_600_000)),
  /** The platform's error code and message, read from a JSON body when there was one. */
  errorCode: z.optional(shortText(200)),
  errorMessage: z.optional(shortText(500)),
  count,
  at: timestamp,
});

export const navigationEventSchema = z.object({
  type: z.literal('navigation'),
  url: shortText(2000),
  at: timestamp,
});

export const pageEventSchema = z.discriminatedUnion('type', [consoleEventSchema, requestFailedEventSchema, navigationEventSchema]);
export type PageEvent = z.infer<typeof pageEventSchema>;
export type ConsoleEvent = z.infer<typeof consoleEventSchema>;
export type RequestFailedEvent = z.infer<typeof requestFailedEventSchema>;

export const pageEnvelopeSchema = z.object({
  channel: z.literal(PAGE_CHANNEL),
  version: z.literal(PAGE_PROTOCOL_VERSION),
  events: z.array(pageEventSchema).check(z.minLength(1), z.maxLength(PAGE_BATCH_MAX)),
});
export type PageEnvelope = z.infer<typeof pageEnvelopeSchema>;

/** What the background answers to page/hello: the seller's thresholds for this page. */
export const pageSettingsSchema = z.object({
  spinnerTimeoutMs: z.number().check(z.int(), z.positive()),
  deadlineWarningHours: z.number().check(z.nonnegative()),
  enabled: z.boolean(),
});
export type PageSettings = z.infer<typeof pageSettingsSchema>;
