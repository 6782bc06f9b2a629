import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { SellerSosDatabase, type Capture, type ChecklistStep } from '../../lib/db';
import type { Platform } from '../../lib/rules/types';
import type { Incident, Signal } from '../../lib/signals';
import { buildTimeline, countTimeline, daysAgo, ENTRY_TEXT_MAX, filterTimeline, groupByDay, shortText, signalEntries, type TimelineEntry } from '../../lib/timeline/entries';
import { countIncidentsByPlatform, HISTORY_PAGE_SIZE, readHistory, readIncident, readTabTimeline } from '../../lib/timeline/queries';
import { restoreTimelineState, useTimelineStore } from '../../lib/timeline/store';

/**
 * The side panel's timeline logic: merging signals, captures and steps into one ordered list,
 * the platform and kind filters, grouping by day, the indexed reads for a tab, an incident and
 * the paged history (fake-indexeddb), and the filter store.
 */

const MINUTE = 60_000;
/** A fixed local time: 22 Nov 2026, 10:00 in whatever zone the tests run in. */
const T0 = new Date(2026, 10, 22, 10, 0, 0).getTime();

let nextId = 1;
function signal(overrides: Partial<Signal> = {}): Signal {
  return {
    id: nextId++,
    incidentId: 1,
    tabId: 7,
    pageId: 'page-1',
    platform: 'ozon',
    host: 'seller.ozon.ru',
    kind: 'banner',
    severity: 'error',
    message: 'Не удалось загрузить заказы',
    fingerprint: `banner:${nextId}`,
    url: 'https://seller.ozon.ru/app/postings/fbs',
    firstAt: T0,
    lastAt: T0,
    count: 1,
    clearedAt: null,
    details: {},
    ...overrides,
  };
}

function capture(overrides: Partial<Capture> = {}): Capture {
  return {
    id: nextId++,
    key: `key-${nextId}`,
    incidentId: 1,
    tabId: 7,
    platform: 'ozon',
    host: 'seller.ozon.ru',
    region: 'RU',
    shopId: null,
    at: T0 + 2 * MINUTE,
    trigger: 'popup',
    url: 'https://seller.ozon.ru/app/postings/fbs',
    title: 'Заказы FBS',
    environment: { browser: 'Chrome', browserVersion: '142', os: 'Linux', extensionVersion: '0.1.0', language: 'ru', online: true, connectionType: null },
    bannerTexts: ['Не удалось загрузить заказы'],
    signalIds: [],
    masked: true,
    screenshot: null,
    originalScreenshot: null,
    thumbnail: null,
    width: 0,
    height: 0,
    bytes: 0,
    pinned: false,
    note: 'permission-needed',
    ...overrides,
  };
}

function step(overrides: Partial<ChecklistStep> = {}): ChecklistStep {
  return { id: nextId++, incidentId: 1, tabId: 7, platform: 'ozon', host: 'seller.ozon.ru', at: T0 + MINUTE, step: 'refresh', outcome: 'done', details: {}, ...overrides };
}

function incident(overrides: Partial<Incident> = {}): Incident & { id: number } {
  return {
    id: 1,
    tabId: 7,
    platform: 'ozon',
    host: 'seller.ozon.ru',
    region: 'RU',
    shopId: null,
    openedAt: T0,
    lastAt: T0 + 5 * MINUTE,
    status: 'open',
    severity: 'error',
    signalCount: 1,
    title: 'Ошибка на странице заказов',
    pinned: false,
    resolvedAt: null,
    ...overrides,
  };
}

const keys = (entries: readonly TimelineEntry[]) => entries.map((entry) => entry.key);
const types = (entries: readonly TimelineEntry[]) => entries.map((entry) => (entry.type === 'signal' ? `signal:${entry.phase}` : entry.type));

describe('timeline entries', () => {
  it('a signal seen once is one entry; a repeat adds a "seen again" entry at its last time', () => {
    expect(signalEntries(signal()).map((entry) => entry.phase)).toEqual(['first']);
    // count 1 but a later lastAt (a live banner still showing) is not a repeat.
    expect(signalEntries(signal({ lastAt: T0 + MINUTE }))).toHaveLength(1);
    const repeated = signalEntries(signal({ count: 4, lastAt: T0 + 10 * MINUTE }));
    expect(repeated.map((entry) => [entry.phase, entry.at, entry.signal.count])).toEqual([
      ['first', T0, 4],
      ['repeat', T0 + 10 * MINUTE, 4],
    ]);
    expect(new Set(repeated.map((entry) => entry.key)).size).toBe(2);
  });

  it('merges signals, captures and steps newest first, and oldest first on request', () => {
    const banner = signal({ count: 3, lastAt: T0 + 3 * MINUTE });
    const rows = { signals: [banner], captures: [capture({ at: T0 + 2 * MINUTE })], steps: [step({ at: T0 + MINUTE })] };
    expect(types(buildTimeline(rows))).toEqual(['signal:repeat', 'capture', 'step', 'signal:first']);
    expect(types(buildTimeline(rows, 'oldest-first'))).toEqual(['signal:first', 'step', 'capture', 'signal:repeat']);
  });

  it('orders entries of the same millisecond fault → step → capture (reversed newest first), and stably', () => {
    const rows = { signals: [signal({ firstAt: T0, lastAt: T0 })], captures: [capture({ at: T0 })], steps: [step({ at: T0 })] };
    expect(types(buildTimeline(rows, 'oldest-first'))).toEqual(['signal:first', 'step', 'capture']);
    expect(keys(buildTimeline(rows))).toEqual(keys(buildTimeline(rows, 'oldest-first')).reverse());
    expect(keys(buildTimeline({ ...rows, signals: [...rows.signals] }))).toEqual(keys(buildTimeline(rows)));
  });

  it('marks where each incident began only when the rows span several incidents', () => {
    const ozon = incident({ id: 1, openedAt: T0 });
    const shopee = incident({ id: 2, platform: 'shopee', host: 'seller.shopee.sg', region: 'SG', openedAt: T0 + 30 * MINUTE, title: 'Orders failed to load' });
    const one = buildTimeline({ signals: [signal()], captures: [], steps: [], incidents: [ozon] });
    expect(one.some((entry) => entry.type === 'incident')).toBe(false);
    const two = buildTimeline({
      signals: [signal(), signal({ incidentId: 2, platform: 'shopee', firstAt: T0 + 31 * MINUTE, lastAt: T0 + 31 * MINUTE })],
      captures: [],
      steps: [],
      // An incident none of the rows belongs to gets no marker.
      incidents: [ozon, shopee, incident({ id: 3, openedAt: T0 + 60 * MINUTE })],
    });
    expect(types(two)).toEqual(['signal:first', 'incident', 'signal:first', 'incident']);
    expect(two.filter((entry) => entry.type === 'incident').map((entry) => entry.incidentId)).toEqual([2, 1]);
  });

  it('a step recorded without a platform takes its incident’s', () => {
    const [entry] = buildTimeline({ signals: [], captures: [], steps: [step({ platform: null, host: null, incidentId: 2 })], incidents: [incident({ id: 2, platform: 'amazon' })] });
    expect(entry?.platform).toBe('amazon');
    const [orphan] = buildTimeline({ signals: [], captures: [], steps: [step({ platform: null, incidentId: null })] });
    expect(orphan?.platform).toBeNull();
  });

  it('entry text is redacted, folded to one line and cut short', () => {
    const text = shortText('Buyer ivan.petrov@mail.ru\n\n  called   +7 (912) 345-67-89');
    expect(text).not.toContain('ivan.petrov@mail.ru');
    expect(text).not.toContain('345-67-89');
    expect(text).not.toMatch(/\s{2}|\n/);
    const long = shortText('x '.repeat(400));
    expect(long.length).toBeLessThanOrEqual(ENTRY_TEXT_MAX);
    expect(long.endsWith('…')).toBe(true);
    const [fromSignal] = buildTimeline({ signals: [signal({ message: 'Call +65 9123 4567 now' })], captures: [], steps: [] });
    expect(fromSignal?.text).not.toContain('9123 4567');
    // A capture says what its first banner said, else the page title; a failed step its error.
    const [fromCapture] = buildTimeline({ signals: [], captures: [capture({ bannerTexts: ['', 'Server error 502'] })], steps: [] });
    expect(fromCapture?.text).toBe('Server error 502');
    const [fromTitle] = buildTimeline({ signals: [], captures: [capture({ bannerTexts: [] })], steps: [] });
    expect(fromTitle?.text).toBe('Заказы FBS');
    const [failed] = buildTimeline({ signals: [], captures: [], steps: [step({ outcome: 'failed', details: { error: 'Tab closed' } })] });
    expect(failed?.text).toBe('Tab closed');
  });
});

describe('timeline filters', () => {
  const ozon = incident({ id: 1 });
  const shopee = incident({ id: 2, platform: 'shopee', openedAt: T0 + 40 * MINUTE });
  const entries = buildTimeline({
    signals: [
      signal({ kind: 'banner' }),
      signal({ kind: 'network-error', firstAt: T0 + MINUTE, lastAt: T0 + MINUTE }),
      signal({ kind: 'network-error', incidentId: 2, platform: 'shopee', firstAt: T0 + 41 * MINUTE, lastAt: T0 + 41 * MINUTE }),
    ],
    captures: [capture({ at: T0 + 2 * MINUTE })],
    steps: [step({ at: T0 + 3 * MINUTE }), step({ at: T0 + 4 * MINUTE, platform: null, incidentId: null, tabId: 7 })],
    incidents: [ozon, shopee],
  });

  it('no choice shows everything', () => {
    expect(filterTimeline(entries, { platforms: [], kinds: [] })).toEqual(entries);
  });

  it('by kind: only the chosen kinds, signal kinds and capture/step alike', () => {
    const network = filterTimeline(entries, { platforms: [], kinds: ['network-error'] });
    expect(network.filter((entry) => entry.type !== 'incident').every((entry) => entry.kind === 'network-error')).toBe(true);
    expect(countTimeline(network).total).toBe(2);
    const evidence = filterTimeline(entries, { platforms: [], kinds: ['capture', 'step'] });
    expect(types(evidence).filter((type) => type !== 'incident').sort()).toEqual(['capture', 'step', 'step']);
    // The Shopee incident has neither a capture nor a step: its marker goes with its entries.
    expect(evidence.some((entry) => entry.type === 'incident' && entry.incidentId === 2)).toBe(false);
  });

  it('by platform: hides other platforms, markers of hidden incidents, and entries of no known platform', () => {
    const shopeeOnly = filterTimeline(entries, { platforms: ['shopee'], kinds: [] });
    expect(shopeeOnly.map((entry) => entry.platform)).toEqual(['shopee', 'shopee']);
    expect(types(shopeeOnly)).toEqual(['signal:first', 'incident']);
    const ozonOnly = filterTimeline(entries, { platforms: ['ozon'], kinds: [] });
    expect(ozonOnly.some((entry) => entry.platform === null || entry.platform === 'shopee')).toBe(false);
    expect(countTimeline(ozonOnly).total).toBe(4);
  });

  it('both filters at once; a choice that matches nothing gives nothing', () => {
    expect(countTimeline(filterTimeline(entries, { platforms: ['ozon'], kinds: ['network-error'] })).total).toBe(1);
    expect(filterTimeline(entries, { platforms: ['amazon'], kinds: [] })).toEqual([]);
  });

  it('counts per kind and platform leave markers out', () => {
    const counts = countTimeline(entries);
    expect(counts.total).toBe(6);
    expect(Object.fromEntries(counts.kinds)).toEqual({ banner: 1, 'network-error': 2, capture: 1, step: 2 });
    expect(Object.fromEntries(counts.platforms)).toEqual({ ozon: 4, shopee: 1 });
  });
});

describe('grouping by day', () => {
  it('groups consecutive entries of one local day, in the order given', () => {
    const lateYesterday = new Date(2026, 10, 21, 23, 59).getTime();
    const earlyToday = new Date(2026, 10, 22, 0, 1).getTime();
    const entries = buildTimeline({ signals: [signal({ firstAt: lateYesterday, lastAt: lateYesterday }), signal({ firstAt: earlyToday, lastAt: earlyToday }), signal()], captures: [], steps: [] });
    const days = groupByDay(entries);
    expect(days.map((day) => [day.id, day.entries.length])).toEqual([
      ['2026-11-22', 2],
      ['2026-11-21', 1],
    ]);
    expect(groupByDay(buildTimeline({ signals: entries.map((entry) => (entry as { signal: Signal }).signal), captures: [], steps: [] }, 'oldest-first')).map((day) => day.id)).toEqual(['2026-11-21', '2026-11-22']);
    expect(groupByDay([])).toEqual([]);
  });

  it('counts whole days back from now', () => {
    const now = new Date(2026, 10, 22, 0, 30).getTime();
    expect(daysAgo(new Date(2026, 10, 22, 0, 0).getTime(), now)).toBe(0);
    expect(daysAgo(new Date(2026, 10, 21, 23, 59).getTime(), now)).toBe(1);
    expect(daysAgo(new Date(2026, 9, 22, 12, 0).getTime(), now)).toBe(31);
  });
});

describe('reads from the database', () => {
  let db: SellerSosDatabase;
  let counter = 0;
  beforeEach(async () => {
    db = new SellerSosDatabase(`timeline-${(counter += 1)}`);
    await db.open();
  });

  async function seedTwoTabs() {
    const first = await db.incidents.add(incident({ id: undefined, tabId: 7 }));
    const second = await db.incidents.add(incident({ id: undefined, tabId: 7, platform: 'shopee', host: 'seller.shopee.sg', openedAt: T0 + 40 * MINUTE, lastAt: T0 + 45 * MINUTE }));
    const other = await db.incidents.add(incident({ id: undefined, tabId: 8, platform: 'amazon', host: 'sellercentral.amazon.com' }));
    await db.signals.bulkAdd([
      signal({ id: undefined, incidentId: first, tabId: 7 }),
      signal({ id: undefined, incidentId: second, tabId: 7, platform: 'shopee', pageId: 'page-2' }),
      signal({ id: undefined, incidentId: other, tabId: 8, platform: 'amazon' }),
    ]);
    await db.captures.bulkAdd([capture({ id: undefined, incidentId: first, tabId: 7 }), capture({ id: undefined, incidentId: other, tabId: 8, platform: 'amazon' })]);
    await db.steps.bulkAdd([step({ id: undefined, incidentId: first, tabId: 7 }), step({ id: undefined, incidentId: first, tabId: 7, step: 'network-check' }), step({ id: undefined, incidentId: other, tabId: 8 })]);
    return { first: first!, second: second!, other: other! };
  }

  it('a tab’s rows: only that tab, every incident of it, with those incidents', async () => {
    const { first, second } = await seedTwoTabs();
    const rows = await readTabTimeline(db, 7);
    expect(rows.signals.map((row) => row.tabId)).toEqual([7, 7]);
    expect(rows.captures).toHaveLength(1);
    expect(rows.steps).toHaveLength(2);
    expect(rows.incidents.map((row) => row.id).sort()).toEqual([first, second].sort());
    expect(await readTabTimeline(db, 99)).toEqual({ signals: [], captures: [], steps: [], incidents: [] });
  });

  it('one incident’s rows, or null when it is gone', async () => {
    const { other } = await seedTwoTabs();
    const found = await readIncident(db, other);
    expect(found?.incident.platform).toBe('amazon');
    expect([found?.signals.length, found?.captures.length, found?.steps.length]).toEqual([1, 1, 1]);
    expect(await readIncident(db, 12345)).toBeNull();
  });

  it('the history: latest activity first, a page at a time, with capture and step counts', async () => {
    const { first, other } = await seedTwoTabs();
    await db.incidents.update(other, { lastAt: T0 + 90 * MINUTE });
    const page = await readHistory(db, { platforms: [], limit: 2 });
    expect(page.incidents.map((row) => row.incident.platform)).toEqual(['amazon', 'shopee']);
    expect(page.more).toBe(true);
    const all = await readHistory(db, { platforms: [], limit: 10 });
    expect(all.more).toBe(false);
    const ozon = all.incidents.find((row) => row.incident.id === first)!;
    expect([ozon.captureCount, ozon.stepCount]).toEqual([1, 2]);
    const filtered = await readHistory(db, { platforms: ['ozon', 'amazon'], limit: 10 });
    expect(filtered.incidents.map((row) => row.incident.platform)).toEqual(['amazon', 'ozon']);
    expect(Object.fromEntries(await countIncidentsByPlatform(db))).toEqual({ ozon: 1, shopee: 1, amazon: 1 });
  });

  it('thousands of incidents: a page holds the newest of the chosen platform, and says there are more', async () => {
    const platforms: Platform[] = ['ozon', 'shopee', 'amazon'];
    await db.incidents.bulkAdd(Array.from({ length: 3000 }, (_, index) => incident({ id: undefined, platform: platforms[index % 3]!, lastAt: T0 + index * MINUTE, tabId: index })));
    const page = await readHistory(db, { platforms: ['shopee'], limit: HISTORY_PAGE_SIZE });
    expect(page.incidents).toHaveLength(HISTORY_PAGE_SIZE);
    expect(page.more).toBe(true);
    expect(page.incidents.every((row) => row.incident.platform === 'shopee')).toBe(true);
    const times = page.incidents.map((row) => row.incident.lastAt);
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(times[0]).toBe(T0 + 2998 * MINUTE);
  });
});

describe('filter store', () => {
  beforeEach(() => {
    useTimelineStore.setState({ view: 'tab', platforms: [], kinds: [], openIncidentId: null, lastOpenedIncidentId: null, historyLimit: HISTORY_PAGE_SIZE });
  });

  it('toggles platforms and kinds, clears both, and resets the history page when the platforms change', () => {
    const store = useTimelineStore.getState();
    store.showMoreHistory();
    expect(useTimelineStore.getState().historyLimit).toBe(2 * HISTORY_PAGE_SIZE);
    store.togglePlatform('shopee');
    store.toggleKind('capture');
    store.toggleKind('banner');
    store.toggleKind('capture');
    expect(useTimelineStore.getState()).toMatchObject({ platforms: ['shopee'], kinds: ['banner'], historyLimit: HISTORY_PAGE_SIZE });
    store.clearFilters();
    expect(useTimelineStore.getState()).toMatchObject({ platforms: [], kinds: [] });
  });

  it('opening an incident shows the history; closing keeps which one, for the focus', () => {
    const store = useTimelineStore.getState();
    store.openIncident(42);
    expect(useTimelineStore.getState()).toMatchObject({ view: 'history', openIncidentId: 42 });
    store.closeIncident();
    expect(useTimelineStore.getState()).toMatchObject({ view: 'history', openIncidentId: null, lastOpenedIncidentId: 42 });
    store.forgetLastOpened();
    expect(useTimelineStore.getState().lastOpenedIncidentId).toBeNull();
  });

  it('persists the choice in sessionStorage and restores only valid values', () => {
    useTimelineStore.getState().togglePlatform('amazon');
    const saved = JSON.parse(sessionStorage.getItem('seller-sos:sidepanel-timeline') ?? 'null') as { state: unknown };
    expect(saved.state).toMatchObject({ platforms: ['amazon'] });
    expect(restoreTimelineState({ view: 'history', platforms: ['ozon', 'ebay', 'ozon'], kinds: ['banner', 'nonsense', 'step'], openIncidentId: 5 })).toEqual({ view: 'history', platforms: ['ozon'], kinds: ['banner', 'step'], openIncidentId: 5 });
    expect(restoreTimelineState({ view: 'elsewhere', platforms: 'ozon', kinds: null, openIncidentId: -1 })).toEqual({});
    expect(restoreTimelineState(null)).toEqual({});
  });
});
