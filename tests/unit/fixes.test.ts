import { describe, expect, it } from 'vitest';
import FIXES from '../../rules/fixes';
import { ALL_FIXES, fixById } from '../../lib/fixes/catalog';
import { fixesSchema } from '../../lib/fixes/schema';
import { LANGUAGES, SCENARIOS, FIX_STAGES, type Fix } from '../../lib/fixes/types';
import { parseFixes, RulesError, validateAllRules } from '../../lib/rules/validate';

const clone = (fixes: readonly Fix[]): Fix[] => structuredClone(fixes) as Fix[];
const fix = (fixes: Fix[], id: string): Fix => fixes.find((candidate) => candidate.id === id)!;

describe('knowledge base of fixes (rules/fixes.ts)', () => {
  it('every fix parses, and the build validates the fixes with the platform rules', () => {
    expect(() => parseFixes(FIXES)).not.toThrow();
    expect(() => validateAllRules()).not.toThrow();
    expect(fixesSchema.safeParse(FIXES).success).toBe(true);
  });

  it('ids are unique, kebab-case and stable (the UI and saved state refer to them)', () => {
    const ids = FIXES.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(ids).toEqual([
      'check-own-network',
      'platform-outage',
      'reauthorise-amazon',
      'reauthorise-shopee',
      'check-api-key-ozon',
      'rate-limit-amazon',
      'rate-limit-shopee',
      'rate-limit-ozon',
      'api-connection-dropping',
      'product-sync-failed',
      'order-sync-interrupted',
      'order-action-refused',
      'logistics-tracking-stale',
      'inventory-out-of-sync',
      'ui-slow-or-erroring',
      'seller-sos-page-not-read',
      'login-problem',
      'payment-check-account',
      'settlement-refund-anomaly',
      'promotion-misbehaving',
      'data-compare-raw',
      'duplicate-order-shown',
      'manual-shipment-log',
      'message-affected-buyers',
      'do-not-act-blindly',
      'contact-support-with-evidence',
      'weekly-authorisation-check',
      'sub-account-permissions',
      'regular-exports',
      'fault-handling-sop',
      'after-recovery-review',
    ]);
    expect(ALL_FIXES).toBe(FIXES);
    expect(fixById('manual-shipment-log')?.stage).toBe('stop-gap');
  });

  it('covers every scenario and every stage of the guides', () => {
    for (const scenario of SCENARIOS) expect(FIXES.some((entry) => entry.scenario === scenario), scenario).toBe(true);
    for (const stage of FIX_STAGES) expect(FIXES.some((entry) => entry.stage === stage), stage).toBe(true);
  });

  it('covers what the field guides and the brief ask for', () => {
    const required = [
      'reauthorise-amazon', // re-authorisation (and for every platform)
      'reauthorise-shopee',
      'check-api-key-ozon',
      'rate-limit-ozon', // rate limits and batching
      'check-own-network', // own network: phone hotspot, other browser/device
      'platform-outage', // status/announcement page, wait, support
      'manual-shipment-log', // stop-gaps
      'message-affected-buyers',
      'do-not-act-blindly',
      'payment-check-account', // paid shown unpaid
      'data-compare-raw', // platform raw data
      'weekly-authorisation-check', // preventive maintenance
      'regular-exports',
      'sub-account-permissions',
      'fault-handling-sop',
    ];
    for (const id of required) expect(fixById(id), id).toBeDefined();
    const ozonOrAll = FIXES.filter((entry) => entry.platforms === 'all' || entry.platforms.includes('ozon'));
    expect(ozonOrAll.length).toBeGreaterThan(20);
  });

  it.each(FIXES.map((entry) => [entry.id, entry] as const))('%s: all three languages, non-empty steps, same count, sources', (_id, entry) => {
    for (const language of LANGUAGES) {
      expect(entry.title[language].trim()).not.toBe('');
      expect(entry.why[language].trim().length).toBeGreaterThan(40);
      expect(entry.steps[language].length).toBeGreaterThan(0);
      for (const step of entry.steps[language]) expect(step.trim().length).toBeGreaterThan(10);
      expect(entry.steps[language]).toHaveLength(entry.steps.en.length);
    }
    expect(entry.sources.length).toBeGreaterThan(0);
    expect(entry.appliesWhen.length).toBeGreaterThan(0);
  });

  it('cites the platform facts where they matter', () => {
    const text = (id: string) => JSON.stringify(fixById(id));
    expect(text('reauthorise-amazon')).toMatch(/365/);
    expect(text('reauthorise-amazon')).toMatch(/1 hour/);
    expect(text('reauthorise-shopee')).toMatch(/4 hours/);
    expect(text('rate-limit-amazon')).toMatch(/QuotaExceeded/);
    expect(text('rate-limit-shopee')).toMatch(/1,000 requests a minute/);
    expect(text('rate-limit-ozon')).toMatch(/code 8/);
    expect(text('check-api-key-ozon')).toMatch(/role/);
    expect(text('manual-shipment-log')).toMatch(/4%/);
    expect(text('manual-shipment-log')).toMatch(/72 hours/);
    expect(text('payment-check-account')).toMatch(/21 days/);
    expect(text('check-own-network')).toMatch(/hotspot/);
  });

  it('round-trips through JSON unchanged', () => {
    const parsed = parseFixes(JSON.parse(JSON.stringify(FIXES)) as Fix[]);
    expect(parsed).toEqual(parseFixes(FIXES));
  });

  it('a fix that does not parse names the fix id and the field', () => {
    const missingStep = clone(FIXES);
    (fix(missingStep, 'rate-limit-ozon').steps as { ru: string[] }).ru = [];
    expect(() => parseFixes(missingStep)).toThrow(/rules\/fixes\.ts: fixes\[rate-limit-ozon\]\.steps\.ru/);

    const english = clone(FIXES);
    (fix(english, 'check-own-network').title as { zh_CN: string }).zh_CN = 'Check your network';
    expect(() => parseFixes(english)).toThrow(/fixes\[check-own-network\]\.title\.zh_CN: not written in zh_CN/);

    const uneven = clone(FIXES);
    fix(uneven, 'platform-outage').steps.en.pop();
    expect(() => parseFixes(uneven)).toThrow(/fixes\[platform-outage\]\.steps: every language needs the same number of steps/);

    const badWeight = clone(FIXES);
    fix(badWeight, 'manual-shipment-log').appliesWhen[0]!.weight = 0;
    expect(() => parseFixes(badWeight)).toThrow(/fixes\[manual-shipment-log\]\.appliesWhen\[0\]\.weight/);

    const badReason = clone(FIXES);
    (fix(badReason, 'manual-shipment-log').appliesWhen[0] as { reasons: string[] }).reasons = ['deadline-gone'];
    expect(() => parseFixes(badReason)).toThrow(/fixes\[manual-shipment-log\]\.appliesWhen\[0\]\.reasons/);

    const typoCode = clone(FIXES);
    (fix(typoCode, 'rate-limit-amazon').appliesWhen[2] as { codes: string[] }).codes = ['QuotaExceded'];
    expect(() => parseFixes(typoCode)).toThrow(/fixes\[rate-limit-amazon\]\.appliesWhen\[2\]\.codes: QuotaExceded is not an error code of amazon/);

    const typoStatus = clone(FIXES);
    (fix(typoStatus, 'payment-check-account').appliesWhen[1] as { statuses: string[] }).statuses = ['UNPAYED'];
    expect(() => parseFixes(typoStatus)).toThrow(/fixes\[payment-check-account\]\.appliesWhen\[1\]\.statuses: UNPAYED is not an order status/);

    const duplicate = clone(FIXES);
    duplicate.push({ ...fix(duplicate, 'regular-exports') });
    expect(() => parseFixes(duplicate)).toThrow(/fixes\[regular-exports\]\.id: duplicate fix id/);

    const unknownField = clone(FIXES) as unknown as Record<string, unknown>[];
    unknownField[0]!.priority = 1;
    expect(() => parseFixes(unknownField as unknown as Fix[])).toThrow(RulesError);
  });
});
