import { describe, expect, it } from 'vitest';
import diagnosisRules from '../../rules/diagnosis';
import { areaOfSignal } from '../../lib/diagnosis/areas';
import { concludeDiagnosis, type DiagnosisEvidence } from '../../lib/diagnosis/conclude';
import { CONCLUSION_TEXT, describeConclusion, describeFact } from '../../lib/diagnosis/describe';
import { probeTargets, runProbes, type FetchLike } from '../../lib/diagnosis/probes';
import { CONCLUSIONS, type ProbeResult } from '../../lib/diagnosis/types';
import { LANGUAGES } from '../../lib/fixes/types';
import type { Signal } from '../../lib/signals';

const AT = Date.UTC(2025, 10, 21, 11, 0, 0);

function call(status: number, meaning: string, count = 1, path = '/api/posting-service/seller-ui/fbs/list', errorCode: string | null = null): Signal {
  return {
    id: Math.floor(Math.random() * 1e6),
    incidentId: 1,
    tabId: 1,
    pageId: 'p',
    platform: 'ozon',
    host: 'seller.ozon.ru',
    kind: 'network-error',
    severity: 'error',
    message: `GET ${path} → ${status}`,
    fingerprint: `network-error:${status}:${path}`,
    url: 'https://seller.ozon.ru/app/postings/fbs',
    count,
    firstAt: AT,
    lastAt: AT,
    clearedAt: null,
    details: { method: 'GET', path, status, reason: status ? 'http' : meaning, meaning, errorCode, durationMs: 100 },
  };
}

function probe(host: string, role: ProbeResult['role'], reachable: boolean, latencyMs: number, failure: ProbeResult['failure'] = reachable ? null : 'timeout'): ProbeResult {
  return { host, url: `https://${host}/`, role, reachable, latencyMs, status: null, failure };
}

const healthy = (platformMs = 300): ProbeResult[] => [
  probe('seller.ozon.ru', 'platform', true, platformMs),
  probe('connectivitycheck.gstatic.com', 'neutral', true, 40),
  probe('detectportal.firefox.com', 'neutral', true, 55),
];

const evidence = (overrides: Partial<DiagnosisEvidence>): DiagnosisEvidence => ({ platform: 'ozon', online: true, probes: healthy(), signals: [], now: AT, ...overrides });

describe('concludeDiagnosis', () => {
  it('offline browser → your network', () => {
    const diagnosis = concludeDiagnosis(evidence({ online: false, probes: [] }));
    expect(diagnosis.conclusion).toBe('your-network');
    expect(diagnosis.evidence[0]).toMatchObject({ id: 'browser-offline', pointsTo: 'your-network' });
  });

  it('neutral hosts do not answer → your network, with the figures', () => {
    const probes = [probe('seller.ozon.ru', 'platform', false, 5000), probe('connectivitycheck.gstatic.com', 'neutral', false, 5000), probe('detectportal.firefox.com', 'neutral', false, 20, 'network')];
    const diagnosis = concludeDiagnosis(evidence({ probes, signals: [call(0, 'network', 4)] }));
    expect(diagnosis.conclusion).toBe('your-network');
    const failed = diagnosis.evidence.filter((fact) => fact.id === 'probe-failed');
    expect(failed).toHaveLength(3);
    expect(describeFact(failed.find((fact) => fact.id === 'probe-failed' && fact.host === 'connectivitycheck.gstatic.com')!, 'en')).toBe('The neutral test host connectivitycheck.gstatic.com did not answer within 5 s.');
  });

  it('failures on several back-offices at once → your network', () => {
    const diagnosis = concludeDiagnosis(evidence({ signals: [call(0, 'timeout', 3)], otherPlatformsFailing: ['shopee', 'amazon', 'ozon'] }));
    expect(diagnosis.conclusion).toBe('your-network');
    expect(diagnosis.scopes).toContain('several-platforms');
    const fact = diagnosis.evidence.find((entry) => entry.id === 'several-platforms')!;
    expect(describeFact(fact, 'en')).toBe('At the same time, faults were also seen on Shopee and Amazon.');
  });

  it('mostly 401/403 → your account or authorisation', () => {
    const diagnosis = concludeDiagnosis(evidence({ signals: [call(403, 'permission', 3), call(500, 'server-error', 1)] }));
    expect(diagnosis.conclusion).toBe('your-account');
    const fact = diagnosis.evidence[0]!;
    expect(fact).toMatchObject({ id: 'auth-errors', calls: 3, failedCalls: 4, statuses: [403], pointsTo: 'your-account' });
    expect(describeFact(fact, 'en')).toBe('3 of 4 failed calls were refused as unauthorised or forbidden (HTTP 403).');
    expect(describeFact(fact, 'ru')).toBe('3 из 4 неудачных запросов отклонены как неавторизованные или запрещённые (HTTP 403).');
    expect(describeFact(fact, 'zh_CN')).toBe('4 次失败请求中有 3 次因未授权或无权限被拒绝(HTTP 403)。');
  });

  it('mostly 429 → your account (its request quota)', () => {
    const diagnosis = concludeDiagnosis(evidence({ signals: [call(429, 'rate-limited', 14, undefined, '8')] }));
    expect(diagnosis.conclusion).toBe('your-account');
    expect(describeFact(diagnosis.evidence[0]!, 'en')).toBe('All 14 failed calls were refused as too many requests (rate limit, code 8).');
  });

  it('server errors with a healthy connection → the platform; the status page is linked', () => {
    const diagnosis = concludeDiagnosis(evidence({ signals: [call(500, 'server-error', 9, undefined, '13'), call(503, 'maintenance', 2, '/api/v2/product/list')] }));
    expect(diagnosis.conclusion).toBe('the-platform');
    expect(diagnosis.statusPage).toEqual({ url: 'https://docs.ozon.ru/global/news/', kind: 'announcements' });
    expect(diagnosis.scopes).toContain('many-areas');
    expect(describeFact(diagnosis.evidence[0]!, 'en')).toBe('All 11 failed calls got a server error from the platform (HTTP 500, 503).');
    const areas = diagnosis.evidence.find((fact) => fact.id === 'areas')!;
    expect(describeFact(areas, 'ru')).toBe('Сбои затрагивают 2 раздела кабинета: заказы и товары.');
  });

  it('the platform host unreachable while neutral hosts answer → the platform', () => {
    const probes = [probe('seller.ozon.ru', 'platform', false, 5000), ...healthy().slice(1)];
    expect(concludeDiagnosis(evidence({ probes })).conclusion).toBe('the-platform');
  });

  it('the platform host far slower than the neutral hosts → the platform', () => {
    const diagnosis = concludeDiagnosis(evidence({ probes: healthy(4200), signals: [] }));
    expect(diagnosis.conclusion).toBe('the-platform');
    expect(describeFact(diagnosis.evidence[0]!, 'en')).toBe('The back-office host seller.ozon.ru answered slowly: 4,200 ms, against 40 ms for the neutral test hosts.');
  });

  it('Amazon links the SP-API Health Dashboard', () => {
    expect(concludeDiagnosis(evidence({ platform: 'amazon', probes: [] })).statusPage).toEqual({ url: 'https://sellingpartnerapi-na.amazon.com/health-dashboard', kind: 'status' });
  });

  it('nothing dominant, or only one order → not yet clear', () => {
    expect(concludeDiagnosis(evidence({ signals: [call(404, 'not-found', 1), call(0, 'network', 1)] })).conclusion).toBe('not-yet-clear');
    const order: Signal = { ...call(0, 'network'), kind: 'stuck-order', details: { orderId: '23713478-0018-3', reason: 'status-unchanged', hours: 60 } };
    const diagnosis = concludeDiagnosis(evidence({ signals: [order], probes: [] }));
    expect(diagnosis.conclusion).toBe('not-yet-clear');
    expect(diagnosis.scopes).toEqual(['one-area', 'one-order']);
    expect(diagnosis.evidence.map((fact) => fact.id)).toEqual(['browser-online', 'no-probes', 'no-failed-calls', 'areas', 'pages', 'orders']);
  });

  it('puts the facts the conclusion rests on first', () => {
    const diagnosis = concludeDiagnosis(evidence({ signals: [call(500, 'server-error', 3)] }));
    expect(diagnosis.evidence[0]!.pointsTo).toBe(diagnosis.conclusion);
    expect(diagnosis.evidence.findIndex((fact) => fact.pointsTo !== diagnosis.conclusion)).toBeGreaterThan(0);
  });

  it('every fact and conclusion reads in every language', () => {
    const rich = concludeDiagnosis(
      evidence({
        probes: [probe('seller.ozon.ru', 'platform', true, 9000), probe('connectivitycheck.gstatic.com', 'neutral', true, 3500), probe('detectportal.firefox.com', 'neutral', false, 30, 'network')],
        signals: [call(403, 'permission'), call(429, 'rate-limited', 2, undefined, '8'), call(500, 'server-error'), call(0, 'timeout')],
        otherPlatformsFailing: ['amazon'],
      }),
    );
    for (const language of LANGUAGES) {
      for (const fact of rich.evidence) expect(describeFact(fact, language)).toMatch(/\S.*[.。]$/);
      for (const conclusion of CONCLUSIONS) expect(describeConclusion(conclusion, language).title).toBe(CONCLUSION_TEXT[language][conclusion].title);
    }
  });
});

describe('areaOfSignal', () => {
  it('places failures by API path, banner words and page path', () => {
    expect(areaOfSignal(call(500, 'server-error', 1, '/api/v3/product/update_item'))).toBe('products');
    expect(areaOfSignal(call(500, 'server-error', 1, '/api/v3/logistics/get_tracking_number'))).toBe('logistics');
    expect(areaOfSignal(call(500, 'server-error', 1, '/api/v1/finance/wallet'))).toBe('finance');
    expect(areaOfSignal({ kind: 'banner', message: 'Не удалось обновить остатки', url: 'https://seller.ozon.ru/app/postings/fbs', details: {} })).toBe('inventory');
    expect(areaOfSignal({ kind: 'banner', message: '优惠券创建失败', url: 'https://seller.shopee.cn/portal/marketing', details: {} })).toBe('promotions');
    expect(areaOfSignal({ kind: 'failed-load', message: '', url: 'https://seller.shopee.sg/portal/sale/shipment?type=toship', details: {} })).toBe('orders');
  });
});

describe('runProbes', () => {
  /**
   * A fixed clock: runProbes starts every probe at once (three start readings), then reads the
   * clock as each answer arrives; the fake fetch answers in call order.
   */
  function fixedClock(readings: number[]): () => number {
    let index = 0;
    return () => readings[index++]!;
  }

  type Script = Record<string, { status?: number; type?: ResponseType; fail?: 'timeout' | 'network' }>;
  function fakeFetch(script: Script) {
    const calls: { url: string; init: RequestInit }[] = [];
    const fetchImpl: FetchLike = async (url, init) => {
      calls.push({ url, init });
      const entry = script[url] ?? {};
      if (entry.fail === 'timeout') throw new DOMException('The operation timed out.', 'TimeoutError');
      if (entry.fail === 'network') throw new TypeError('Failed to fetch');
      return { status: entry.status ?? 0, type: entry.type ?? 'opaque' };
    };
    return { calls, fetchImpl };
  }
  const noTimeout = () => new AbortController().signal;

  it('measures the platform host and exactly the two neutral hosts, without cookies', async () => {
    const { calls, fetchImpl } = fakeFetch({});
    const results = await runProbes('ozon', fetchImpl, { now: fixedClock([1000, 1000, 1000, 1640, 1038, 1052]), timeoutSignal: noTimeout });
    expect(calls.map((entry) => entry.url)).toEqual(['https://seller.ozon.ru/', 'https://connectivitycheck.gstatic.com/generate_204', 'https://detectportal.firefox.com/success.txt']);
    for (const { init } of calls) {
      expect(init).toMatchObject({ mode: 'no-cors', cache: 'no-store', credentials: 'omit' });
      expect(init.signal).toBeInstanceOf(AbortSignal);
    }
    expect(calls.map((entry) => entry.init.method)).toEqual(['HEAD', 'GET', 'GET']);
    expect(results).toEqual([
      { host: 'seller.ozon.ru', url: 'https://seller.ozon.ru/', role: 'platform', reachable: true, latencyMs: 640, status: null, failure: null },
      { host: 'connectivitycheck.gstatic.com', url: 'https://connectivitycheck.gstatic.com/generate_204', role: 'neutral', reachable: true, latencyMs: 38, status: null, failure: null },
      { host: 'detectportal.firefox.com', url: 'https://detectportal.firefox.com/success.txt', role: 'neutral', reachable: true, latencyMs: 52, status: null, failure: null },
    ]);
  });

  it('tells a timeout from a network failure, reads a status when the answer is not opaque, and feeds the diagnosis', async () => {
    const { fetchImpl } = fakeFetch({
      'https://seller.shopee.co.th/': { fail: 'timeout' },
      'https://connectivitycheck.gstatic.com/generate_204': { status: 204, type: 'basic' },
      'https://detectportal.firefox.com/success.txt': { fail: 'network' },
    });
    const results = await runProbes('shopee', fetchImpl, { hosts: ['seller.shopee.co.th'], now: fixedClock([0, 0, 0, 5000, 42, 7]), timeoutSignal: noTimeout });
    expect(results).toEqual([
      { host: 'seller.shopee.co.th', url: 'https://seller.shopee.co.th/', role: 'platform', reachable: false, latencyMs: 5000, status: null, failure: 'timeout' },
      { host: 'connectivitycheck.gstatic.com', url: 'https://connectivitycheck.gstatic.com/generate_204', role: 'neutral', reachable: true, latencyMs: 42, status: 204, failure: null },
      { host: 'detectportal.firefox.com', url: 'https://detectportal.firefox.com/success.txt', role: 'neutral', reachable: false, latencyMs: 7, status: null, failure: 'network' },
    ]);
    const diagnosis = concludeDiagnosis({ platform: 'shopee', online: true, probes: results, signals: [], now: AT });
    expect(diagnosis.conclusion).toBe('the-platform');
    expect(describeFact(diagnosis.evidence[0]!, 'en')).toBe('The back-office host seller.shopee.co.th did not answer within 5 s.');
    expect(diagnosis.statusPage).toEqual({ url: 'https://open.shopee.com/announcements', kind: 'announcements' });
  });

  it('uses a 5-second abort signal by default', async () => {
    const { calls, fetchImpl } = fakeFetch({});
    const seen: number[] = [];
    await runProbes('amazon', fetchImpl, {
      now: () => 0,
      timeoutSignal: (ms) => {
        seen.push(ms);
        return AbortSignal.timeout(ms);
      },
    });
    expect(seen).toEqual([5000, 5000, 5000]);
    expect(calls[0]!.url).toBe('https://sellercentral.amazon.com/');
  });

  it('never probes a host outside the platform’s back-offices', () => {
    const targets = probeTargets('amazon', { hosts: ['evil.example', 'sellercentral.amazon.de'] });
    expect(targets.map((target) => target.host)).toEqual(['sellercentral.amazon.de', 'connectivitycheck.gstatic.com', 'detectportal.firefox.com']);
    expect(probeTargets('ozon').map((target) => target.url)).toEqual(['https://seller.ozon.ru/', ...diagnosisRules.neutralProbes.map((entry) => entry.url)]);
  });

  it('declares the neutral hosts as data: exactly two connectivity checks', () => {
    expect(diagnosisRules.neutralProbes.map((entry) => entry.url)).toEqual(['https://connectivitycheck.gstatic.com/generate_204', 'https://detectportal.firefox.com/success.txt']);
    for (const area of diagnosisRules.areas) for (const source of [...area.paths, ...area.words]) expect(() => new RegExp(source, 'iu')).not.toThrow();
  });
});
