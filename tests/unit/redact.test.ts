import { describe, expect, it } from 'vitest';
import { isPersonalField, isSecretField, redactBody, redactDetails, redactHeaders, redactText, redactUrl } from '../../lib/redact';
import { PLATFORM_RULES } from '../../lib/rules/catalog';

describe('redactText', () => {
  it.each([
    ['Call +7 (912) 345-67-89', '+7 (912) 345-67-89'],
    ['Phone: +65 9123 4567', '+65 9123 4567'],
    ['tel 0912-345-678', '0912-345-678'],
    ['Write to ivan.petrov@mail.ru please', 'ivan.petrov@mail.ru'],
    ['Authorization: Bearer abcdef1234567890ABCDEF', 'abcdef1234567890ABCDEF'],
    ['token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
  ])('removes the secret from %s', (text, secret) => {
    expect(redactText(text)).not.toContain(secret);
    expect(redactText(text)).toContain('[redacted]');
  });

  it('keeps order ids, dates and prices', () => {
    const text = 'Order 123-1234567-1234567, posting 23713478-0018-3, SN 221122ABCD1234 due 21.11.2026 14:00 for 1 290 ₽';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactUrl', () => {
  it('redacts secret query values and keeps the shape', () => {
    const url = redactUrl('https://seller.shopee.sg/api/v3/order/list?access_token=abc123&page=2&sign=deadbeef&cnsc_shop_id=123456');
    expect(url).toBe('https://seller.shopee.sg/api/v3/order/list?access_token=[redacted]&page=2&sign=[redacted]&cnsc_shop_id=123456');
  });

  it('redacts e-mails in the path and credentials in the authority', () => {
    const url = redactUrl('https://user:pass@seller.ozon.ru/app/buyer/ivan@mail.ru/orders');
    expect(url).not.toContain('ivan@mail.ru');
    expect(url).not.toContain('pass');
    expect(url.startsWith('https://seller.ozon.ru/app/buyer/')).toBe(true);
  });
});

describe('redaction of headers, bodies, labelled personal data and fields', () => {
  it('redacts cookies and authorisation headers, keeping the header names', () => {
    const text = [
      'Cookie: SPC_EC=abc; SPC_U=12345',
      'Set-Cookie: session-id=xyz; Path=/; HttpOnly',
      'Authorization: Bearer sk_live_0123456789',
      'x-amz-access-token: Atza|IwEBIJk7',
      'Api-Key: 5f8d0c2e-7a41-4c3b-9e6d-2b1a0f9c8e77',
      'Client-Id: 836245',
      'Content-Type: application/json',
    ].join('\n');
    const redacted = redactText(text);
    for (const secret of ['SPC_EC=abc', 'session-id=xyz', 'sk_live', 'Atza', '5f8d0c2e', '836245']) expect(redacted).not.toContain(secret);
    expect(redacted).toContain('Cookie: [redacted]');
    expect(redacted).toContain('Client-Id: [redacted]');
    expect(redacted).toContain('Content-Type: application/json');
    expect(redactHeaders({ Authorization: 'Bearer abc', Accept: 'text/html', 'X-Api-Key': 'k' })).toEqual([
      ['Authorization', '[redacted]'],
      ['Accept', 'text/html'],
      ['X-Api-Key', '[redacted]'],
    ]);
    // Ozon's own error text about a key is not a header and stays readable.
    expect(redactText('Api-Key is missing a required role')).toBe('Api-Key is missing a required role');
  });

  it('redacts secret and personal values in JSON text, JSON bodies and form bodies by key', () => {
    expect(redactText('{"access_token":"abc","code":8,"phone":79161234567}')).toBe('{"access_token":"[redacted]","code":8,"phone":"[redacted]"}');
    const body = JSON.stringify({ code: 8, message: 'You have reached request rate limit per second', buyer: { name: 'Иван Соколов', address: { city: 'Москва', street: 'ул. Профсоюзная, 56' } }, items: [{ sku: 1583920041, qty: 2 }] });
    const redacted = JSON.parse(redactBody(body)) as Record<string, unknown>;
    expect(redacted).toEqual({ code: 8, message: 'You have reached request rate limit per second', buyer: { name: '[redacted]', address: { city: '[redacted]', street: '[redacted]' } }, items: [{ sku: 1583920041, qty: 2 }] });
    expect(redactBody('grant_type=refresh_token&refresh_token=Atzr|abc&client_id=amzn1.app')).toBe('grant_type=refresh_token&refresh_token=[redacted]&client_id=[redacted]');
    expect(redactBody('plain text, call +7 916 123-45-67')).toBe('plain text, call [redacted]');
  });

  it('redacts addresses and buyer names where the text labels them, in the platforms’ languages', () => {
    expect(redactText('Address: 1600 Amphitheatre Pkwy, Mountain View')).toBe('Address: [redacted]');
    expect(redactText('Адрес доставки: 117393, г. Москва, ул. Профсоюзная, д. 56')).toBe('Адрес доставки: [redacted]');
    expect(redactText('收货地址:北京市朝阳区建国路88号')).toBe('收货地址:[redacted]');
    expect(redactText('Получатель: Иван Соколов')).toBe('Получатель: [redacted]');
    expect(redactText('Ship to: Jane Doe\nOrder 123-1234567-1234567')).toBe('Ship to: [redacted]\nOrder 123-1234567-1234567');
    // A label inside a word, or without a colon, is not a label.
    expect(redactText('Hotel: check-in 14:00')).toBe('Hotel: check-in 14:00');
    expect(redactText('Buyer messages are delayed')).toBe('Buyer messages are delayed');
  });

  it.each(Object.values(PLATFORM_RULES).map((rules) => [rules.platform, rules.piiLabels] as const))('%s: every label the platform marks personal data with is redacted after a colon', (_platform, labels) => {
    for (const label of labels) expect(redactText(`${label}: Somchai Jaidee`), label).toBe(`${label}: [redacted]`);
  });

  it('redacts details by field name (buyerName, phone, address…) and URLs in URL fields', () => {
    expect(
      redactDetails({ orderId: '23713478-0018-3', buyerName: 'Иван Соколов', recipient_phone: '+7 916 123-45-67', shippingAddress: 'Москва', url: 'https://seller.ozon.ru/app?token=abc', hours: 31, reason: 'deadline-passed', emailVerified: true }),
    ).toEqual({ orderId: '23713478-0018-3', buyerName: '[redacted]', recipient_phone: '[redacted]', shippingAddress: '[redacted]', url: 'https://seller.ozon.ru/app?token=[redacted]', hours: 31, reason: 'deadline-passed', emailVerified: true });
    expect(isPersonalField('buyerName')).toBe(true);
    expect(isPersonalField('BUYER_NAME')).toBe(true);
    expect(isPersonalField('statusLabel')).toBe(false);
    expect(isSecretField('x-amz-access-token')).toBe(true);
    expect(isSecretField('code')).toBe(false);
  });

  it('redacts tokens and keys of every shape, and keeps identifiers, paths and codes', () => {
    for (const secret of ['3f2a9c0b7e1d4c5a8b9e0f1a2b3c4d5e', '5F8D0C2E7A414C3B9E6D2B1A0F9C8E77AB12CD34', '5f8d0c2e-7a41-4c3b-9e6d-2b1a0f9c8e77', 'k3J9xQ2mZ8vB7nL4pT6rW1yH5dF0sG+e/Ua=', 'AKIAIOSFODNN7EXAMPLEKEY1234567']) {
      expect(redactText(`key ${secret} end`), secret).toBe('key [redacted] end');
    }
    for (const kept of ['/api/posting-service/seller-ui/fbs/list', 'POSTING_ALREADY_SHIPPED', 'TRANSITION_IS_NOT_POSSIBLE', 'getOrderListByStatusAndTime', 'x-amzn-RateLimit-Limit', '/orders/v0/orders/123-1234567-1234567/orderItems', 'ERR_CONNECTION_TIMED_OUT']) {
      expect(redactText(`GET ${kept} failed`), kept).toBe(`GET ${kept} failed`);
    }
  });

  it('redacts URLs inside free text and OAuth fragments, keeping the readable rest', () => {
    expect(redactText('Failed: https://seller.shopee.sg/api/v3/order?access_token=abc123&page=2.')).toBe('Failed: https://seller.shopee.sg/api/v3/order?access_token=[redacted]&page=2.');
    expect(redactUrl('https://sellercentral.amazon.com/apps/authorize/consent#access_token=Atza|abc&state=xyz')).toBe('https://sellercentral.amazon.com/apps/authorize/consent#access_token=[redacted]&state=xyz');
    expect(redactUrl('https://seller.ozon.ru/app/buyer/+79161234567/orders')).toBe('https://seller.ozon.ru/app/buyer/[redacted]/orders');
  });

  it('keeps amounts, versions, times and dates', () => {
    for (const kept of ['Total 1 290 ₽', 'Rp 125.000.000', 'Chrome 131.0.6778.86', '2025-11-21 14:05:33', '21/11/2025', 'R$ 1.234.567,89', 'SKU 1583920', 'Posting 23713478-0018']) {
      expect(redactText(kept), kept).toBe(kept);
    }
  });

  it('finds phones written in Chinese and Thai text without spaces', () => {
    expect(redactText('请联系买家13800138000确认地址')).toBe('请联系买家[redacted]确认地址');
    expect(redactText('โทร0812345678ได้เลย')).toBe('โทร[redacted]ได้เลย');
  });
});

describe('request paths in details (found by tests/unit/messages.property.test.ts)', () => {
  it('a percent-encoded phone or e-mail in a logged path is redacted, the path shape kept', async () => {
    const { redactDetails, redactJson, redactPath } = await import('../../lib/redact');
    expect(redactPath('/api/buyer/%2B65%209000%200000/orders?page=2')).not.toContain('9000');
    expect(redactPath('/api/buyer/%2B65%209000%200000/orders?page=2')).toMatch(/^\/api\/buyer\/.*redacted.*\/orders\?page=2$/);
    expect(redactDetails({ path: '/api/mail/buyer%40example.com' }).path).not.toContain('example.com');
    expect(JSON.stringify(redactJson({ request: { path: '/api/buyer/%2B7%20916%20123-45-67' } }))).not.toContain('916');
    expect(redactPath('/app/postings/fbs')).toBe('/app/postings/fbs');
  });
});
