import * as z from 'zod/mini';
import { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION } from './messages-page';

/**
 * The messages the content script receives: from the page probe (untrusted) and from the
 * background. These zod schemas are the definition; the page-side bundle carries no zod and
 * checks them with lib/content/message-checks.ts, which tests/unit/message-checks.test.ts keeps
 * exactly in step with them. Whatever the content script derives from them and sends on is
 * validated again with zod by the background (lib/messages.ts) before it is stored.
 */

// No code generation: extension CSPs forbid eval, and a refused eval leaves a console error.
z.config({ jitless: true });

export { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION };

const shortText = (max: number) => z.string().check(z.maxLength(max));
const between = (min: number, max: number) => z.number().check(z.minimum(min), z.maximum(max));
/** Whole numbers: the signals they become are stored with integer counts and times. */
const wholeBetween = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));
const timestamp = wholeBetween(0, Number.MAX_SAFE_INTEGER);
const count = wholeBetween(1, 1_000_000);

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
  status: between(0, 999),
  reason: z.enum(['http', 'network', 'timeout']),
  durationMs: between(0, 3_600_000),
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

export const pageEventSchema = z.union([consoleEventSchema, requestFailedEventSchema, navigationEventSchema]);
export type PageEvent = z.infer<typeof pageEventSchema>;
export type ConsoleEvent = z.infer<typeof consoleEventSchema>;
export type RequestFailedEvent = z.infer<typeof requestFailedEventSchema>;

export const pageEnvelopeSchema = z.object({
  channel: z.literal(PAGE_CHANNEL),
  version: z.literal(PAGE_PROTOCOL_VERSION),
  events: z.array(pageEventSchema).check(z.maxLength(PAGE_BATCH_MAX)),
});
export type PageEnvelope = z.infer<typeof pageEnvelopeSchema>;

/** What the background answers to page/hello: the seller's thresholds and overlay for this page. */
export const pageSettingsSchema = z.object({
  spinnerTimeoutMs: between(1_000, 600_000),
  deadlineWarningHours: between(0, 720),
  enabled: z.boolean(),
  overlay: z.optional(z.enum(['shown', 'minimised', 'hidden'])),
  /** The overlay's words in the seller's language (lib/overlay/strings.ts keys). */
  strings: z.optional(z.record(z.string().check(z.maxLength(64)), shortText(500))),
});
export type PageSettings = z.infer<typeof pageSettingsSchema>;

/** What the background answers to orders/seen: faults it judged from its memory of orders. */
export const ordersSeenAnswerSchema = z.object({
  derived: z.optional(
    z.array(
      z.object({
        fingerprint: shortText(200),
        kind: z.literal('stuck-order'),
        severity: z.enum(['info', 'warning', 'error', 'critical']),
        message: shortText(2000),
        details: z.record(z.string().check(z.maxLength(64)), z.union([shortText(2000), z.number(), z.boolean(), z.null()])),
      }),
    ).check(z.maxLength(5000)),
  ),
});

// ---------------------------------------------------------------- background → content script (evidence capture)

const captureToken = shortText(100);

/**
 * Before a screenshot: hide personal data on the page (when `mask`) and Seller SOS's own overlay,
 * then answer once it is painted. The page restores itself after `holdMs` even if `capture/finish`
 * never comes (the service worker may be stopped mid-capture).
 */
export const capturePrepareSchema = z.object({
  type: z.literal('capture/prepare'),
  token: captureToken,
  mask: z.boolean(),
  holdMs: between(100, 30_000),
});

/** After the screenshot (or when it failed): put the page back as it was. */
export const captureFinishSchema = z.object({
  type: z.literal('capture/finish'),
  token: captureToken,
});

export const backgroundToContentSchema = z.union([capturePrepareSchema, captureFinishSchema]);
export type BackgroundToContent = z.infer<typeof backgroundToContentSchema>;

/** What the background answers to the overlay's capture: done, or why not. */
export const overlayCaptureAnswerSchema = z.object({
  outcome: z.enum(['captured', 'permission-asked', 'permission-declined', 'failed']),
  detail: z.optional(shortText(500)),
});
export type OverlayCaptureAnswer = z.infer<typeof overlayCaptureAnswerSchema>;

// ---------------------------------------------------------------- background → content script (answers to reports)

/**
 * The background's answer to signals/report, signals/cleared and page/timing: stored, or why not.
 * A refusal that may pass (the disk is full, the worker is busy) is retried; one that will not
 * (the report does not parse, the page is not a back-office) is dropped with a warning.
 */
export const TRANSIENT_REFUSALS = ['storage-full'] as const;
export const PERMANENT_REFUSALS = ['invalid', 'not-back-office'] as const;
export const deliveryAnswerSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum([...TRANSIENT_REFUSALS, ...PERMANENT_REFUSALS]) }),
]);
export type DeliveryAnswer = z.infer<typeof deliveryAnswerSchema>;
