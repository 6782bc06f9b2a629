import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactIncoming } from '../../lib/background/redact-incoming';
import { stripSecrets, stripUrlSecrets } from '../../lib/content/redact-lite';
import { contentToBackgroundSchema } from '../../lib/messages';
import { redactText, redactUrl } from '../../lib/redact';

// The content script's first pass (lib/content/redact-lite.ts) and the background's full pass
// over what arrives (lib/background/redact-incoming.ts).

const KEY = 'sk9f8Q2Lm4Xv7Tz1Bq6Wn3Rk5Yp0Hd2Jc8Ga4';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';

describe('page-side first pass', () => {
  it('strips credentials from URLs: the authority, secret parameters, OAuth fragments, keys and e-mails in the path', () => {
    expect(stripUrlSecrets('https://user:pw@seller.ozon.ru/app/postings?access_token=abc&page=2&api_key=k#access_token=zzz&state=1')).toBe(
      'https://seller.ozon.ru/app/postings?access_token=[redacted]&page=2&api_key=[redacted]#access_token=[redacted]&state=1',
    );
    expect(stripUrlSecrets(`https://seller.shopee.co.th/api/v3/${KEY}/list`)).toBe('https://seller.shopee.co.th/api/v3/[redacted]/list');
    expect(stripUrlSecrets('https://sellercentral.amazon.de/messaging/buyer%40example.de/thread')).toBe('https://sellercentral.amazon.de/messaging/[redacted]/thread');
    expect(stripUrlSecrets('not a url with a@b.co')).toBe('not a url with [redacted]');
  });

  it('strips bearer credentials, JWTs, e-mails and long keys from text', () => {
    expect(stripSecrets(`Authorization: Bearer ${KEY}`)).toBe('Authorization: Bearer [redacted]');
    expect(stripSecrets(`token ${JWT} expired`)).toBe('token [redacted] expired');
    expect(stripSecrets('Write to seller.support@example.com now')).toBe('Write to [redacted] now');
    expect(stripSecrets(`key=${KEY}`)).toBe('key=[redacted]');
  });

  it('keeps what support needs: API paths, order ids, codes, dates and the words', () => {
    const kept = [
      'GET /api/posting-service/v3/fbs/unfulfilled/list → 429 8: You have reached request rate limit per second',
      'Заказ 23713478-0018-3 не удалось отгрузить до 21.11.2026 12:00',
      'Order 113-1234567-1234567 failed: InvalidParameterValue',
      'error_code: seller_order_list_query_failed_due_to_timeout',
    ];
    for (const text of kept) expect(stripSecrets(text)).toBe(text);
    expect(stripUrlSecrets('https://seller.ozon.ru/app/postings/fbs?filter=awaiting_packaging&page=2')).toBe('https://seller.ozon.ru/app/postings/fbs?filter=awaiting_packaging&page=2');
  });

  it('never leaves a generated key, JWT or e-mail in a URL query or path', () => {
    const secret = fc.oneof(
      fc.stringMatching(/^[A-Za-z0-9]{40}$/).filter((value) => /\d/.test(value) && /[A-Za-z]/.test(value)),
      fc.constant(JWT),
      // Everyday addresses; the full redactor in the background handles every RFC 5322 local part.
      fc.emailAddress().filter((email) => /^[\w.+-]+@/.test(email) && /\.[a-z]{2,}$/i.test(email)),
    );
    fc.assert(
      fc.property(secret, fc.constantFrom('ref', 'state', 'token', 'q'), (value, parameter) => {
        const url = `https://seller.ozon.ru/api/${encodeURIComponent(value)}/list?${parameter}=${encodeURIComponent(value)}`;
        const stripped = stripUrlSecrets(url);
        expect(decodeURIComponent(stripped)).not.toContain(value);
        expect(stripSecrets(`see ${value} here`)).not.toContain(value);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the background redacts fully what a content script sends', () => {
  const phone = '+66 81 234 5678';
  const report = contentToBackgroundSchema.parse({
    type: 'signals/report',
    pageId: 'p1',
    signals: [
      {
        kind: 'banner',
        severity: 'error',
        message: `ส่งไม่สำเร็จ โทร ${phone}`,
        fingerprint: 'banner:abc',
        url: `https://seller.shopee.co.th/portal/sale?phone=${encodeURIComponent(phone)}`,
        at: 1,
        details: { buyerName: 'Somchai Jaidee', note: `Address: 12 Sukhumvit Rd, Bangkok`, orderId: '2311210ABCDEF1', count: 2 },
      },
    ],
  });

  it('phones, labelled addresses and personal fields are gone before storage; ids and numbers stay', () => {
    const redacted = redactIncoming(report);
    if (redacted.type !== 'signals/report') throw new Error('type changed');
    const [signal] = redacted.signals;
    expect(signal!.message).not.toContain('234');
    expect(signal!.url).not.toContain('234');
    expect(signal!.details).toEqual({ buyerName: '[redacted]', note: 'Address: [redacted]', orderId: '2311210ABCDEF1', count: 2 });
    expect(signal!.fingerprint).toBe('banner:abc');
  });

  it('text the page side already redacted comes out as the full redactor alone would make it', () => {
    fc.assert(
      fc.property(fc.constantFrom(`Bearer ${KEY} for a@b.co, call ${phone}`, `https://x.ozon.ru/a?token=1&p=${phone}`, JWT), (text) => {
        expect(redactText(stripSecrets(text))).toBe(redactText(text));
        if (text.startsWith('https:')) expect(redactUrl(stripUrlSecrets(text))).toBe(redactUrl(text));
      }),
    );
  });

  it('page/hello, orders/seen and page/timing URLs and titles are redacted too', () => {
    const hello = redactIncoming(contentToBackgroundSchema.parse({ type: 'page/hello', pageId: 'p', url: `https://seller.ozon.ru/app?phone=${encodeURIComponent(phone)}`, title: `Заказ · ${phone}`, shopId: null }));
    expect(JSON.stringify(hello)).not.toContain('234');
    const timing = redactIncoming(contentToBackgroundSchema.parse({ type: 'page/timing', pageId: 'p', url: `https://seller.ozon.ru/app/${phone.replace(/ /g, '-')}`, pathKey: '/app', loadMs: 1, at: 1 }));
    expect(JSON.stringify(timing)).not.toContain('234');
  });
});
