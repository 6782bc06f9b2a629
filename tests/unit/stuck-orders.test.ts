import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectorContext, DomBatch } from '../../lib/content/define-detector';
import { domBatch, listShapes, type ListShapes } from '../../lib/content/dom-watch';
import stuckOrders from '../../lib/detectors/stuck-orders';
import type { OrderSighting } from '../../lib/messages';
import { matchHost } from '../../lib/rules/catalog';
import type { SignalDraftInput } from '../../lib/signals';
import { createClassifier } from '../../lib/vocabulary';
import vocabulary from '../../rules/vocabulary';

const NOW = new Date(2026, 10, 21, 12, 0).getTime();
const HOUR = 3_600_000;
const pad = (value: number) => String(value).padStart(2, '0');
const ruDate = (time: number) => { const d = new Date(time); return `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`; };
const slashDate = (time: number) => { const d = new Date(time); return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`; };
const amazonDate = (time: number) => new Date(time).toLocaleDateString('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' });

function run(host: string, html: string, onOrdersPage = true, shapes: ListShapes | null = null) {
  document.body.innerHTML = html;
  const reports: SignalDraftInput[] = [];
  const clears: string[] = [];
  const sightings: OrderSighting[] = [];
  const context: DetectorContext = {
    rules: matchHost(host)!.rules,
    settings: { spinnerTimeoutMs: 15_000, deadlineWarningHours: 4, enabled: true },
    words: createClassifier(vocabulary),
    pageUrl: () => `https://${host}/`,
    onOrdersPage: () => onOrdersPage,
    report: (signal) => void reports.push(signal as SignalDraftInput),
    clear: (fingerprint) => void clears.push(fingerprint),
    reportOrders: (orders) => void sightings.push(...orders),
    showsOrder: () => undefined,
    now: () => NOW,
    signal: new AbortController().signal,
    setTimeout: (callback, ms) => void setTimeout(callback, ms),
  };
  const hooks = stuckOrders.start(context);
  // Every node walked, as on a page whose lists were not seen before (dom-watch.test.ts and the
  // demo-pages test compare this with lists read row by row from their text).
  const batch = (added: Node[], removed = false): DomBatch => domBatch(added, { initial: true, removed, shapes });
  hooks.onDom?.(batch([document.body]));
  return { reports, clears, sightings, hooks, batch };
}

// The sink sends a live fault once however many rows show it; the detector may report it per row.
const reasons = (reports: SignalDraftInput[]) => [...new Set(reports.map((report) => `${report.details?.orderId}:${report.details?.reason}`))].sort();

afterEach(() => vi.useRealTimers());

describe('stuck-orders detector', () => {
  it('Ozon table: reads the ship-by column from the header and flags overdue and near-deadline postings', () => {
    const { reports, sightings } = run('seller.ozon.ru', `
      <table><thead><tr><th>Номер отправления</th><th>Статус</th><th>Собрать до</th></tr></thead><tbody>
        <tr><td>23713478-0018-3</td><td>Ожидает сборки</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr>
        <tr><td>23713478-0019-1</td><td>Ожидает отгрузки</td><td>${ruDate(NOW + 2 * HOUR)}</td></tr>
        <tr><td>23713478-0020-2</td><td>Ожидает сборки</td><td>${ruDate(NOW + 48 * HOUR)}</td></tr>
        <tr><td>23713478-0021-5</td><td>Доставлен</td><td>${ruDate(NOW - 90 * HOUR)}</td></tr>
      </tbody></table>`);
    expect(reasons(reports)).toEqual(['23713478-0018-3:deadline-passed', '23713478-0019-1:deadline-near']);
    expect(reports.find((report) => report.details?.reason === 'deadline-passed')?.message).toContain('ship-by passed 30 h ago');
    expect(sightings.map((sighting) => sighting.statusId)).toEqual(['awaiting_packaging', 'awaiting_deliver', 'awaiting_packaging', 'delivered']);
    expect(sightings.every((sighting) => sighting.view === 'list')).toBe(true);
  });

  it('two late orders are two faults, never one', () => {
    const { reports } = run('seller.ozon.ru', `
      <table><thead><tr><th>№</th><th>Статус</th><th>Собрать до</th></tr></thead><tbody>
        <tr><td>23713478-0018-3</td><td>Ожидает сборки</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr>
        <tr><td>23713478-0019-1</td><td>Ожидает сборки</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr>
      </tbody></table>`);
    expect(new Set(reports.map((report) => report.fingerprint)).size).toBe(2);
  });

  it('Shopee cards: labels inline, unpaid past the payment window, duplicates', () => {
    const card = (sn: string, status: string, extra: string) => `<div class="order-card"><div class="head"><span>Order ID ${sn}</span></div><div class="body"><span class="status">${status}</span><span>${extra}</span></div></div>`;
    const { reports } = run('seller.shopee.sg', `<div class="list">
      ${card('261115ABCD1234', 'To Ship', `Ship by ${slashDate(NOW - 2 * 24 * HOUR)}`)}
      ${card('261116QWER5678', 'Unpaid', '')}
      ${card('261120ZXCV0001', 'Unpaid', '')}
      ${card('261118POIU9999', 'Completed', `Ship by ${slashDate(NOW - 5 * 24 * HOUR)}`)}
      ${card('261115ABCD1234', 'To Ship', `Ship by ${slashDate(NOW - 2 * 24 * HOUR)}`)}
    </div>`);
    expect(reasons(reports)).toEqual(['261115ABCD1234:deadline-passed', '261115ABCD1234:duplicate', '261116QWER5678:unpaid-too-long']);
  });

  it('Amazon: "Ship by" dates, Pending over 21 days is unpaid too long', () => {
    const row = (id: string, status: string, detail: string) => `<div class="row"><a href="/orders-v3/order/${id}">${id}</a> <span>${status}</span> <span>${detail}</span></div>`;
    const { reports } = run('sellercentral.amazon.com', `<main><div class="rows">
      ${row('111-1234567-1234567', 'Unshipped', `Ship by: ${amazonDate(NOW - 26 * HOUR)}`)}
      ${row('111-1234567-7654321', 'Shipped', `Ship by: ${amazonDate(NOW - 26 * HOUR)}`)}
      ${row('111-7654321-1234567', 'Pending', `Order date: ${amazonDate(NOW - 23 * 24 * HOUR)}`)}
      ${row('111-7654321-7654321', 'Pending', `Order date: ${amazonDate(NOW - 2 * 24 * HOUR)}`)}
    </div></main>`);
    expect(reasons(reports)).toEqual(['111-1234567-1234567:deadline-passed', '111-7654321-1234567:unpaid-too-long']);
  });

  it('stays quiet on a healthy list, and treats one order as a detail page', () => {
    const { reports, sightings } = run('seller.ozon.ru', `<main><h1>Отправление 23713478-0018-3</h1><p>Статус: Ожидает сборки</p><p>Собрать до ${ruDate(NOW + 30 * HOUR)}</p></main>`);
    expect(reports).toEqual([]);
    expect(sightings).toEqual([{ orderId: '23713478-0018-3', statusId: 'awaiting_packaging', statusLabel: 'Ожидает сборки', view: 'detail' }]);
  });

  it('an order re-rendered into a new row keeps its fault without clearing it', () => {
    const html = `<table><thead><tr><th>№</th><th>Статус</th><th>Собрать до</th></tr></thead><tbody>
        <tr><td>23713478-0018-3</td><td>Ожидает сборки</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr>
        <tr><td>23713478-0019-1</td><td>Доставляется</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr></tbody></table>`;
    const { reports, clears, hooks, batch } = run('seller.ozon.ru', html);
    const tbody = document.querySelector('tbody')!;
    const copy = tbody.cloneNode(true) as HTMLElement;
    tbody.replaceWith(copy);
    hooks.onDom?.(batch([copy], true));
    expect(clears).toEqual([]);
    expect(reasons(reports)).toEqual(['23713478-0018-3:deadline-passed']);
    expect(reasons(reports).filter((reason) => reason.endsWith('duplicate'))).toEqual([]);
  });

  it('reads the header afresh when the page changes its columns (the header is cached per batch)', () => {
    const row = (id: string) => `<tr><td>${id}</td><td>Ожидает сборки</td><td>${ruDate(NOW + 48 * HOUR)}</td><td>${ruDate(NOW - 30 * HOUR)}</td></tr>`;
    const { reports, hooks, batch } = run('seller.ozon.ru', `<table><thead><tr><th>№</th><th>Статус</th><th>Собрать до</th><th>Передан</th></tr></thead><tbody>
        ${row('23713478-0018-3')}${row('23713478-0019-1')}</tbody></table>`);
    expect(reports).toEqual([]);
    // The page moves the ship-by column to the end, then adds a row in the new layout.
    const cellsOf = (texts: string[], tag: string) => texts.map((text) => Object.assign(document.createElement(tag), { textContent: text }));
    document.querySelector('thead tr')!.replaceChildren(...cellsOf(['№', 'Статус', 'Передан', 'Собрать до'], 'th'));
    const added = document.createElement('tr');
    added.append(...cellsOf(['23713478-0020-2', 'Ожидает сборки', ruDate(NOW + 48 * HOUR), ruDate(NOW - 30 * HOUR)], 'td'));
    document.querySelector('tbody')!.append(added);
    hooks.onDom?.(batch([added]));
    expect(reasons(reports)).toEqual(['23713478-0020-2:deadline-passed']);
  });

  it('an order shown again in a later batch is a duplicate; removing the copy clears it', () => {
    const cellsOf = (texts: string[]) => texts.map((text) => Object.assign(document.createElement('td'), { textContent: text }));
    const { reports, clears, hooks, batch } = run('seller.ozon.ru', `<table><thead><tr><th>№</th><th>Статус</th><th>Собрать до</th></tr></thead><tbody>
        <tr><td>23713478-0018-3</td><td>Доставлен</td><td>—</td></tr><tr><td>23713478-0019-1</td><td>Доставлен</td><td>—</td></tr></tbody></table>`);
    expect(reports).toEqual([]);
    const copy = document.createElement('tr');
    copy.append(...cellsOf(['23713478-0018-3', 'Доставлен', '—']));
    document.querySelector('tbody')!.append(copy);
    hooks.onDom?.(batch([copy]));
    expect(reasons(reports)).toEqual(['23713478-0018-3:duplicate']);
    copy.remove();
    hooks.onDom?.(batch([], true));
    expect(clears).toEqual([reports[0]!.fingerprint]);
  });

  it('an orders page where no order can be read gets a diagnostic, not silence', async () => {
    vi.useFakeTimers();
    const { reports } = run('seller.shopee.sg', '<main><div class="empty-state">Something new is coming</div></main>');
    await vi.advanceTimersByTimeAsync(9_000);
    expect(reports).toEqual([expect.objectContaining({ kind: 'diagnostic', details: expect.objectContaining({ reason: 'structure-not-found' }) })]);
  });
});

describe('rows of long lists read from their text in one piece', () => {
  const late = (hours: number) => NOW - hours * HOUR;
  /** Rendered the way React renders: no white space between elements. */
  const reactRow = (id: string, status: string, deadline: number, cellAfterStatus = '—') => {
    const [day, time] = ruDate(deadline).split(' ');
    return `<tr><td><a href="/p/${id}">${id}</a></td><td><span>${status}</span></td><td>${cellAfterStatus}</td><td><div>${day}</div><div>${time}</div></td></tr>`;
  };
  // Rows walked now and then (one in 16) come before the ones read in one piece: compare as sets.
  const byOrder = (sightings: OrderSighting[]) => [...sightings].sort((a, b) => a.orderId.localeCompare(b.orderId));
  const table = (rows: string[]) => `<table><thead><tr><th>Номер</th><th>Статус</th><th>Кол-во</th><th>Собрать до</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  const rows = Array.from({ length: 40 }, (_, index) => {
    const id = `23713478-${String(index).padStart(4, '0')}-1`;
    if (index % 10 === 3) return reactRow(id, 'Ожидает сборки', late(30));
    if (index % 10 === 7) return reactRow(id, 'Ожидает отгрузки', late(-2));
    return reactRow(id, index % 2 ? 'Доставлен' : 'Ожидает сборки', late(-72));
  });

  it('finds the same faults, with the same times, as walking every node', () => {
    const inOnePiece = run('seller.ozon.ru', table(rows), true, listShapes());
    const walked = run('seller.ozon.ru', table(rows), true, null);
    expect(inOnePiece.reports).toEqual(walked.reports);
    expect(byOrder(inOnePiece.sightings)).toEqual(byOrder(walked.sightings));
    expect(reasons(inOnePiece.reports)).toHaveLength(8);
    // The date and the time in two divs run together in text content: still 30 h, not "end of day".
    expect(inOnePiece.reports.find((report) => report.details?.reason === 'deadline-passed')?.message).toContain('ship-by passed 30 h ago');
  });

  it('a status label run into the next cell\'s text is still read', () => {
    const glued = rows.map((row) => row.replace('<td>—</td>', '<td>5 шт</td>'));
    const inOnePiece = run('seller.ozon.ru', table(glued), true, listShapes());
    expect(inOnePiece.reports).toEqual(run('seller.ozon.ru', table(glued), true, null).reports);
    expect(reasons(inOnePiece.reports)).toHaveLength(8);
  });

  it('an order id run into a neighbour\'s digits makes the row be walked, not skipped', () => {
    const glued = rows.map((row) => row.replace(/<\/a><\/td><td><span>/, '</a></td><td>7<span>'));
    const inOnePiece = run('seller.ozon.ru', table(glued), true, listShapes());
    expect(byOrder(inOnePiece.sightings)).toEqual(byOrder(run('seller.ozon.ru', table(glued), true, null).sightings));
    expect(inOnePiece.sightings).toHaveLength(40);
  });

  it('a list item whose inline date ran into its time is read node by node', () => {
    const items = Array.from({ length: 20 }, (_, index) => {
      const [day, time] = ruDate(index % 5 === 0 ? late(30) : late(-72)).split(' ');
      return `<li> <a href="#">23713478-${String(index).padStart(4, '0')}-1</a> <span>Ожидает сборки</span> Собрать до <span>${day}</span><span>${time}</span></li>`;
    });
    const html = `<main><ul>${items.join('')}</ul></main>`;
    const inOnePiece = run('seller.ozon.ru', html, true, listShapes());
    expect(inOnePiece.reports).toEqual(run('seller.ozon.ru', html, true, null).reports);
    expect(inOnePiece.reports.map((report) => report.message)).toEqual(Array(4).fill(expect.stringContaining('ship-by passed 30 h ago')));
  });
});
