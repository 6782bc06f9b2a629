import { LOOKAROUND } from '../../lib/content/order-rows';
import { describe, expect, it } from 'vitest';
import vocabulary from '../../rules/vocabulary';
import { backOfficeMatchPatterns, matchHost, matchUrl, PLATFORM_RULES } from '../../lib/rules/catalog';
import type { PlatformRules } from '../../lib/rules/types';
import { checkRuleSet, parsePlatformRules, RulesError, validateAllRules } from '../../lib/rules/validate';
import { compileEntries } from '../../lib/vocabulary';

// The back-office hosts of ../shared/platform-facts.md: the manifest must cover every one.
const FACT_HOSTS = {
  ozon: ['seller.ozon.ru', 'seller.ozon.kz', 'seller-portal.ozon.ru'],
  shopee: ['seller.shopee.sg', 'seller.shopee.com.my', 'seller.shopee.co.th', 'banhang.shopee.vn', 'seller.shopee.co.id', 'seller.shopee.ph', 'seller.shopee.com.br', 'seller.shopee.tw', 'seller.shopee.com.mx', 'seller.shopee.com.co', 'seller.shopee.cl', 'seller.shopee.cn', 'seller.shopee.kr'],
  amazon: ['sellercentral.amazon.com', 'sellercentral.amazon.ca', 'sellercentral.amazon.com.mx', 'sellercentral.amazon.com.br', 'sellercentral-europe.amazon.com', 'sellercentral.amazon.co.uk', 'sellercentral.amazon.de', 'sellercentral.amazon.fr', 'sellercentral.amazon.it', 'sellercentral.amazon.es', 'sellercentral.amazon.nl', 'sellercentral.amazon.se', 'sellercentral.amazon.pl', 'sellercentral.amazon.com.be', 'sellercentral.amazon.ie', 'sellercentral.amazon.com.tr', 'sellercentral.amazon.eg', 'sellercentral.amazon.sa', 'sellercentral.amazon.ae', 'sellercentral.amazon.in', 'sellercentral.amazon.co.za', 'sellercentral.amazon.sg', 'sellercentral.amazon.com.au', 'sellercentral.amazon.co.jp'],
} as const;

const clone = (rules: PlatformRules): PlatformRules => structuredClone(rules);

describe('platform rules', () => {
  it('every rules file parses', () => {
    expect(() => validateAllRules()).not.toThrow();
  });

  it.each(Object.entries(FACT_HOSTS))('%s covers every back-office host of the platform facts', (platform, hosts) => {
    for (const host of hosts) {
      expect(matchHost(host)?.platform, host).toBe(platform);
      expect(backOfficeMatchPatterns()).toContain(`https://${host}/*`);
    }
  });

  it('match patterns cover the back-offices only: https, exact hosts, no wildcards', () => {
    for (const pattern of backOfficeMatchPatterns()) expect(pattern).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
    expect(matchUrl('https://www.ozon.ru/')).toBeUndefined();
    expect(matchUrl('http://seller.ozon.ru/app')).toBeUndefined();
    expect(matchUrl('https://seller.ozon.ru.evil.example/app')).toBeUndefined();
  });

  it.each(Object.values(PLATFORM_RULES).map((rules) => [rules.platform, rules] as const))('%s: ids unique, vocabularies non-empty, example order id matches', (_platform, rules) => {
    const statusIds = rules.statuses.map((status) => status.id);
    expect(new Set(statusIds).size).toBe(statusIds.length);
    const codes = rules.errorCodes.map((code) => code.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const status of rules.statuses) {
      expect(status.labels.length, status.id).toBeGreaterThan(0);
      // Status labels are matched case-sensitively ("Shipped" the badge, not "shipped" in prose).
      expect(new Set(status.labels).size, `${status.id} repeats a label`).toBe(status.labels.length);
    }
    expect(new RegExp(rules.orderId.pattern, 'u').test(rules.orderId.example)).toBe(true);
    // Rows read in one piece look for ids with the pattern's edges cut (order-rows.ts): every
    // lookaround must come out, or an id run into its neighbour's text would be missed.
    const withoutEdges = rules.orderId.pattern.replace(LOOKAROUND, '');
    expect(withoutEdges).not.toMatch(/\(\?<?[=!]/);
    expect(new RegExp(withoutEdges, 'u').test(`7${rules.orderId.example}7`)).toBe(true);
    expect(rules.deadlineLabels.length).toBeGreaterThan(0);
  });

  it('a status label means one status only within a platform', () => {
    for (const rules of Object.values(PLATFORM_RULES)) {
      const owner = new Map<string, string>();
      for (const status of rules.statuses) {
        for (const label of status.labels) {
          const key = label;
          const previous = owner.get(key);
          // The same word may name two statuses of the same stage (pt "Enviado"); never two stages.
          if (previous) expect(rules.statuses.find((other) => other.id === previous)?.stage, `${rules.platform}: "${label}"`).toBe(status.stage);
          owner.set(key, status.id);
        }
      }
    }
  });

  it('round-trips through JSON unchanged', () => {
    for (const rules of Object.values(PLATFORM_RULES)) {
      const parsed = parsePlatformRules(JSON.parse(JSON.stringify(rules)) as PlatformRules, rules.platform);
      expect(parsed).toEqual(parsePlatformRules(rules, rules.platform));
    }
  });

  it('a rule that does not parse names the file, the rule and the field', () => {
    const badPattern = clone(PLATFORM_RULES.ozon);
    badPattern.orderId.pattern = '(\\d{8}';
    expect(() => parsePlatformRules(badPattern, 'rules/ozon.ts')).toThrow(/rules\/ozon\.ts: orderId\.pattern: not a valid regular expression/);

    const emptyLabels = clone(PLATFORM_RULES.shopee);
    emptyLabels.statuses[0]!.labels = [];
    expect(() => parsePlatformRules(emptyLabels, 'rules/shopee.ts')).toThrow(/rules\/shopee\.ts: statuses\[UNPAID\]\.labels/);

    const duplicate = clone(PLATFORM_RULES.amazon);
    duplicate.statuses.push({ ...duplicate.statuses[0]! });
    expect(() => parsePlatformRules(duplicate, 'rules/amazon.ts')).toThrow(RulesError);

    const wrongExample = clone(PLATFORM_RULES.amazon);
    wrongExample.orderId.example = '12-34';
    expect(() => parsePlatformRules(wrongExample, 'rules/amazon.ts')).toThrow(/does not match its own example/);
  });

  it('refuses a host claimed by two platforms', () => {
    const ozon = clone(PLATFORM_RULES.ozon);
    const shopee = clone(PLATFORM_RULES.shopee);
    shopee.hosts.push({ host: 'seller.ozon.ru', region: 'RU', language: 'ru' });
    expect(() => checkRuleSet([ozon, shopee])).toThrow(/seller\.ozon\.ru is claimed by both ozon and shopee/);
  });
});

describe('error vocabulary', () => {
  const REQUIRED = ['en', 'ru', 'zh-CN', 'zh-TW', 'pt', 'es', 'th', 'vi', 'id', 'ms', 'ja', 'de', 'fr', 'it', 'tr'];

  it('has every language sellers and platforms use', () => {
    for (const language of REQUIRED) expect(Object.keys(vocabulary)).toContain(language);
  });

  it.each(Object.entries(vocabulary))('%s: every entry compiles and no list is empty', (_language, entries) => {
    for (const list of [entries.error, entries.success, entries.noErrors]) {
      expect(list.length).toBeGreaterThan(0);
      for (const entry of list) expect(() => compileEntries([entry])).not.toThrow();
      expect(new Set(list).size).toBe(list.length);
    }
  });
});
