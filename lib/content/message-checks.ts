import type { BackgroundToContent, DeliveryAnswer, OverlayCaptureAnswer, PageEvent, PageSettings } from '../messages-content';
import type { Vocabulary } from '../rules/define';
import type { PageRules } from '../rules/page-rules';
import { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION } from '../messages-page';

/**
 * The content script's checks of what it receives, written by hand so the page-side bundle
 * ships no validation library (issue #8: zod/mini alone was 8 KB gzipped on every page).
 *
 * Each function accepts exactly what the zod schema of the same name in lib/messages-content.ts
 * accepts and returns a fresh object with only the schema's fields (unknown keys are dropped, as
 * zod does); tests/unit/message-checks.test.ts checks the two agree on generated input. The
 * zod schemas stay the definition: the background validates with them everything the content
 * script sends on (signals, orders, timings) before it is stored or acted on.
 */

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.length <= max;
/** zod's z.number() refuses NaN and ±Infinity; the bounds do the rest. */
const isBetween = (value: unknown, min: number, max: number): value is number => typeof value === 'number' && value >= min && value <= max;
const isOneOf = <T extends string>(value: unknown, options: readonly T[]): value is T => options.includes(value as T);
/** An optional field: absent or undefined, or valid. */
const isOptional = (value: unknown, check: (value: unknown) => boolean): boolean => value === undefined || check(value);
/** zod's z.int() is a safe integer. */
const isWhole = (value: unknown, min: number, max: number): value is number => Number.isSafeInteger(value) && isBetween(value, min, max);
const isTimestamp = (value: unknown): value is number => isWhole(value, 0, Number.MAX_SAFE_INTEGER);
const isCount = (value: unknown): value is number => isWhole(value, 1, 1_000_000);

/** Copies only the fields the schema knows, leaving out absent optional ones, as zod does. */
function pick<T>(data: Data, keys: readonly string[]): T {
  const result: Data = {};
  for (const key of keys) if (key in data) result[key] = data[key];
  return result as T;
}

function checkPageEvent(data: unknown): PageEvent | null {
  if (!isObject(data)) return null;
  switch (data.type) {
    case 'console-error':
      return isOneOf(data.source, ['console', 'uncaught', 'rejection']) &&
        isText(data.message, 2000) &&
        isOptional(data.stack, (stack) => isText(stack, 4000)) &&
        isCount(data.count) &&
        isTimestamp(data.at)
        ? pick(data, ['type', 'source', 'message', 'stack', 'count', 'at'])
        : null;
    case 'request-failed':
      return isOneOf(data.api, ['fetch', 'xhr']) &&
        isText(data.method, 16) &&
        isText(data.url, 2000) &&
        isBetween(data.status, 0, 999) &&
        isOneOf(data.reason, ['http', 'network', 'timeout']) &&
        isBetween(data.durationMs, 0, 3_600_000) &&
        isOptional(data.errorCode, (code) => isText(code, 200)) &&
        isOptional(data.errorMessage, (message) => isText(message, 500)) &&
        isCount(data.count) &&
        isTimestamp(data.at)
        ? pick(data, ['type', 'api', 'method', 'url', 'status', 'reason', 'durationMs', 'errorCode', 'errorMessage', 'count', 'at'])
        : null;
    case 'navigation':
      return isText(data.url, 2000) && isTimestamp(data.at) ? pick(data, ['type', 'url', 'at']) : null;
    default:
      return null;
  }
}

/** A page-probe batch (pageEnvelopeSchema): all of it is valid, or none of it is used. */
export function checkPageEnvelope(data: unknown): PageEvent[] | null {
  if (!isObject(data) || data.channel !== PAGE_CHANNEL || data.version !== PAGE_PROTOCOL_VERSION) return null;
  const events = data.events;
  if (!Array.isArray(events) || events.length > PAGE_BATCH_MAX) return null;
  const checked: PageEvent[] = [];
  for (const event of events) {
    const valid = checkPageEvent(event);
    if (!valid) return null;
    checked.push(valid);
  }
  return checked;
}

/** A flat record of short keys (zod: z.record(z.string().check(z.maxLength(64)), value)). */
function checkRecord<V>(data: unknown, isValue: (value: unknown) => value is V): Record<string, V> | null {
  if (!isObject(data)) return null;
  const result: Record<string, V> = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.length > 64 || !isValue(value)) return null;
    result[key] = value;
  }
  return result;
}

/** The background's answer to page/hello (pageSettingsSchema). */
export function checkPageSettings(data: unknown): PageSettings | null {
  if (
    !isObject(data) ||
    !isBetween(data.spinnerTimeoutMs, 1_000, 600_000) ||
    !isBetween(data.deadlineWarningHours, 0, 720) ||
    typeof data.enabled !== 'boolean' ||
    !isOptional(data.overlay, (mode) => isOneOf(mode, ['shown', 'minimised', 'hidden']))
  )
    return null;
  const settings = pick<PageSettings>(data, ['spinnerTimeoutMs', 'deadlineWarningHours', 'enabled', 'overlay']);
  if (data.strings !== undefined) {
    const strings = checkRecord(data.strings, (value): value is string => isText(value, 500));
    if (!strings) return null;
    settings.strings = strings;
  } else if ('strings' in data) settings.strings = undefined;
  return settings;
}

export interface DerivedFault {
  fingerprint: string;
  kind: 'stuck-order';
  severity: 'info' | 'warning' | 'error' | 'critical';
  message: string;
  details: Record<string, string | number | boolean | null>;
}

const isDetailValue = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value)) || isText(value, 2000);

/** The background's answer to orders/seen (ordersSeenAnswerSchema): the faults it judged. */
export function checkOrdersSeenAnswer(data: unknown): { derived?: DerivedFault[] } | null {
  if (!isObject(data)) return null;
  if (data.derived === undefined) return 'derived' in data ? { derived: undefined } : {};
  if (!Array.isArray(data.derived) || data.derived.length > 5000) return null;
  const derived: DerivedFault[] = [];
  for (const fault of data.derived as unknown[]) {
    if (!isObject(fault) || !isText(fault.fingerprint, 200) || fault.kind !== 'stuck-order' || !isOneOf(fault.severity, ['info', 'warning', 'error', 'critical']) || !isText(fault.message, 2000)) return null;
    const details = checkRecord(fault.details, isDetailValue);
    if (!details) return null;
    derived.push({ ...pick<DerivedFault>(fault, ['fingerprint', 'kind', 'severity', 'message']), details });
  }
  return { derived };
}

/** The background's answer to the overlay's capture (overlayCaptureAnswerSchema). */
export function checkOverlayCaptureAnswer(data: unknown): OverlayCaptureAnswer | null {
  return isObject(data) && isOneOf(data.outcome, ['captured', 'permission-asked', 'permission-declined', 'failed']) && isOptional(data.detail, (detail) => isText(detail, 500))
    ? pick(data, ['outcome', 'detail'])
    : null;
}

/** capture/prepare and capture/finish from the background (backgroundToContentSchema). */
export function checkBackgroundToContent(data: unknown): BackgroundToContent | null {
  if (!isObject(data) || !isText(data.token, 100)) return null;
  if (data.type === 'capture/finish') return pick(data, ['type', 'token']);
  if (data.type === 'capture/prepare' && typeof data.mask === 'boolean' && isBetween(data.holdMs, 100, 30_000)) return pick(data, ['type', 'token', 'mask', 'holdMs']);
  return null;
}

/** The background's answer to a report (deliveryAnswerSchema). */
export function checkDeliveryAnswer(data: unknown): DeliveryAnswer | null {
  if (!isObject(data)) return null;
  if (data.ok === true) return { ok: true };
  return data.ok === false && isOneOf(data.reason, ['storage-full', 'invalid', 'not-back-office']) ? { ok: false, reason: data.reason } : null;
}

export interface PageRulesAnswer {
  rules: PageRules;
  vocabulary: Vocabulary;
}

const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The background's answer to page/rules. It comes from the extension itself and was checked with
 * zod there (lib/background/page-rules-answer.ts); here only its shape, so a broken answer turns
 * detection off instead of throwing in the detectors.
 */
export function checkPageRulesAnswer(data: unknown): PageRulesAnswer | null {
  if (!isObject(data) || !isObject(data.rules) || !isObject(data.vocabulary)) return null;
  const { rules, vocabulary } = data;
  if (typeof rules.platform !== 'string' || !['hosts', 'statuses', 'deadlineLabels', 'orderDateLabels', 'dateFormats', 'apiPaths', 'orderPages', 'errorCodes', 'shopIdLabels', 'piiLabels'].every((key) => Array.isArray(rules[key]))) return null;
  for (const words of Object.values(vocabulary)) if (!isObject(words) || !isTextList(words.error) || !isTextList(words.success) || !isTextList(words.noErrors)) return null;
  return data as unknown as PageRulesAnswer;
}
