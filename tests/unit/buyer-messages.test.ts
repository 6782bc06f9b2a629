import { describe, expect, it } from 'vitest';
import {
  BUYER_LANGUAGE_NAMES,
  BUYER_LANGUAGES,
  BUYER_MESSAGE_KINDS,
  BUYER_MESSAGE_TEMPLATES,
  buyerMessage,
  buyerMessageKindFor,
  defaultBuyerLanguage,
  ORDER_PLACEHOLDER,
  toBuyerLanguage,
} from '../../lib/report/buyer-messages';
import { PLATFORM_RULES } from '../../lib/rules/catalog';

const ORDER_IDS = ['221122ABCD1234', '123-1234567-1234567', '23713478-0018-3'];

describe('buyer messages', () => {
  it('has every kind in every required language', () => {
    for (const language of ['en', 'ru', 'zh_CN', 'zh_TW', 'vi', 'th', 'id', 'ms', 'pt_BR', 'es', 'ko', 'ja'] as const) expect(BUYER_LANGUAGES).toContain(language);
    for (const language of BUYER_LANGUAGES) {
      expect(BUYER_LANGUAGE_NAMES[language]).toBeTruthy();
      for (const kind of BUYER_MESSAGE_KINDS) {
        const template = BUYER_MESSAGE_TEMPLATES[language][kind];
        expect(template.split(ORDER_PLACEHOLDER), `${language} ${kind}`).toHaveLength(2);
        // Short enough for a chat message.
        expect(template.length, `${language} ${kind}`).toBeLessThan(400);
      }
    }
  });

  it('fills the order number into every template and leaves no placeholder', () => {
    for (const language of BUYER_LANGUAGES) {
      for (const kind of BUYER_MESSAGE_KINDS) {
        for (const orderId of ORDER_IDS) {
          const message = buyerMessage(kind, language, ` ${orderId} `);
          expect(message).toContain(orderId);
          expect(message, `${language} ${kind}`).not.toMatch(/[{}]/);
          expect(message).not.toMatch(/\s{2,}/);
        }
      }
    }
    expect(() => buyerMessage('shipping-delayed', 'en', '  ')).toThrow(/order number/);
  });

  it('carries no outside contact, link or promised date', () => {
    for (const language of BUYER_LANGUAGES) {
      for (const kind of BUYER_MESSAGE_KINDS) {
        const message = buyerMessage(kind, language, '221122ABCD1234');
        expect(message).not.toMatch(/https?:|www\.|@|\+\d|whatsapp|telegram|line id|wechat|微信/i);
        expect(message.replace('221122ABCD1234', '')).not.toMatch(/\d/);
      }
    }
  });

  it('asks buyers not to pay twice while a payment is verified', () => {
    expect(buyerMessage('payment-being-verified', 'en', '1')).toMatch(/do not pay a second time/);
    expect(buyerMessage('payment-being-verified', 'ru', '1')).toMatch(/не оплачивайте заказ повторно/);
    expect(buyerMessage('payment-being-verified', 'zh_CN', '1')).toMatch(/请不要重复付款/);
  });

  it('picks the buyers’ language from the order’s host', () => {
    expect(defaultBuyerLanguage('seller.ozon.ru')).toBe('ru');
    expect(defaultBuyerLanguage('banhang.shopee.vn')).toBe('vi');
    expect(defaultBuyerLanguage('seller.shopee.co.th')).toBe('th');
    expect(defaultBuyerLanguage('seller.shopee.co.id')).toBe('id');
    expect(defaultBuyerLanguage('seller.shopee.com.my')).toBe('ms');
    expect(defaultBuyerLanguage('seller.shopee.com.br')).toBe('pt_BR');
    expect(defaultBuyerLanguage('seller.shopee.tw')).toBe('zh_TW');
    expect(defaultBuyerLanguage('seller.shopee.com.mx')).toBe('es');
    expect(defaultBuyerLanguage('sellercentral.amazon.co.jp')).toBe('ja');
    expect(defaultBuyerLanguage('sellercentral.amazon.de')).toBe('de');
    expect(defaultBuyerLanguage('sellercentral.amazon.com')).toBe('en');
    // Cross-border centres sell to other markets: their UI language says nothing of the buyer.
    expect(defaultBuyerLanguage('seller.shopee.cn')).toBe('en');
    expect(defaultBuyerLanguage('seller.shopee.kr')).toBe('en');
    // No template in that language yet: English.
    expect(defaultBuyerLanguage('sellercentral.amazon.nl')).toBe('en');
    expect(defaultBuyerLanguage('example.com')).toBe('en');
  });

  it('has a template for the language of every non-cross-border marketplace it can', () => {
    const languages = Object.values(PLATFORM_RULES).flatMap((rules) => rules.hosts.filter((host) => !/cross-border/.test(host.region)).map((host) => host.language));
    const covered = languages.filter((language) => toBuyerLanguage(language) !== undefined);
    expect(new Set(languages.filter((language) => !covered.includes(language)))).toEqual(new Set(['nl', 'sv', 'pl', 'tr', 'ar']));
  });

  it('suggests the message that fits the order fault', () => {
    expect(buyerMessageKindFor('unpaid-too-long')).toBe('payment-being-verified');
    expect(buyerMessageKindFor('list-detail-mismatch')).toBe('status-shown-wrong');
    expect(buyerMessageKindFor('deadline-passed')).toBe('shipping-delayed');
    expect(buyerMessageKindFor(null)).toBe('shipping-delayed');
  });
});
