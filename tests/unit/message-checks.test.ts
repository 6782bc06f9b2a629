import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkBackgroundToContent,
  checkDeliveryAnswer,
  checkOrdersSeenAnswer,
  checkOverlayCaptureAnswer,
  checkPageEnvelope,
  checkPageSettings,
} from '../../lib/content/message-checks';
import {
  backgroundToContentSchema,
  deliveryAnswerSchema,
  ordersSeenAnswerSchema,
  overlayCaptureAnswerSchema,
  pageEnvelopeSchema,
  pageSettingsSchema,
  PAGE_CHANNEL,
} from '../../lib/messages-content';

// The content script's hand-written checks must accept exactly what the zod schemas accept, and
// hand on the same data: generated input near every boundary, valid and not.

/** A field that is often valid, sometimes just past a limit, sometimes the wrong type or absent. */
const text = (max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.string({ maxLength: Math.min(max, 40) }) },
    { weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1)) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, 1, true, {}, []) },
  );
const number = (min: number, max: number) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min, max: Math.min(max, Number.MAX_SAFE_INTEGER) }) },
    { weight: 2, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, min - 0.5, max + 0.5, min + 0.5, max - 0.5, Number.NaN, Infinity, -Infinity) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, '1', true) },
  );
const oneOf = (...values: string[]) => fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...values) }, { weight: 1, arbitrary: fc.constantFrom('other', undefined, 1) });
const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });
const consoleEvent = fc.record(
  { type: fc.constant('console-error'), source: oneOf('console', 'uncaught', 'rejection'), message: text(2000), stack: optional(text(4000)), count: number(1, 1_000_000), at: number(0, Number.MAX_SAFE_INTEGER) },
  { requiredKeys: ['type', 'source', 'message', 'count', 'at'] },
);
const requestEvent = fc.record(
  {
    type: fc.constant('request-failed'),
    api: oneOf('fetch', 'xhr'),
    method: text(16),
    url: text(2000),
    status: number(0, 999),
    reason: oneOf('http', 'network', 'timeout'),
    durationMs: number(0, 3_600_000),
    errorCode: optional(text(200)),
    errorMessage: optional(text(500)),
    count: number(1, 1_000_000),
    at: number(0, Number.MAX_SAFE_INTEGER),
    injected: fc.anything(),
  },
  { requiredKeys: ['type', 'api', 'method', 'url', 'status', 'reason', 'durationMs', 'count', 'at'] },
);
const navigationEvent = fc.record({ type: fc.constantFrom('navigation', 'navigate'), url: text(2000), at: number(0, Number.MAX_SAFE_INTEGER) });
const pageEvent = fc.oneof(consoleEvent, requestEvent, navigationEvent, fc.anything());
const envelope = fc.oneof(
  { weight: 8, arbitrary: fc.record({ channel: fc.constantFrom(PAGE_CHANNEL, PAGE_CHANNEL, 'other'), version: fc.constantFrom(1, 1, 1, 2, '1'), events: fc.oneof(fc.array(pageEvent, { maxLength: 4 }), fc.constant({})) }) },
  { weight: 1, arbitrary: fc.record({ channel: fc.constant(PAGE_CHANNEL), version: fc.constant(1), events: fc.array(navigationEvent, { minLength: 99, maxLength: 102 }) }) },
  { weight: 1, arbitrary: fc.anything() },
);

function agree<T>(schema: { safeParse(value: unknown): { success: boolean; data?: unknown } }, check: (value: unknown) => T | null, project: (data: unknown) => unknown = (data) => data) {
  return (value: unknown) => {
    const parsed = schema.safeParse(value);
    const checked = check(value);
    expect(checked !== null, JSON.stringify(value)?.slice(0, 300)).toBe(parsed.success);
    if (parsed.success) expect(checked).toStrictEqual(project(parsed.data));
  };
}

describe('page-side message checks agree with the zod schemas', () => {
  it('page-probe envelopes (untrusted: anything a page can post)', () => {
    fc.assert(fc.property(envelope, agree(pageEnvelopeSchema, checkPageEnvelope, (data) => (data as { events: unknown }).events)), { numRuns: 3000 });
  });

  it('page settings from the background', () => {
    const settings = fc.record(
      {
        spinnerTimeoutMs: number(1_000, 600_000),
        deadlineWarningHours: number(0, 720),
        enabled: fc.oneof(fc.boolean(), fc.constant('yes')),
        overlay: optional(oneOf('shown', 'minimised', 'hidden')),
        strings: optional(fc.oneof(fc.dictionary(fc.string({ maxLength: 66 }), text(500), { maxKeys: 4 }), fc.constant([]))),
      },
      { requiredKeys: ['spinnerTimeoutMs', 'deadlineWarningHours', 'enabled'] },
    );
    fc.assert(fc.property(fc.oneof(settings, fc.anything()), agree(pageSettingsSchema, checkPageSettings)), { numRuns: 2000 });
  });

  it('orders/seen answers', () => {
    const detail = fc.oneof(text(2000), fc.double(), fc.boolean(), fc.constant(null), fc.constant([]));
    const fault = fc.record({
      fingerprint: text(200),
      kind: oneOf('stuck-order'),
      severity: oneOf('info', 'warning', 'error', 'critical'),
      message: text(2000),
      details: fc.oneof(fc.dictionary(fc.string({ maxLength: 66 }), detail, { maxKeys: 4 }), fc.constant(null)),
    });
    const answer = fc.record({ derived: optional(fc.oneof(fc.array(fault, { maxLength: 3 }), fc.constant('none'))) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(answer, fc.anything()), agree(ordersSeenAnswerSchema, checkOrdersSeenAnswer)), { numRuns: 2000 });
  });

  it('overlay capture answers and capture/prepare, capture/finish', () => {
    const answer = fc.record({ outcome: oneOf('captured', 'permission-asked', 'permission-declined', 'failed'), detail: optional(text(500)) }, { requiredKeys: ['outcome'] });
    fc.assert(fc.property(fc.oneof(answer, fc.anything()), agree(overlayCaptureAnswerSchema, checkOverlayCaptureAnswer)), { numRuns: 1000 });
    const request = fc.record(
      { type: oneOf('capture/prepare', 'capture/finish'), token: text(100), mask: fc.oneof(fc.boolean(), fc.constant(1)), holdMs: number(100, 30_000) },
      { requiredKeys: ['type', 'token'] },
    );
    fc.assert(fc.property(fc.oneof(request, fc.anything()), agree(backgroundToContentSchema, checkBackgroundToContent)), { numRuns: 2000 });
  });

  it('answers to reports (delivery acknowledgement)', () => {
    const answer = fc.record({ ok: fc.constantFrom(true, false, 'true', 1, undefined), reason: optional(oneOf('storage-full', 'invalid', 'not-back-office')), derived: optional(fc.anything()) }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(answer, fc.anything()), agree(deliveryAnswerSchema, checkDeliveryAnswer)), { numRuns: 2000 });
  });

  it('counts and times of page events are whole numbers, as the signals they become are stored', () => {
    const event = { type: 'console-error', source: 'console', message: 'x', count: 2, at: 1_700_000_000_000 };
    const envelopeOf = (patch: object) => ({ channel: PAGE_CHANNEL, version: 1, events: [{ ...event, ...patch }] });
    expect(checkPageEnvelope(envelopeOf({}))).not.toBeNull();
    for (const patch of [{ count: 1.5 }, { at: 1_700_000_000_000.25 }]) {
      expect(checkPageEnvelope(envelopeOf(patch))).toBeNull();
      expect(pageEnvelopeSchema.safeParse(envelopeOf(patch)).success).toBe(false);
    }
  });

  it('a forged envelope with one bad event is refused whole, and unknown fields never pass', () => {
    const good = { type: 'navigation', url: 'https://seller.ozon.ru/app/postings/fbs', at: 1, act: 'capture' };
    expect(checkPageEnvelope({ channel: PAGE_CHANNEL, version: 1, events: [good] })).toStrictEqual([{ type: 'navigation', url: good.url, at: 1 }]);
    expect(checkPageEnvelope({ channel: PAGE_CHANNEL, version: 1, events: [good, { type: 'capture/prepare', token: 't', mask: false, holdMs: 100 }] })).toBeNull();
  });
});
