import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactBody, redactJson, redactText, redactUrl } from '../../lib/redact';
import { buildReport } from '../../lib/report/build';
import { buildReportDocument } from '../../lib/report/model';
import { REPORT_LANGUAGES } from '../../lib/report/language';
import { SEVERITIES, SIGNAL_KINDS, type Signal } from '../../lib/signals';
import { PLATFORMS } from '../../lib/rules/types';
import { SIGNAL_REASONS, ERROR_MEANINGS } from '../../lib/diagnosis/types';
import { demoReportInput, INCIDENT } from './golden/demo-incident';

/**
 * Property tests: no generated phone number (the formats of every platform country), e-mail
 * address or token (JWT, hex and base64 keys, bearer credentials) survives redaction in free
 * text, in URLs or in JSON bodies; and the report builder never throws, whatever the signals.
 */

const RUNS = { numRuns: 300 };

/** Written the way people and pages write them: international and national forms. `#` is a random digit. */
const PHONE_FORMATS: Readonly<Record<string, string[]>> = {
  RU: ['+7 9## ###-##-##', '8 (9##) ###-##-##', '+79#########', '89#########', '+7 (9##) ### ## ##'],
  KZ: ['+7 7## ### ####', '8 (7##) ###-##-##', '+7 (7##) ###-##-##'],
  SG: ['+65 9### ####', '+65 8#######', '9### ####', '6### ####'],
  MY: ['+60 1#-### ####', '01#-### ####', '+601########'],
  TH: ['+66 8# ### ####', '08#-###-####', '02-###-####'],
  VN: ['+84 9# ### ## ##', '09## ### ###', '+84 3########'],
  ID: ['+62 81#-####-####', '081#-####-####', '+62 21 ####-####'],
  PH: ['+63 9## ### ####', '09## ### ####'],
  BR: ['+55 11 9####-####', '(11) 9####-####', '+55 (21) 9####-####'],
  TW: ['+886 9## ### ###', '09##-###-###', '(02) ####-####'],
  MX: ['+52 55 #### ####', '55 #### ####', '+52 1 33 #### ####'],
  CO: ['+57 3## ### ####', '3## #######'],
  CL: ['+56 9 #### ####', '9 #### ####'],
  CN: ['+86 13# #### ####', '13#########', '15#-####-####', '(010) ####-####'],
  KR: ['+82 10-####-####', '010-####-####', '02-###-####'],
  US: ['+1 (###) ###-####', '(###) ###-####', '###-###-####', '+1 ###.###.####'],
  GB: ['+44 7### ######', '07### ######', '+44 (0)20 #### ####', '020 #### ####'],
  DE: ['+49 30 ########', '030 ########', '+49 15# ########', '0151 ########'],
  FR: ['+33 6 ## ## ## ##', '06 ## ## ## ##', '06.##.##.##.##'],
  IT: ['+39 3## ### ####', '3## ### ####'],
  ES: ['+34 6## ## ## ##', '6## ## ## ##', '+34 9## ### ###'],
  NL: ['+31 6 ########', '06-########', '020 ### ####'],
  SE: ['+46 70 ### ## ##', '070-### ## ##'],
  PL: ['+48 5## ### ###', '5## ### ###'],
  TR: ['+90 5## ### ## ##', '05## ### ## ##'],
  EG: ['+20 1# #### ####', '01# #### ####'],
  SA: ['+966 5# ### ####', '05# ### ####'],
  AE: ['+971 5# ### ####', '05# ### ####'],
  IN: ['+91 9#### #####', '9#### #####', '09#########'],
  ZA: ['+27 8# ### ####', '08# ### ####'],
  AU: ['+61 4## ### ###', '04## ### ###', '(02) #### ####'],
  JP: ['+81 90-####-####', '090-####-####', '03-####-####'],
};

const fromTemplate = (template: string) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: template.length, maxLength: template.length }).map((digits) => {
    let index = 0;
    return template.replace(/#/g, () => String(digits[index++]));
  });

const phone = fc.constantFrom(...Object.entries(PHONE_FORMATS).flatMap(([country, formats]) => formats.map((format) => [country, format] as const))).chain(([country, format]) =>
  fromTemplate(format).map((number) => ({ country, number })),
);

const email = fc.emailAddress();

// Keys come from a CSPRNG: uniform bytes, not fast-check's usual bias toward zeros ("AAAA…" is no key).
const bytes = (min: number, max: number) => fc.noBias(fc.uint8Array({ minLength: min, maxLength: max }));
const base64 = (data: Uint8Array) => btoa(String.fromCharCode(...data));
const base64url = (data: Uint8Array) => base64(data).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const hex = (data: Uint8Array) => Array.from(data, (byte) => byte.toString(16).padStart(2, '0')).join('');

const jwt = fc
  .tuple(fc.constantFrom('HS256', 'RS256', 'ES256'), fc.record({ sub: fc.string({ minLength: 1, maxLength: 20 }), exp: fc.integer({ min: 1e9, max: 2e9 }) }), bytes(32, 64))
  .map(([alg, payload, signature]) => `${base64url(new TextEncoder().encode(JSON.stringify({ alg, typ: 'JWT' })))}.${base64url(new TextEncoder().encode(JSON.stringify(payload)))}.${base64url(signature)}`);
/** Keys as platforms issue them: 32-64 hex characters, UUIDs (Ozon Api-Key), base64 and base64url secrets. */
const key = fc.oneof(
  bytes(16, 32).map(hex),
  bytes(16, 32).map((data) => hex(data).toUpperCase()),
  fc.noBias(fc.uuid()),
  bytes(32, 48).map(base64),
  bytes(32, 48).map(base64url),
);
const bearer = bytes(24, 48).map((data) => `Bearer ${base64url(data)}`);
const token = fc.oneof(jwt, key, bearer);
/** The part of a bearer credential that must not survive. */
const secretOf = (value: string) => value.replace(/^Bearer /, '');

/** Characters that end a word in real text, in the platforms' languages. */
const boundary = fc.constantFrom(' ', '\n', ', ', ': ', ' (', ') ', '"', '«', '»', '：', '，', '。', '「', '」', '\t', ' — ');
/**
 * Surrounding words: letters of several scripts, never digits (they would change the number) and
 * never currency signs ("฿ 516 960 473" is an amount, and amounts are kept).
 */
const words = fc.array(fc.stringMatching(/^[a-zа-яё一-龥ก-ฮà-ỹ]{1,8}$/u), { maxLength: 6 }).map((list) => list.join(' '));
const inText = (secret: string) => fc.tuple(words, boundary, boundary, words).map(([before, open, close, after]) => `${before}${open}${secret}${close}${after}`);

function expectGone(output: string, secret: string): void {
  expect(output).not.toContain(secret);
  expect(output).toContain('[redacted]');
}

describe('redaction properties', { timeout: 60_000 }, () => {
  it('no phone number of any platform country survives in free text', () => {
    fc.assert(
      fc.property(phone.chain(({ country, number }) => inText(number).map((text) => ({ country, number, text }))), ({ number, text }) => {
        expectGone(redactText(text), number);
        // Nor its digits in a row.
        expect(redactText(text).replace(/\D/g, '')).not.toContain(number.replace(/\D/g, ''));
      }),
      RUNS,
    );
  });

  it('no phone number survives in URLs (path and query) or JSON bodies', () => {
    fc.assert(
      fc.property(phone, fc.constantFrom('q', 'search', 'keyword', 'note'), ({ number }, parameter) => {
        const url = `https://seller.shopee.co.th/api/v3/buyer/${encodeURIComponent(number)}/orders?${parameter}=${encodeURIComponent(number)}&page=2`;
        const redacted = redactUrl(url);
        expect(decodeURIComponent(redacted)).not.toContain(number);
        expect(redacted).toContain('page=2');
        const body = JSON.stringify({ order: { note: `call ${number} after 6pm`, recipient: { name: 'Somchai', phone: number }, contacts: [number] } });
        expect(redactBody(body)).not.toContain(number);
        expect(JSON.stringify(redactJson(JSON.parse(body)))).not.toContain(number);
      }),
      RUNS,
    );
  });

  it('no e-mail address survives in free text, URLs or JSON bodies', () => {
    fc.assert(
      fc.property(email.chain((address) => inText(address).map((text) => [address, text] as const)), ([address, text]) => {
        expectGone(redactText(`Write to ${address} today`), address);
        expectGone(redactText(text), address);
        const url = redactUrl(`https://sellercentral.amazon.com/messaging/${encodeURIComponent(address)}?contact=${encodeURIComponent(address)}&q=${encodeURIComponent(address)}`);
        expect(decodeURIComponent(url)).not.toContain(address);
        expect(url).not.toContain(encodeURIComponent(address));
        expect(redactBody(JSON.stringify({ message: `from ${address}`, buyer: { email: address } }))).not.toContain(address);
      }),
      RUNS,
    );
  });

  it('no token or key survives in free text', () => {
    fc.assert(
      fc.property(token.chain((value) => inText(value).map((text) => ({ value, text }))), ({ value, text }) => {
        expectGone(redactText(text), secretOf(value));
      }),
      RUNS,
    );
  });

  it('no token or key survives in URLs, headers or JSON bodies', () => {
    fc.assert(
      fc.property(token, fc.constantFrom('ref', 'state', 'data', 'x'), (value, parameter) => {
        const secret = secretOf(value);
        const url = `https://seller.ozon.ru/api/${encodeURIComponent(secret)}/list?${parameter}=${encodeURIComponent(secret)}&access_token=${encodeURIComponent(secret)}#access_token=${encodeURIComponent(secret)}`;
        const redactedUrl = redactUrl(url);
        expect(decodeURIComponent(redactedUrl)).not.toContain(secret);
        expect(redactedUrl).not.toContain(encodeURIComponent(secret));
        expectGone(redactText(`Authorization: ${value}\nCookie: session=${secret}; theme=dark\nApi-Key: ${secret}\nClient-Id: 123456`), secret);
        const body = JSON.stringify({ data: { value: secret, list: [secret] }, access_token: secret, note: `key ${secret}` });
        expect(redactBody(body)).not.toContain(secret);
        expect(redactBody(`grant_type=refresh_token&refresh_token=${encodeURIComponent(secret)}&client_secret=${encodeURIComponent(secret)}`)).not.toContain(encodeURIComponent(secret));
      }),
      RUNS,
    );
  });

  it('redaction is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(phone.map((entry) => entry.number), email, token).chain(inText), (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
      RUNS,
    );
  });
});

describe('the report builder never throws', () => {
  const detailValue = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(...SIGNAL_REASONS, ...ERROR_MEANINGS, 'http', 'GET', '/api/v3/order/list', '23713478-0018-3'),
  );
  const detailKey = fc.constantFrom('orderId', 'reason', 'meaning', 'status', 'errorCode', 'errorMessage', 'path', 'url', 'method', 'hours', 'deadline', 'times', 'seconds', 'statusLabel', 'listStatusId', 'detailStatusId', 'loadMs', 'usualMs', 'asset', 'dropped', 'buyerName', 'source', 'stack', 'durationMs');
  const huge = fc.oneof(fc.string({ minLength: 2000, maxLength: 20_000 }), fc.constant('9 '.repeat(5000)), fc.constant('Адрес: '.repeat(2000)), fc.constant('😀'.repeat(3000)));
  const text = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), huge);
  const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
  const signal: fc.Arbitrary<Signal> = fc
    .record({
      kind: fc.constantFrom(...SIGNAL_KINDS),
      severity: fc.constantFrom(...SEVERITIES),
      message: text,
      url: fc.oneof(fc.webUrl(), text),
      count: fc.oneof(fc.integer({ min: -5, max: 1_000_000 }), fc.constant(Number.NaN)),
      firstAt: time,
      lastAt: time,
      details: fc.dictionary(detailKey, detailValue, { maxKeys: 12 }),
      platform: fc.constantFrom(...PLATFORMS),
    })
    .map((fields) => ({ incidentId: 7, tabId: 1, pageId: 'p', host: 'seller.ozon.ru', fingerprint: 'f', clearedAt: null, ...fields }));

  it('on any set of signals, in every language', () => {
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 25 }), fc.constantFrom(...REPORT_LANGUAGES), fc.constantFrom(...PLATFORMS), (signals, language, platform) => {
        const input = { ...demoReportInput(language), incident: { ...INCIDENT, platform, shopId: null }, signals, diagnosis: null };
        const report = buildReport(input);
        expect(report.text.length).toBeGreaterThan(100);
        expect(report.markdown.length).toBeGreaterThan(100);
        expect(buildReportDocument(input).sections).toHaveLength(9);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
