import { describe, expect, it } from 'vitest';
import { redactText, redactUrl } from '../../lib/redact';

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
