import { describe, expect, it } from 'vitest';
import { domBatch, listShapes } from '../../lib/content/dom-watch';
import stuckOrders from '../../lib/detectors/stuck-orders';
import { matchHost } from '../../lib/rules/catalog';
import type { SignalDraftInput } from '../../lib/signals';
import { BACKOFFICE_HOSTS, routeRequest } from '../fixtures/router.mjs';
import { createClassifier } from '../../lib/vocabulary';
import vocabulary from '../../rules/vocabulary';

/**
 * The stuck-order detector on the bundled demo back-offices of every host, with the router and
 * the detector on one fixed clock. Scripts and styles are stripped: this reads the served HTML
 * (the e2e suite runs the real pages in real browsers).
 */
const NOW = new Date(2026, 10, 21, 12, 0);

/**
 * `rowsInOnePiece`: rows of long lists read from their text content, as dom-watch hands them over
 * once a list's rows proved plain (`batch.plain()`); otherwise every node is walked.
 */
function detect(url: string, rowsInOnePiece = true): SignalDraftInput[] {
  const answer = routeRequest(url, 'GET', '', { now: NOW });
  if (!answer) throw new Error(`no demo page at ${url}`);
  const html = String(answer.body).replace(/<script[\s\S]*?<\/script>/gi, '').replace(/<link[^>]*>/gi, '');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  const reports: SignalDraftInput[] = [];
  const hooks = stuckOrders.start({
    rules: matchHost(new URL(url).hostname)!.rules,
    settings: { spinnerTimeoutMs: 15_000, deadlineWarningHours: 4, enabled: true },
    words: createClassifier(vocabulary),
    pageUrl: () => url,
    onOrdersPage: () => true,
    report: (signal) => void reports.push(signal as SignalDraftInput),
    clear: () => undefined,
    reportOrders: () => undefined,
    showsOrder: () => undefined,
    now: () => NOW.getTime(),
    signal: new AbortController().signal,
    setTimeout: () => undefined,
  });
  const batch = domBatch([document.body], { initial: true, shapes: rowsInOnePiece ? listShapes() : null });
  if (rowsInOnePiece) expect(batch.plain().length).toBeGreaterThan(0);
  hooks.onDom?.(batch);
  return reports;
}

const reasonsOf = (reports: SignalDraftInput[]) => new Set(reports.map((report) => String(report.details?.reason)));
const ORDERS_PATH = { ozon: '/app/postings/fbs', shopee: '/portal/sale/order', amazon: '/orders-v3' } as const;

describe.each(BACKOFFICE_HOSTS.map((host) => [host] as const))('stuck orders on %s', (host) => {
  const platform = matchHost(host)!.platform;
  const base = `https://${host}${ORDERS_PATH[platform]}`;

  it('a clean orders list raises nothing', () => {
    expect(detect(base).filter((report) => report.severity !== 'info' && report.details?.reason !== 'deadline-near')).toEqual([]);
  });

  it('orders past their ship-by deadline are found', () => {
    const reports = detect(`${base}?faults=overdue`);
    expect(reasonsOf(reports)).toContain('deadline-passed');
    for (const report of reports) expect(report.message).toMatch(new RegExp(matchHost(host)!.rules.orderId.pattern, 'u'));
  });

  it.each(['', '?faults=overdue', '?faults=duplicate', '?faults=unpaid'])('rows read in one piece report exactly what walked rows do (%s)', (query) => {
    expect(detect(`${base}${query}`, true)).toEqual(detect(`${base}${query}`, false));
  });

  it('an order shown twice is found', () => {
    expect(reasonsOf(detect(`${base}?faults=duplicate`))).toContain('duplicate');
  });

  if (platform !== 'ozon') {
    it('unpaid orders older than the payment window are found', () => {
      expect(reasonsOf(detect(`${base}?faults=unpaid`))).toContain('unpaid-too-long');
    });
  }
});
