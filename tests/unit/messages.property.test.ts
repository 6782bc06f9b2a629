import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHECKLIST_STEP_IDS, STEP_OUTCOMES } from '../../lib/checklist/steps';
import {
  backgroundToContentSchema,
  captureOutcomeSchema,
  contentToBackgroundSchema,
  PAGE_BATCH_MAX,
  PAGE_CHANNEL,
  PAGE_PROTOCOL_VERSION,
  pageEnvelopeSchema,
  pageSettingsSchema,
  tabStateSchema,
  uiToBackgroundSchema,
} from '../../lib/messages';
import { salvageSignalsReport } from '../../lib/background/salvage';
import { buildReport } from '../../lib/report/build';
import { REPORT_LANGUAGES } from '../../lib/report/language';
import { PLATFORM_RULES, RULES_SOURCES } from '../../lib/rules/catalog';
import { ORDER_STAGES, type PlatformRules } from '../../lib/rules/schema';
import { parsePlatformRules, RulesError } from '../../lib/rules/validate';
import { PLATFORMS, type Platform } from '../../lib/rules/types';
import { SEVERITIES, SIGNAL_KINDS, type Signal } from '../../lib/signals';
import { demoReportInput, INCIDENT } from './golden/demo-incident';

/**
 * Property tests of every boundary's schema (issue #9): generated valid messages parse; the same
 * messages with one field mutated (wrong type, NaN, Infinity), oversized (strings, batches) or
 * forged (a command dressed as data) are refused — by safeParse, never by a throw. The rules
 * schema names the rule and field of a generated bad rules file; the report builder never throws
 * and leaks no generated phone, e-mail or token on any set of signals.
 *
 * Tally (issue #9 closing note): RUNS × properties below, counted in the report.
 */

export const RUNS = 200;
const settings = { numRuns: RUNS };

type Schema = { safeParse(value: unknown): { success: boolean; data?: unknown } };

// ---------------------------------------------------------------- generic mutation of a valid value

type Path = (string | number)[];

/**
 * Every field path of a message, not descending into the free-form maps (`details`, `strings`),
 * whose values may legitimately be strings, numbers, booleans or null.
 */
function fieldPaths(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const out: Path[] = [];
  for (const [key, child] of Object.entries(value)) {
    const childPath = [...path, Array.isArray(value) ? Number(key) : key];
    out.push(childPath);
    if (key !== 'details' && key !== 'strings') out.push(...fieldPaths(child, childPath));
  }
  return out;
}

/** Values of a type no field of that original type accepts (no schema field is a string|number union outside the maps). */
function wrongValuesFor(original: unknown): unknown[] {
  if (typeof original === 'string') return [42, true, {}, [], ['x']];
  if (typeof original === 'number') return ['1', true, {}, [], Number.NaN, Number.POSITIVE_INFINITY];
  if (typeof original === 'boolean') return ['true', 1, {}, []];
  if (Array.isArray(original)) return ['[]', 5, {}, true];
  if (original === null) return [{}, true, []];
  return ['{}', 5, [], true];
}

function setAt(value: unknown, path: Path, replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = replacement;
  return copy;
}

/** A valid value with exactly one field given a value of the wrong type. */
function mutated<T>(valid: fc.Arbitrary<T>): fc.Arbitrary<{ value: unknown; path: string }> {
  return valid.chain((value) => {
    const paths = fieldPaths(value);
    return fc.tuple(fc.constantFrom(...paths), fc.nat()).map(([path, pick]) => {
      const original = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
      const wrong = wrongValuesFor(original);
      return { value: setAt(value, path, wrong[pick % wrong.length]), path: path.join('.') };
    });
  });
}

/** safeParse never throws, whatever it is given; returns whether it accepted. */
function accepts(schema: Schema, value: unknown): boolean {
  let result: { success: boolean } | undefined;
  expect(() => (result = schema.safeParse(value))).not.toThrow();
  return result!.success;
}

// ---------------------------------------------------------------- arbitraries of valid messages

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: Math.min(max, 80) }).filter((value) => value.length <= max);
const nonEmpty = (max: number) => fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 80) }).filter((value) => value.length >= 1 && value.length <= max);
const at = fc.integer({ min: 0, max: 4_102_444_800_000 });
const pageId = fc.stringMatching(/^[a-z0-9-]{1,64}$/);
const key = fc.stringMatching(/^[A-Za-z0-9-]{8,64}$/);
const url = fc.webUrl({ withQueryParameters: true, withFragments: true }).filter((value) => value.length <= 2000);
const details = fc.dictionary(fc.string({ maxLength: 64 }), fc.oneof(text(200), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)), { maxKeys: 32 });

const consoleEvent = fc.record(
  { type: fc.constant('console-error' as const), source: fc.constantFrom('console', 'uncaught', 'rejection'), message: text(2000), stack: text(4000), count: fc.integer({ min: 1, max: 1_000_000 }), at },
  { requiredKeys: ['type', 'source', 'message', 'count', 'at'] },
);
const requestFailedEvent = fc.record(
  {
    type: fc.constant('request-failed' as const),
    api: fc.constantFrom('fetch', 'xhr'),
    method: fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'),
    url,
    status: fc.integer({ min: 0, max: 999 }),
    reason: fc.constantFrom('http', 'network', 'timeout'),
    durationMs: fc.integer({ min: 0, max: 3_600_000 }),
    errorCode: text(200),
    errorMessage: text(500),
    count: fc.integer({ min: 1, max: 1_000_000 }),
    at,
  },
  { requiredKeys: ['type', 'api', 'method', 'url', 'status', 'reason', 'durationMs', 'count', 'at'] },
);
const navigationEvent = fc.record({ type: fc.constant('navigation' as const), url, at });
const pageEvent = fc.oneof(consoleEvent, requestFailedEvent, navigationEvent);
const pageEnvelope = fc.record({ channel: fc.constant(PAGE_CHANNEL), version: fc.constant(PAGE_PROTOCOL_VERSION), events: fc.array(pageEvent, { minLength: 1, maxLength: 5 }) });

const signalDraft = fc.record(
  {
    kind: fc.constantFrom(...SIGNAL_KINDS),
    severity: fc.constantFrom(...SEVERITIES),
    message: nonEmpty(2000),
    fingerprint: nonEmpty(200),
    url,
    at,
    count: fc.integer({ min: 1, max: 1_000_000 }),
    live: fc.boolean(),
    details,
  },
  { requiredKeys: ['kind', 'severity', 'message', 'fingerprint', 'url', 'at'] },
);
const orderSighting = fc.record({ orderId: nonEmpty(64), statusId: nonEmpty(64), statusLabel: text(200), view: fc.constantFrom('list', 'detail') });

const contentToBackground = fc.oneof(
  fc.record({ type: fc.constant('page/hello'), pageId, url, title: text(300), shopId: fc.option(text(100), { nil: null }) }),
  fc.record({ type: fc.constant('signals/report'), pageId, signals: fc.array(signalDraft, { minLength: 1, maxLength: 4 }) }),
  fc.record({ type: fc.constant('signals/cleared'), pageId, fingerprints: fc.array(text(200), { minLength: 1, maxLength: 5 }), at }),
  fc.record({ type: fc.constant('orders/seen'), pageId, url, orders: fc.array(orderSighting, { minLength: 1, maxLength: 5 }), at }),
  fc.record({ type: fc.constant('page/timing'), pageId, url, pathKey: text(300), loadMs: fc.integer({ min: 0, max: 3_600_000 }), at }),
  fc.record({ type: fc.constant('overlay/open-side-panel'), pageId }),
  fc.record({ type: fc.constant('overlay/capture'), pageId, key }),
);

const tabId = fc.integer({ min: 0, max: 2 ** 31 });
const uiToBackground = fc.oneof(
  fc.record({ type: fc.constant('ui/tab-state'), tabId }),
  fc.record({ type: fc.constant('capture/request'), key, tabId, trigger: fc.constantFrom('popup', 'sidepanel'), mask: fc.boolean() }, { requiredKeys: ['type', 'key', 'tabId', 'trigger'] }),
  fc.record({ type: fc.constant('checklist/record'), tabId, step: fc.constantFrom(...CHECKLIST_STEP_IDS), outcome: fc.constantFrom(...STEP_OUTCOMES), details }),
  fc.record({ type: fc.constant('checklist/clear-site-data'), tabId }),
  fc.record({ type: fc.constant('checklist/network-check'), tabId }),
  fc.record({
    type: fc.constant('shipments/add'),
    entry: fc.record({ platform: fc.constantFrom(...PLATFORMS), orderId: text(64), buyerReference: text(200), carrier: text(100), trackingNumber: text(64), shippedAt: at }),
  }),
  fc.record({ type: fc.constant('shipments/backfilled'), ids: fc.array(fc.integer({ min: 1, max: 2 ** 40 }), { minLength: 1, maxLength: 10 }), backfilled: fc.boolean() }),
  fc.record({ type: fc.constant('shipments/delete'), id: fc.integer({ min: 1, max: 2 ** 40 }) }),
);

/** What the background and the content script answer each other and the pages. */
const backgroundToContent = fc.oneof(
  fc.record({ type: fc.constant('capture/prepare'), token: text(100), mask: fc.boolean(), holdMs: fc.integer({ min: 100, max: 30_000 }) }),
  fc.record({ type: fc.constant('capture/finish'), token: text(100) }),
);
const pageSettings = fc.record({
  spinnerTimeoutMs: fc.integer({ min: 1_000, max: 600_000 }),
  deadlineWarningHours: fc.integer({ min: 0, max: 720 }),
  enabled: fc.boolean(),
  overlay: fc.constantFrom('shown', 'minimised', 'hidden'),
  strings: fc.dictionary(fc.string({ maxLength: 64 }), text(500), { maxKeys: 10 }),
});
const tabState = fc.record({
  tabId: fc.integer(),
  platform: fc.option(fc.constantFrom(...PLATFORMS), { nil: null }),
  host: fc.option(fc.domain(), { nil: null }),
  region: fc.option(fc.constantFrom('RU', 'SG', 'DE'), { nil: null }),
  openFaults: fc.nat(),
  incidentId: fc.option(fc.nat(), { nil: null }),
});
const captureOutcome = fc.oneof(
  fc.record({ ok: fc.constant(true), key, captureId: fc.integer({ min: 1, max: 2 ** 40 }), screenshot: fc.boolean(), note: fc.constantFrom(null, 'permission-needed', 'storage-full', 'interrupted') }),
  fc.record({ ok: fc.constant(false), key, error: fc.constantFrom('not-back-office', 'tab-closed', 'storage-failed', 'no-answer'), message: text(200) }),
);

const BOUNDARIES: { name: string; schema: Schema; valid: fc.Arbitrary<unknown> }[] = [
  { name: 'page → content script (probe envelope)', schema: pageEnvelopeSchema, valid: pageEnvelope },
  { name: 'content script → background', schema: contentToBackgroundSchema, valid: contentToBackground },
  { name: 'extension pages → background', schema: uiToBackgroundSchema, valid: uiToBackground },
  { name: 'background → content script (capture)', schema: backgroundToContentSchema, valid: backgroundToContent },
  { name: 'background → content script (page settings)', schema: pageSettingsSchema, valid: pageSettings },
  { name: 'background → extension pages (tab state)', schema: tabStateSchema, valid: tabState },
  { name: 'background → extension pages (capture outcome)', schema: captureOutcomeSchema, valid: captureOutcome },
];

// ---------------------------------------------------------------- properties

describe.each(BOUNDARIES)('$name', ({ schema, valid }) => {
  it('accepts every generated valid message, and drops keys it does not know', () => {
    fc.assert(
      fc.property(valid, fc.dictionary(fc.constantFrom('command', 'action', 'navigate', 'clearData', 'constructor'), fc.anything(), { minKeys: 1 }), (message, junk) => {
        expect(accepts(schema, message)).toBe(true);
        const parsed = schema.safeParse({ ...junk, ...(message as object) }).data as Record<string, unknown>;
        for (const extra of Object.keys(junk)) if (!(extra in (message as object))) expect(Object.hasOwn(parsed, extra)).toBe(false);
      }),
      settings,
    );
  });

  it('refuses the message with any one field of the wrong type, without throwing', () => {
    fc.assert(
      fc.property(mutated(valid), ({ value, path }) => {
        expect(accepts(schema, value), `mutated ${path}`).toBe(false);
      }),
      settings,
    );
  });

  it('never throws on anything at all', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true }), (value) => {
        accepts(schema, value);
      }),
      settings,
    );
  });
});

describe('oversized and forged messages are refused', () => {
  const tooLong = (max: number) => fc.integer({ min: max + 1, max: max + 5_000 }).map((length) => 'x'.repeat(length));

  it('oversized page events: any text field over its cap, or a batch over PAGE_BATCH_MAX', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(consoleEvent, fc.constantFrom(['message', 2000], ['stack', 4000])).chain(([event, [field, max]]) => tooLong(max as number).map((long) => ({ ...event, [field as string]: long }))),
          fc.tuple(requestFailedEvent, fc.constantFrom(['url', 2000], ['method', 16], ['errorCode', 200], ['errorMessage', 500])).chain(([event, [field, max]]) => tooLong(max as number).map((long) => ({ ...event, [field as string]: long }))),
          navigationEvent.chain((event) => tooLong(2000).map((long) => ({ ...event, url: long }))),
        ),
        (event) => {
          expect(accepts(pageEnvelopeSchema, { channel: PAGE_CHANNEL, version: PAGE_PROTOCOL_VERSION, events: [event] })).toBe(false);
        },
      ),
      settings,
    );
    fc.assert(
      fc.property(fc.array(navigationEvent, { minLength: PAGE_BATCH_MAX + 1, maxLength: PAGE_BATCH_MAX + 50 }), (events) => {
        expect(accepts(pageEnvelopeSchema, { channel: PAGE_CHANNEL, version: PAGE_PROTOCOL_VERSION, events })).toBe(false);
      }),
      { numRuns: 20 },
    );
  });

  it('oversized content messages: strings, batches, detail maps over their caps', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.tuple(pageId, tooLong(2000)).map(([id, long]) => ({ type: 'page/hello', pageId: id, url: long, title: '', shopId: null })),
          tooLong(64).map((long) => ({ type: 'overlay/open-side-panel', pageId: long })),
          fc.tuple(pageId, signalDraft, fc.constantFrom(['message', 2000], ['fingerprint', 200], ['url', 2000])).chain(([id, draft, [field, max]]) =>
            tooLong(max as number).map((long) => ({ type: 'signals/report', pageId: id, signals: [{ ...draft, [field as string]: long }] })),
          ),
          fc.tuple(pageId, signalDraft).map(([id, draft]) => ({ type: 'signals/report', pageId: id, signals: Array.from({ length: 201 }, () => draft) })),
          fc.tuple(pageId, signalDraft).map(([id, draft]) => ({ type: 'signals/report', pageId: id, signals: [{ ...draft, details: Object.fromEntries(Array.from({ length: 33 }, (_, index) => [`k${index}`, index])) }] })),
          fc.tuple(pageId, signalDraft, tooLong(2000)).map(([id, draft, long]) => ({ type: 'signals/report', pageId: id, signals: [{ ...draft, details: { note: long } }] })),
          fc.tuple(pageId, signalDraft, tooLong(64)).map(([id, draft, long]) => ({ type: 'signals/report', pageId: id, signals: [{ ...draft, details: { [long]: 1 } }] })),
          fc.tuple(pageId, signalDraft).map(([id, draft]) => ({ type: 'signals/report', pageId: id, signals: [{ ...draft, details: { nested: { deep: true } } }] })),
          pageId.map((id) => ({ type: 'signals/cleared', pageId: id, fingerprints: Array.from({ length: 501 }, (_, index) => `f${index}`), at: 1 })),
          fc.tuple(pageId, orderSighting).map(([id, order]) => ({ type: 'orders/seen', pageId: id, url: 'https://seller.ozon.ru/', orders: Array.from({ length: 5001 }, () => order), at: 1 })),
        ),
        (message) => {
          expect(accepts(contentToBackgroundSchema, message)).toBe(false);
        },
      ),
      settings,
    );
  });

  it('commands dressed as probe data, on the probe channel, are refused whole', () => {
    const command = fc.oneof(
      fc.record({ type: fc.constantFrom('capture/request', 'capture/prepare', 'overlay/capture'), key, tabId, trigger: fc.constant('popup') }),
      fc.record({ type: fc.constantFrom('checklist/clear-site-data', 'checklist/network-check', 'ui/tab-state'), tabId }),
      fc.record({ type: fc.constantFrom('navigate', 'navigation-request', 'clear', 'open-side-panel'), url, at }),
      fc.record({ type: fc.constant('signals/report'), pageId, signals: fc.array(signalDraft, { minLength: 1, maxLength: 2 }) }),
    );
    fc.assert(
      fc.property(fc.array(pageEvent, { maxLength: 3 }), command, fc.nat(3), (events, forged, where) => {
        const batch = [...events];
        batch.splice(where % (batch.length + 1), 0, forged as never);
        // Inside a batch: the whole batch goes.
        expect(accepts(pageEnvelopeSchema, { channel: PAGE_CHANNEL, version: PAGE_PROTOCOL_VERSION, events: batch })).toBe(false);
        // As the envelope itself, or with a forged version.
        expect(accepts(pageEnvelopeSchema, { channel: PAGE_CHANNEL, ...forged })).toBe(false);
        expect(accepts(pageEnvelopeSchema, { channel: PAGE_CHANNEL, version: PAGE_PROTOCOL_VERSION + 1, events })).toBe(false);
      }),
      settings,
    );
  });

  it('extension-page commands are never content-script messages (the background routes them by sender)', () => {
    fc.assert(
      fc.property(uiToBackground, (message) => {
        expect(accepts(contentToBackgroundSchema, message)).toBe(false);
      }),
      settings,
    );
  });
});

describe('one bad signal does not take the genuine ones of its batch with it', () => {
  /** What a page can make a detector report: the page schema lets non-integer counts and times through. */
  const poisoned = signalDraft.chain((draft) =>
    fc.constantFrom<Record<string, unknown>>({ count: 1.5 }, { at: draft.at + 0.5 }, { count: 0 }, { message: '' }, { message: 'x'.repeat(2001) }, { details: { nested: {} } }, { kind: 'exploit' }).map((change) => ({ ...draft, ...change })),
  );

  it('the background keeps every signal that parses and leaves out the others', () => {
    fc.assert(
      fc.property(pageId, fc.array(fc.tuple(fc.boolean(), signalDraft, poisoned), { minLength: 1, maxLength: 20 }), (id, mix) => {
        const signals = mix.map(([good, draft, bad]) => (good ? draft : bad));
        const message = { type: 'signals/report', pageId: id, signals };
        const goodOnes = mix.filter(([good]) => good).map(([, draft]) => draft);
        const whole = contentToBackgroundSchema.safeParse(message).success;
        const salvaged = salvageSignalsReport(message);
        if (goodOnes.length === signals.length) expect(whole).toBe(true);
        else {
          expect(whole).toBe(false);
          if (goodOnes.length === 0) expect(salvaged).toBeNull();
          else {
            expect(salvaged!.dropped).toBe(signals.length - goodOnes.length);
            expect(salvaged!.report.signals.map((signal) => signal.fingerprint)).toEqual(goodOnes.map((draft) => draft.fingerprint));
          }
        }
      }),
      settings,
    );
    // Nothing but a fault report is ever salvaged, and a wrong page id or an oversized batch is not mended.
    expect(salvageSignalsReport({ type: 'checklist/clear-site-data', tabId: 1 })).toBeNull();
    expect(salvageSignalsReport({ type: 'signals/report', pageId: 'x'.repeat(65), signals: [{ kind: 'banner', severity: 'error', message: 'm', fingerprint: 'f', url: '', at: 1 }] })).toBeNull();
    expect(salvageSignalsReport({ type: 'signals/report', pageId: 'p', signals: Array.from({ length: 201 }, () => ({ kind: 'banner', severity: 'error', message: 'm', fingerprint: 'f', url: '', at: 1 })) })).toBeNull();
  });
});

// ---------------------------------------------------------------- rules files

describe('rules files', () => {
  const platforms = fc.constantFrom(...PLATFORMS);
  const label = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((value) => value.trim().length > 0);
  const statusId = fc.stringMatching(/^[a-z][a-z_]{2,20}$/);
  const extraHost = fc.stringMatching(/^[a-z][a-z0-9-]{1,12}$/).map((name) => `${name}.seller-sos-generated.test`);

  /** A platform's real rules plus generated statuses, hosts and labels: still a valid rules file. */
  const validRules = fc
    .tuple(platforms, fc.uniqueArray(fc.record({ id: statusId, stage: fc.constantFrom(...ORDER_STAGES), labels: fc.array(label, { minLength: 1, maxLength: 3 }) }), { selector: (status) => status.id, maxLength: 4 }), fc.uniqueArray(extraHost, { maxLength: 3 }), fc.array(label, { maxLength: 3 }))
    .map(([platform, statuses, hosts, deadlineLabels]) => {
      const base = structuredClone(PLATFORM_RULES[platform]) as PlatformRules;
      const known = new Set(base.statuses.map((status) => status.id));
      base.statuses.push(...statuses.filter((status) => !known.has(status.id)));
      base.hosts.push(...hosts.map((host) => ({ host, region: 'ZZ', language: 'en' })));
      base.deadlineLabels.push(...deadlineLabels);
      return { platform, rules: base };
    });

  it('generated valid rules files parse', () => {
    fc.assert(
      fc.property(validRules, ({ platform, rules }) => {
        expect(() => parsePlatformRules(rules, RULES_SOURCES[platform])).not.toThrow();
      }),
      settings,
    );
  });

  /** One rule broken in one field; the error must name the file, the rule (by id or host) and the field. */
  const brokenRules = fc.tuple(validRules, fc.nat(), fc.nat()).map(([{ platform, rules }, which, how]) => {
    const source = RULES_SOURCES[platform as Platform];
    const broken = structuredClone(rules) as unknown as Record<string, unknown> & PlatformRules;
    const kind = how % 6;
    if (kind === 0) {
      const status = broken.statuses[which % broken.statuses.length]!;
      (status as { stage: string }).stage = 'lost-in-space';
      return { broken, source, expected: [`statuses[${status.id}].stage`] };
    }
    if (kind === 1) {
      const status = broken.statuses[which % broken.statuses.length]!;
      status.labels = [];
      return { broken, source, expected: [`statuses[${status.id}].labels`] };
    }
    if (kind === 2) {
      const host = broken.hosts[which % broken.hosts.length]!;
      host.host = `${host.host.toUpperCase()}/`;
      return { broken, source, expected: [`hosts[${host.host}].host`] };
    }
    if (kind === 3) {
      const error = broken.errorCodes[which % broken.errorCodes.length]!;
      (error as { meaning: string }).meaning = 'whatever';
      return { broken, source, expected: [`errorCodes[${error.code}].meaning`] };
    }
    if (kind === 4) {
      broken.apiPaths = [...broken.apiPaths, '(unclosed'];
      return { broken, source, expected: [`apiPaths[${broken.apiPaths.length - 1}]`, 'not a valid regular expression'] };
    }
    const status = broken.statuses[which % broken.statuses.length]!;
    broken.statuses.push({ ...status });
    return { broken, source, expected: [`statuses[${status.id}]`, 'duplicate status id'] };
  });

  it('a generated bad rules file is refused with its file, rule and field named', () => {
    fc.assert(
      fc.property(brokenRules, ({ broken, source, expected }) => {
        let error: unknown;
        try {
          parsePlatformRules(broken, source);
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(RulesError);
        const message = (error as Error).message;
        expect(message).toContain(source);
        for (const part of expected) expect(message).toContain(part);
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------- report builder: no generated PII survives

describe('the report builder on generated signals carrying personal data', () => {
  const digits = (count: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: count, maxLength: count }).map((list) => list.join(''));
  const phone = fc.oneof(
    digits(9).map((rest) => `+7 9${rest.slice(0, 2)} ${rest.slice(2, 5)}-${rest.slice(5, 7)}-${rest.slice(7, 9)}`),
    digits(7).map((rest) => `+65 9${rest.slice(0, 3)} ${rest.slice(3)}`),
    digits(8).map((rest) => `+66 8${rest.slice(0, 1)} ${rest.slice(1, 4)} ${rest.slice(4)}`),
    digits(9).map((rest) => `+1 (${rest.slice(0, 3).replace(/^[01]/, '5')}) ${rest.slice(3, 6)}-${rest.slice(6)}1`),
    digits(8).map((rest) => `+49 151 ${rest}`),
  );
  const email = fc.emailAddress();
  const token = fc.oneof(
    fc.noBias(fc.uint8Array({ minLength: 20, maxLength: 32 })).map((bytes) => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')),
    fc.noBias(fc.uuid()),
  );
  const secret = fc.oneof(phone.map((value) => ({ value, kind: 'phone' })), email.map((value) => ({ value, kind: 'email' })), token.map((value) => ({ value, kind: 'token' })));
  const place = fc.constantFrom('message', 'url', 'details.errorMessage', 'details.path', 'details.statusLabel');
  const words = fc.array(fc.constantFrom('order', 'buyer', 'call', 'заказ', 'покупатель', '订单', 'failed', 'error'), { maxLength: 4 }).map((list) => list.join(' '));

  const signal = fc
    .record({
      kind: fc.constantFrom(...SIGNAL_KINDS),
      severity: fc.constantFrom(...SEVERITIES),
      platform: fc.constantFrom(...PLATFORMS),
      secret,
      place,
      before: words,
      after: words,
      firstAt: fc.integer({ min: 1_700_000_000_000, max: 1_800_000_000_000 }),
      count: fc.integer({ min: 1, max: 1000 }),
      reason: fc.constantFrom(undefined, 'deadline-passed', 'asset-failed', 'endless-spinner'),
    })
    .map(({ secret: { value }, place: where, before, after, reason, ...fields }): { signal: Signal; value: string } => {
      const inText = `${before} ${value} ${after}`.trim();
      const signal: Signal = {
        incidentId: 7, tabId: 1, pageId: 'p', host: 'seller.ozon.ru', fingerprint: `f-${value}`, clearedAt: null, lastAt: fields.firstAt + 1_000,
        message: where === 'message' ? inText : 'Request failed',
        url: where === 'url' ? `https://seller.ozon.ru/app/orders?q=${encodeURIComponent(value)}&page=2` : 'https://seller.ozon.ru/app/postings/fbs',
        details: {
          ...(reason ? { reason } : {}),
          method: 'POST',
          status: 500,
          path: where === 'details.path' ? `/api/buyer/${encodeURIComponent(value)}` : '/api/orders',
          ...(where === 'details.errorMessage' ? { errorMessage: inText } : {}),
          ...(where === 'details.statusLabel' ? { statusLabel: inText } : {}),
        },
        ...fields,
      };
      return { signal, value };
    });

  it('never throws, and no generated phone, e-mail or token appears in the text or Markdown', () => {
    fc.assert(
      fc.property(fc.array(signal, { minLength: 1, maxLength: 8 }), fc.constantFrom(...REPORT_LANGUAGES), (entries, language) => {
        const input = { ...demoReportInput(language), incident: { ...INCIDENT, shopId: null }, signals: entries.map((entry) => entry.signal), diagnosis: null };
        let report: ReturnType<typeof buildReport> | undefined;
        expect(() => (report = buildReport(input))).not.toThrow();
        for (const { value } of entries) {
          for (const output of [report!.text, report!.markdown, report!.subject]) {
            expect(output).not.toContain(value);
            expect(output).not.toContain(encodeURIComponent(value));
          }
        }
      }),
      settings,
    );
  }, 120_000);
});
