import type { BackgroundToContent, DeliveryAnswer, OverlayCaptureAnswer, PageEvent, PageSettings } from '../messages-content';
import type { WordPatterns } from '../vocabulary';
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
type Check = (value: unknown) => boolean;
type Shape = Record<string, Check>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (max: number): Check => (value) => typeof value === 'string' && value.length <= max;
/** zod's z.number() refuses NaN and ±Infinity; the bounds do the rest. */
const between = (min: number, max: number): Check => (value) => typeof value === 'number' && value >= min && value <= max;
/** zod's z.int() is a safe integer. */
const whole = (min: number, max: number): Check => (value) => Number.isSafeInteger(value) && (value as number) >= min && value as number <= max;
const oneOf = (...options: unknown[]): Check => (value) => options.includes(value);
/** An optional field: absent or undefined, or valid. */
const optional = (check: Check): Check => (value) => value === undefined || check(value);
const isBoolean: Check = (value) => typeof value === 'boolean';
const any: Check = () => true;
const timestamp = whole(0, Number.MAX_SAFE_INTEGER);
const count = whole(1, 1_000_000);

/**
 * An object of this shape, copied with only the shape's fields (absent optional ones left out, as
 * zod does); else null. A field that is itself an object (a record) is copied too.
 */
function object<T>(data: unknown, shape: Shape): T | null {
  if (!isObject(data)) return null;
  const result: Data = {};
  for (const key in shape) {
    const value = data[key];
    if (!shape[key]!(value)) return null;
    if (key in data) result[key] = isObject(value) ? { ...value } : value;
  }
  return result as T;
}

const PAGE_EVENTS: Record<string, Shape> = {
  'console-error': { type: any, source: oneOf('console', 'uncaught', 'rejection'), message: text(2000), stack: optional(text(4000)), count, at: timestamp },
  'request-failed': {
    type: any,
    api: oneOf('fetch', 'xhr'),
    method: text(16),
    url: text(2000),
    status: between(0, 999),
    reason: oneOf('http', 'network', 'timeout'),
    durationMs: between(0, 3_600_000),
    errorCode: optional(text(200)),
    errorMessage: optional(text(500)),
    count,
    at: timestamp,
  },
  navigation: { type: any, url: text(2000), at: timestamp },
};

/** A page-probe batch (pageEnvelopeSchema): all of it is valid, or none of it is used. */
export function checkPageEnvelope(data: unknown): PageEvent[] | null {
  if (!isObject(data) || data.channel !== PAGE_CHANNEL || data.version !== PAGE_PROTOCOL_VERSION) return null;
  const events = data.events;
  if (!Array.isArray(events) || events.length > PAGE_BATCH_MAX) return null;
  const checked: PageEvent[] = [];
  for (const event of events) {
    const type = isObject(event) && event.type;
    const valid = typeof type === 'string' && Object.hasOwn(PAGE_EVENTS, type) && object<PageEvent>(event, PAGE_EVENTS[type]!);
    if (!valid) return null;
    checked.push(valid);
  }
  return checked;
}

/** A flat record of short keys (zod: z.record(z.string().check(z.maxLength(64)), value)). */
const record = (isValue: Check): Check => (value) => isObject(value) && Object.entries(value).every(([key, item]) => key.length <= 64 && isValue(item));

/** The background's answer to page/hello (pageSettingsSchema). */
export function checkPageSettings(data: unknown): PageSettings | null {
  return object<PageSettings>(data, {
    spinnerTimeoutMs: between(1_000, 600_000),
    deadlineWarningHours: between(0, 720),
    enabled: isBoolean,
    overlay: optional(oneOf('shown', 'minimised', 'hidden')),
    strings: optional(record(text(500))),
  });
}

export interface DerivedFault {
  fingerprint: string;
  kind: 'stuck-order';
  severity: 'info' | 'warning' | 'error' | 'critical';
  message: string;
  details: Record<string, string | number | boolean | null>;
}

const DERIVED_FAULT: Shape = {
  fingerprint: text(200),
  kind: oneOf('stuck-order'),
  severity: oneOf('info', 'warning', 'error', 'critical'),
  message: text(2000),
  details: record((value) => value === null || typeof value === 'boolean' || Number.isFinite(value) || text(2000)(value)),
};

/** The background's answer to orders/seen (ordersSeenAnswerSchema): the faults it judged. */
export function checkOrdersSeenAnswer(data: unknown): { derived?: DerivedFault[] } | null {
  const answer = object<{ derived?: DerivedFault[] }>(data, {
    derived: optional((derived) => Array.isArray(derived) && derived.length <= 5000 && derived.every((fault) => object(fault, DERIVED_FAULT))),
  });
  if (answer?.derived) answer.derived = answer.derived.map((fault) => object<DerivedFault>(fault, DERIVED_FAULT)!);
  return answer;
}

/** The background's answer to the overlay's capture (overlayCaptureAnswerSchema). */
export function checkOverlayCaptureAnswer(data: unknown): OverlayCaptureAnswer | null {
  return object(data, { outcome: oneOf('captured', 'permission-asked', 'permission-declined', 'failed'), detail: optional(text(500)) });
}

/** capture/prepare and capture/finish from the background (backgroundToContentSchema). */
export function checkBackgroundToContent(data: unknown): BackgroundToContent | null {
  const token = text(100);
  if (isObject(data) && data.type === 'capture/finish') return object(data, { type: any, token });
  return object(data, { type: oneOf('capture/prepare'), token, mask: isBoolean, holdMs: between(100, 30_000) });
}

/** The background's answer to a report (deliveryAnswerSchema). */
export function checkDeliveryAnswer(data: unknown): DeliveryAnswer | null {
  return isObject(data) && data.ok === true ? { ok: true } : object(data, { ok: oneOf(false), reason: oneOf('storage-full', 'invalid', 'not-back-office') });
}

export interface PageRulesAnswer {
  rules: PageRules;
  words: WordPatterns;
  /** The SOS control's stylesheet (lib/overlay/style.ts), kept out of the page-side bundle. */
  overlayStyle: string;
}

/**
 * The background's answer to page/rules. It comes from the extension itself and was checked with
 * zod there (lib/background/page-rules-answer.ts); here only its shape, so a broken answer turns
 * detection off instead of throwing in the detectors.
 */
export function checkPageRulesAnswer(data: unknown): PageRulesAnswer | null {
  const answer = object<PageRulesAnswer>(data, {
    rules: (rules) => isObject(rules) && typeof rules.platform === 'string' && 'hosts statuses deadlineLabels orderDateLabels dateFormats apiPaths orderPages errorCodes shopIdLabels piiLabels'.split(' ').every((key) => Array.isArray(rules[key])),
    words: (words) => isObject(words) && [words.error, words.errorAnywhere, words.success, words.noErrors].every((source) => typeof source === 'string'),
    overlayStyle: (style) => typeof style === 'string',
  });
  return answer;
}
