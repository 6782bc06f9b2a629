import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { resolveIncident } from '../../lib/background/prevention';
import { SellerSosDatabase } from '../../lib/db';
import { faultFingerprints, findLastTime, scenarioOf, type IncidentKey } from '../../lib/postmortem/match';
import { buildSopMarkdown, formatDuration, groupByScenario, median } from '../../lib/postmortem/sop';
import type { PostMortem } from '../../lib/postmortem/types';
import type { Incident, Signal } from '../../lib/signals';

/** Post-mortems: matching a new incident to the last one like it, and the runbook export. */

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 10, 1, 8, 0, 0);

function rateLimited(incidentId: number, fingerprint = 'network-error:ozon429'): Signal {
  return {
    incidentId,
    tabId: 3,
    pageId: 'p1',
    platform: 'ozon',
    host: 'seller.ozon.ru',
    kind: 'network-error',
    severity: 'error',
    message: 'GET /api/posting-service/seller-ui/fbs/list → 429 8: You have reached request rate limit per second',
    fingerprint,
    url: 'https://seller.ozon.ru/app/postings/fbs',
    count: 14,
    firstAt: T0,
    lastAt: T0 + 5 * MINUTE,
    clearedAt: null,
    details: { method: 'GET', path: '/api/posting-service/seller-ui/fbs/list', status: 429, errorCode: '8', meaning: 'rate-limited' },
  };
}

function postmortem(id: number, over: Partial<PostMortem>): PostMortem {
  return {
    id,
    incidentId: 100 + id,
    platform: 'ozon',
    host: 'seller.ozon.ru',
    shopId: null,
    scenario: 'api-connection',
    fingerprints: [],
    title: 'Orders list answered 429',
    cause: 'third-party-tool',
    fixId: 'rate-limit-ozon',
    fixText: '',
    note: '',
    openedAt: T0,
    resolvedAt: T0 + id * 60 * MINUTE,
    timeToResolveMs: 25 * MINUTE,
    ...over,
  };
}

describe('matching a new incident to the last one like it', () => {
  const current: IncidentKey = { incidentId: 1, platform: 'ozon', scenario: 'api-connection', fingerprints: ['network-error:ozon429', 'banner:x'] };

  it('the same fault fingerprint beats the same scenario, even when the scenario match is newer', () => {
    const sameFault = postmortem(1, { fingerprints: ['network-error:ozon429'] });
    const sameScenario = postmortem(5, { fingerprints: ['network-error:other'] });
    const found = findLastTime(current, [sameScenario, sameFault]);
    expect(found).toMatchObject({ matchedBy: 'fingerprint', shared: 1 });
    expect(found?.postmortem.id).toBe(1);
  });

  it('among equal matches the most recent wins', () => {
    expect(findLastTime(current, [postmortem(2, {}), postmortem(7, {}), postmortem(4, {})])?.postmortem.id).toBe(7);
    expect(findLastTime(current, [postmortem(2, { fingerprints: ['banner:x'] }), postmortem(3, { fingerprints: ['network-error:ozon429'] })])?.postmortem.id).toBe(3);
  });

  it('no match: another platform with the same scenario, another scenario, the incident itself, or no scenario', () => {
    expect(findLastTime(current, [postmortem(1, { platform: 'amazon' })])).toBeNull();
    expect(findLastTime(current, [postmortem(1, { scenario: 'payment' })])).toBeNull();
    expect(findLastTime(current, [postmortem(1, { incidentId: 1, fingerprints: ['banner:x'] })])).toBeNull();
    expect(findLastTime({ ...current, scenario: 'none', fingerprints: [] }, [postmortem(1, { scenario: 'none' })])).toBeNull();
    // A fingerprint match needs no scenario and crosses hosts of the same fault.
    expect(findLastTime({ ...current, scenario: 'none' }, [postmortem(1, { scenario: 'none', fingerprints: ['banner:x'] })])?.matchedBy).toBe('fingerprint');
  });

  it('an incident’s scenario is its first-ranked fix’s; fingerprints are of faults only', () => {
    expect(scenarioOf([rateLimited(1)], 'ozon')).toBe('api-connection');
    expect(scenarioOf([], 'ozon')).toBe('none');
    const info = { ...rateLimited(1, 'diagnostic:self'), severity: 'info' as const };
    expect(faultFingerprints([rateLimited(1), rateLimited(1), info])).toEqual(['network-error:ozon429']);
  });
});

describe('resolving an incident with its post-mortem (background)', () => {
  let db: SellerSosDatabase;
  let counter = 0;
  beforeEach(async () => {
    db = new SellerSosDatabase(`postmortem-${(counter += 1)}`);
  });

  async function incident(): Promise<number> {
    const row: Incident = { tabId: 3, platform: 'ozon', host: 'seller.ozon.ru', region: 'RU', shopId: '123456', openedAt: T0, lastAt: T0 + 5 * MINUTE, status: 'open', severity: 'error', signalCount: 1, title: 'GET … → 429', pinned: false, resolvedAt: null };
    const id = (await db.incidents.add(row)) as number;
    await db.signals.add(rateLimited(id));
    return id;
  }

  it('stores cause, fix, scenario, fingerprints and time to resolve, redacted, and resolves the incident', async () => {
    const id = await incident();
    const answer = await resolveIncident(db, { type: 'postmortem/resolve', incidentId: id, cause: 'third-party-tool', fixId: 'rate-limit-ozon', fixText: 'ignored', note: 'ERP polled too often; call me +7 912 345-67-89 or ivan@example.com' }, T0 + 40 * MINUTE);
    expect(answer).toMatchObject({ ok: true });
    const [stored] = await db.postmortems.toArray();
    expect(stored).toMatchObject({ incidentId: id, platform: 'ozon', scenario: 'api-connection', fingerprints: ['network-error:ozon429'], cause: 'third-party-tool', fixId: 'rate-limit-ozon', fixText: '', timeToResolveMs: 40 * MINUTE, shopId: '123456' });
    expect(stored!.note).toContain('ERP polled too often');
    expect(stored!.note).not.toMatch(/912|ivan@example/);
    expect(await db.incidents.get(id)).toMatchObject({ status: 'resolved', resolvedAt: T0 + 40 * MINUTE });
    // Found again through the v4 indexes, as the side panel looks.
    expect(await db.postmortems.where('fingerprints').anyOf(['network-error:ozon429']).count()).toBe(1);
    expect(await db.postmortems.where('[platform+scenario]').equals(['ozon', 'api-connection']).count()).toBe(1);
  });

  it('resolving again replaces the post-mortem; unknown fixes, empty free text and missing incidents are refused', async () => {
    const id = await incident();
    await resolveIncident(db, { type: 'postmortem/resolve', incidentId: id, cause: 'platform-fault', fixId: null, fixText: 'Waited for Ozon', note: '' }, T0 + 10 * MINUTE);
    await resolveIncident(db, { type: 'postmortem/resolve', incidentId: id, cause: 'third-party-tool', fixId: 'rate-limit-ozon', fixText: '', note: '' }, T0 + 20 * MINUTE);
    expect(await db.postmortems.toArray()).toEqual([expect.objectContaining({ cause: 'third-party-tool', timeToResolveMs: 20 * MINUTE })]);
    expect(await resolveIncident(db, { type: 'postmortem/resolve', incidentId: id, cause: 'platform-fault', fixId: 'no-such-fix', fixText: '', note: '' }, T0)).toMatchObject({ ok: false, error: 'fix-missing' });
    expect(await resolveIncident(db, { type: 'postmortem/resolve', incidentId: id, cause: 'platform-fault', fixId: null, fixText: '   ', note: '' }, T0)).toMatchObject({ ok: false, error: 'fix-missing' });
    expect(await resolveIncident(db, { type: 'postmortem/resolve', incidentId: 999, cause: 'platform-fault', fixId: null, fixText: 'x', note: '' }, T0)).toMatchObject({ ok: false, error: 'not-found' });
    expect(await db.postmortems.count()).toBe(1);
  });
});

describe('the runbook (SOP) export', () => {
  const items = [
    postmortem(1, { timeToResolveMs: 10 * MINUTE }),
    postmortem(2, { timeToResolveMs: 30 * MINUTE, cause: 'account-authorisation', fixId: null, fixText: 'Re-entered the API key | rotated it' }),
    postmortem(3, { timeToResolveMs: 50 * MINUTE }),
    postmortem(4, { scenario: 'payment', platform: 'shopee', cause: 'configuration-rules', fixId: null, fixText: 'Fixed the payout account, token sk_live_abcdefghijklmnop1234', timeToResolveMs: 3 * 60 * MINUTE }),
  ];

  it('groups by scenario, most frequent first, with causes, fixes that worked, counts and the median time', () => {
    const groups = groupByScenario(items, 'en');
    expect(groups.map((group) => [group.scenario, group.postmortems.length])).toEqual([
      ['api-connection', 3],
      ['payment', 1],
    ]);
    expect(groups[0]!.causes).toEqual([
      ['third-party-tool', 2],
      ['account-authorisation', 1],
    ]);
    expect(groups[0]!.fixes[0]).toEqual([expect.stringMatching(/rate limit/i), 2]);
    expect(groups[0]!.medianMs).toBe(30 * MINUTE);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it('writes Markdown per scenario, redacted, table cells escaped, in the chosen language', () => {
    const markdown = buildSopMarkdown(items, 'en', T0 + 10 * 24 * 60 * MINUTE);
    expect(markdown).toMatch(/^# Seller SOS — my runbook/);
    expect(markdown).toContain('## API connection (3 incidents)');
    expect(markdown).toContain('## Payment (1 incidents)');
    expect(markdown).toContain('Median time to resolve: 30 min');
    expect(markdown).toContain('- Third-party tool conflict — 2');
    expect(markdown).toContain('Re-entered the API key \\| rotated it');
    expect(markdown).not.toContain('sk_live_abcdefghijklmnop1234');
    expect(markdown.indexOf('## API connection')).toBeLessThan(markdown.indexOf('## Payment'));
    const russian = buildSopMarkdown(items, 'ru', T0);
    expect(russian).toContain('## Подключение к API');
    expect(russian).toContain('Медиана времени решения: 30 мин');
    expect(buildSopMarkdown(items, 'zh_CN', T0)).toContain('## API 连接');
    expect(buildSopMarkdown([], 'en', T0)).toContain('No resolved incidents yet');
  });

  it('says durations as sellers do', () => {
    expect(formatDuration(25 * MINUTE, 'en')).toBe('25 min');
    expect(formatDuration(190 * MINUTE, 'en')).toBe('3 h 10 min');
    expect(formatDuration(52 * 60 * MINUTE, 'ru')).toBe('2 дн. 4 ч');
    expect(formatDuration(0, 'zh_CN')).toBe('1分钟');
  });
});
