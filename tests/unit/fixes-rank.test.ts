import { describe, expect, it } from 'vitest';
import { concludeDiagnosis } from '../../lib/diagnosis/conclude';
import type { ProbeResult } from '../../lib/diagnosis/types';
import { rankFixes } from '../../lib/fixes/rank';
import { describeReason, describeReasons } from '../../lib/fixes/reasons';
import type { Platform } from '../../lib/rules/types';
import type { Signal } from '../../lib/signals';

const AT = Date.UTC(2025, 10, 21, 11, 0, 0);
const OPEN = { status: 'open' as const };
let nextId = 1;

function signal(platform: Platform, kind: Signal['kind'], details: Signal['details'], extra: Partial<Signal> = {}): Signal {
  const host = { ozon: 'seller.ozon.ru', shopee: 'seller.shopee.sg', amazon: 'sellercentral.amazon.com' }[platform];
  return {
    id: nextId++,
    incidentId: 1,
    tabId: 1,
    pageId: 'p',
    platform,
    host,
    kind,
    severity: 'error',
    message: `${kind} fault`,
    fingerprint: `${kind}:${nextId}`,
    url: `https://${host}/orders`,
    count: 1,
    firstAt: AT,
    lastAt: AT + 60_000,
    clearedAt: null,
    details,
    ...extra,
  };
}

const call = (platform: Platform, status: number, meaning: string, errorCode: string | null, count = 1, path = '/api/orders/list') =>
  signal(platform, 'network-error', { method: 'GET', path, status, reason: status ? 'http' : 'network', meaning, errorCode, durationMs: 200 }, { count, message: `GET ${path} → ${status}` });
const banner = (platform: Platform, text = 'Something went wrong') => signal(platform, 'banner', { cue: 'alert' }, { message: text });
const stuck = (platform: Platform, orderId: string, reason: string, statusId = 'awaiting_packaging') => signal(platform, 'stuck-order', { orderId, reason, hours: 5, statusId, statusLabel: statusId }, { message: `Order ${orderId}` });

const first = (platform: Platform, signals: Signal[], diagnosis?: Parameters<typeof rankFixes>[2]) => rankFixes(OPEN, signals, diagnosis, platform)[0]!;

describe('rankFixes: the required rankings', () => {
  it('401/403 point to re-authorisation first, on each platform, with the reason said', () => {
    const amazon = first('amazon', [call('amazon', 403, 'auth-expired', 'Unauthorized', 3), banner('amazon')]);
    expect(amazon.fix.id).toBe('reauthorise-amazon');
    expect(describeReason(amazon.reasons[0]!, 'en')).toBe('3 calls answered 403 Unauthorized');
    expect(describeReasons(amazon.reasons, 'ru')).toMatch(/^потому что: 3 запроса вернули 403 Unauthorized/);
    expect(describeReasons(amazon.reasons, 'zh_CN')).toMatch(/^原因:3 次请求返回 403 Unauthorized/);

    expect(first('shopee', [call('shopee', 401, 'auth-invalid', 'error_auth', 2)]).fix.id).toBe('reauthorise-shopee');
    expect(first('ozon', [call('ozon', 403, 'auth-invalid', '7')]).fix.id).toBe('check-api-key-ozon');
    // A bare 401 without a platform code still means re-authorisation.
    expect(first('ozon', [call('ozon', 401, 'auth-expired', null, 4), banner('ozon')]).fix.id).toBe('check-api-key-ozon');
  });

  it('429 points to rate limits and batching first', () => {
    const ozon = first('ozon', [call('ozon', 429, 'rate-limited', '8', 14, '/api/posting-service/seller-ui/fbs/list'), banner('ozon', 'Не удалось загрузить отправления')]);
    expect(ozon.fix.id).toBe('rate-limit-ozon');
    expect(describeReason(ozon.reasons[0]!, 'en')).toBe('14 calls answered 429 (code 8)');
    expect(first('amazon', [call('amazon', 429, 'rate-limited', 'QuotaExceeded', 5)]).fix.id).toBe('rate-limit-amazon');
    expect(first('shopee', [call('shopee', 429, 'rate-limited', null, 2)]).fix.id).toBe('rate-limit-shopee');
  });

  it('failures on every site (diagnosis: your network) point to the seller’s own network first', () => {
    const signals = [call('shopee', 0, 'network', null, 6), call('shopee', 0, 'timeout', null, 2, '/api/v3/product/list')];
    const probes: ProbeResult[] = [
      { host: 'seller.shopee.sg', url: 'https://seller.shopee.sg/', role: 'platform', reachable: false, latencyMs: 5000, status: null, failure: 'timeout' },
      { host: 'connectivitycheck.gstatic.com', url: 'https://connectivitycheck.gstatic.com/generate_204', role: 'neutral', reachable: false, latencyMs: 5000, status: null, failure: 'timeout' },
      { host: 'detectportal.firefox.com', url: 'https://detectportal.firefox.com/success.txt', role: 'neutral', reachable: false, latencyMs: 12, status: null, failure: 'network' },
    ];
    const diagnosis = concludeDiagnosis({ platform: 'shopee', online: true, probes, signals, otherPlatformsFailing: ['ozon'], now: AT });
    expect(diagnosis.conclusion).toBe('your-network');
    const ranked = rankFixes(OPEN, signals, diagnosis, 'shopee');
    expect(ranked[0]!.fix.id).toBe('check-own-network');
    expect(describeReasons(ranked[0]!.reasons, 'en')).toContain('the diagnosis points to your own network');
    expect(describeReasons(ranked[0]!.reasons, 'en')).toContain('faults on several back-offices at once');
  });

  it('orders near or past their deadline point to the manual shipment log first', () => {
    const signals = [stuck('ozon', '23713478-0018-3', 'deadline-passed'), stuck('ozon', '41250937-0007-1', 'deadline-near'), banner('ozon')];
    const ranked = rankFixes(OPEN, signals, undefined, 'ozon');
    expect(ranked[0]!.fix.id).toBe('manual-shipment-log');
    expect(ranked.map((entry) => entry.fix.id)).toContain('message-affected-buyers');
    expect(describeReasons(ranked[0]!.reasons, 'en')).toBe('because: 1 order past the ship-by deadline (23713478-0018-3); 1 order close to the ship-by deadline (41250937-0007-1)');
  });

  it('a paid order shown unpaid, or unpaid too long, points to checking the payment account first', () => {
    expect(first('shopee', [stuck('shopee', '251121ABCD1234', 'unpaid-too-long', 'UNPAID')]).fix.id).toBe('payment-check-account');
    // The list says UNPAID while the order page says it is ready to ship: paid, shown unpaid.
    const mismatch = signal('shopee', 'stuck-order', { orderId: '251121ABCD1234', reason: 'list-detail-mismatch', listStatusId: 'UNPAID', detailStatusId: 'READY_TO_SHIP' });
    const ranked = rankFixes(OPEN, [mismatch], undefined, 'shopee');
    expect(ranked[0]!.fix.id).toBe('payment-check-account');
    expect(describeReason(ranked[0]!.reasons[0]!, 'en')).toBe('1 order in status UNPAID (251121ABCD1234)');
    expect(first('amazon', [stuck('amazon', '123-1234567-1234567', 'status-unchanged', 'Pending')]).fix.id).toBe('payment-check-account');
  });
});

describe('rankFixes: behaviour', () => {
  it('5xx with the platform as conclusion → the status page first, support among the first', () => {
    const signals = [call('ozon', 500, 'server-error', '13', 9), call('ozon', 503, 'maintenance', null, 2)];
    const diagnosis = concludeDiagnosis({ platform: 'ozon', online: true, probes: [], signals, now: AT });
    expect(diagnosis.conclusion).toBe('the-platform');
    const ids = rankFixes(OPEN, signals, diagnosis, 'ozon').map((entry) => entry.fix.id);
    expect(ids[0]).toBe('platform-outage');
    expect(ids.indexOf('contact-support-with-evidence')).toBeLessThan(4);
  });

  it('offers only the fixes of the incident’s platform', () => {
    const ids = rankFixes(OPEN, [call('shopee', 403, 'auth-invalid', 'error_auth')], undefined, 'shopee').map((entry) => entry.fix.id);
    expect(ids).toContain('reauthorise-shopee');
    expect(ids).not.toContain('reauthorise-amazon');
    expect(ids).not.toContain('check-api-key-ozon');
  });

  it('scenario fixes follow the part of the back-office that fails', () => {
    expect(first('shopee', [call('shopee', 400, 'invalid-request', 'error_param', 3, '/api/v3/product/update_item')]).fix.id).toBe('product-sync-failed');
    expect(first('ozon', [call('ozon', 400, 'client-error', null, 2, '/api/v1/stock/update')]).fix.id).toBe('inventory-out-of-sync');
    expect(first('shopee', [banner('shopee', 'Voucher could not be created')]).fix.id).toBe('promotion-misbehaving');
    expect(first('amazon', [banner('amazon', 'Tracking number could not be saved')]).fix.id).toBe('logistics-tracking-stale');
    expect(first('ozon', [stuck('ozon', '23713478-0018-3', 'duplicate')]).fix.id).toBe('duplicate-order-shown');
    expect(first('ozon', [signal('ozon', 'failed-load', { reason: 'endless-spinner', seconds: 15 })]).fix.id).toBe('ui-slow-or-erroring');
    expect(first('ozon', [call('ozon', 409, 'conflict', 'POSTING_ALREADY_SHIPPED')]).fix.id).toBe('order-action-refused');
  });

  it('general advice stays below specific fixes, and a resolved incident brings the review up', () => {
    const ranked = rankFixes(OPEN, [call('amazon', 403, 'auth-expired', 'Unauthorized')], undefined, 'amazon');
    const score = (id: string) => ranked.find((entry) => entry.fix.id === id)?.score ?? 0;
    expect(score('reauthorise-amazon')).toBeGreaterThan(score('contact-support-with-evidence'));
    expect(score('fault-handling-sop')).toBeLessThan(10);
    const resolved = rankFixes({ status: 'resolved' }, [banner('amazon')], undefined, 'amazon');
    expect(resolved[0]!.fix.id).toBe('after-recovery-review');
  });

  it('a dominant fault outranks a stray one', () => {
    const ids = rankFixes(OPEN, [call('amazon', 429, 'rate-limited', 'QuotaExceeded', 40), call('amazon', 403, 'auth-expired', 'Unauthorized', 1)], undefined, 'amazon').map((entry) => entry.fix.id);
    expect(ids.indexOf('rate-limit-amazon')).toBeLessThan(ids.indexOf('reauthorise-amazon'));
  });

  it('is deterministic, and ties keep the knowledge base order; no signals, no fixes', () => {
    const signals = [banner('ozon'), call('ozon', 500, 'server-error', '13')];
    expect(rankFixes(OPEN, signals, undefined, 'ozon')).toEqual(rankFixes(OPEN, [...signals], undefined, 'ozon'));
    expect(rankFixes(OPEN, [], undefined, 'ozon')).toEqual([]);
    expect(rankFixes(OPEN, signals, undefined, 'ozon', { limit: 2 })).toHaveLength(2);
  });

  it('does not repeat a reason that only restates signals already explained', () => {
    const top = first('amazon', [call('amazon', 403, 'auth-expired', 'Unauthorized', 3)]);
    // status 403, meaning auth-expired and code Unauthorized all describe the same three calls.
    expect(top.reasons.filter((reason) => ['status', 'meaning', 'error-code'].includes(reason.on))).toHaveLength(1);
  });
});
