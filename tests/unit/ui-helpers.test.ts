import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFirstRun } from '../../lib/background/first-run';
import { translatorFromMessages } from '../../lib/i18n';
import { backOfficeAccess, openWelcomeIfAccessMissing } from '../../lib/permissions';
import { backOfficeMatchPatterns } from '../../lib/rules/catalog';
import { DEFAULT_SETTINGS, saveSettings, SettingsError } from '../../lib/settings';
import type { Signal } from '../../lib/signals';
import { formatSeenAt, regionLabel } from '../../lib/ui/format';
import { changeFromDraft, draftFromSettings, refusedFields } from '../../lib/ui/settings-form';
import { selectedTabId, useSidePanelStore } from '../../lib/ui/sidepanel-store';
import { faultTone, highestOpenSeverity, signalsRevision } from '../../lib/ui/tab-signals';
import { fetchTabState } from '../../lib/ui/tab-state';
import { tabIdFromQuery } from '../../lib/ui/target-tab';

/** The logic behind the popup, side panel, options and welcome pages (no rendering). */

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

let nextId = 1;
function signal(extra: Partial<Signal> = {}): Signal {
  const id = nextId++;
  return {
    id,
    kind: 'banner',
    severity: 'error',
    message: `fault ${id}`,
    fingerprint: `banner:${id}`,
    url: 'https://seller.ozon.ru/app',
    count: 1,
    details: {},
    incidentId: 1,
    tabId: 7,
    pageId: 'p1',
    platform: 'ozon',
    host: 'seller.ozon.ru',
    firstAt: 1_000,
    lastAt: 1_000,
    clearedAt: null,
    ...extra,
  };
}

describe('options: a refused value', () => {
  it('names the refused field, and the other values are left as typed', async () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), spinnerTimeoutSeconds: '1', deadlineWarningHours: '6', language: 'ru' as const };
    const error = await saveSettings(changeFromDraft(draft)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SettingsError);
    expect(refusedFields((error as SettingsError).message)).toEqual({ fields: ['spinnerTimeoutSeconds'], other: [] });
    // Nothing was stored: the stored settings are still the defaults.
    expect((await fakeBrowser.storage.local.get('settings')).settings).toBeUndefined();
    expect(draft).toMatchObject({ deadlineWarningHours: '6', language: 'ru' });
  });

  it('an empty number field is refused by name, not saved as 0', async () => {
    const draft = { ...draftFromSettings(DEFAULT_SETTINGS), deadlineWarningHours: '  ' };
    const error = (await saveSettings(changeFromDraft(draft)).catch((caught: unknown) => caught)) as SettingsError;
    expect(refusedFields(error.message).fields).toEqual(['deadlineWarningHours']);
  });

  it('good values are saved and read back', async () => {
    const saved = await saveSettings(changeFromDraft({ language: 'zh_CN', spinnerTimeoutSeconds: '20', deadlineWarningHours: '2,5', detectionEnabled: false }));
    expect(saved).toMatchObject({ language: 'zh_CN', spinnerTimeoutSeconds: 20, deadlineWarningHours: 2.5, detectionEnabled: false });
  });

  it('fields the form does not edit are reported apart', () => {
    expect(refusedFields('captureRetentionMb: Too small; spinnerTimeoutSeconds: Too big')).toEqual({ fields: ['spinnerTimeoutSeconds'], other: ['captureRetentionMb'] });
  });
});

describe('popup and side panel: signals', () => {
  it('the status colour is green without open faults, red for errors, amber otherwise', () => {
    expect(faultTone(0, 'critical')).toBe('clear');
    expect(faultTone(2, 'error')).toBe('danger');
    expect(faultTone(1, 'warning')).toBe('warning');
    expect(faultTone(1, null)).toBe('warning');
  });

  it('cleared signals do not count towards the highest severity', () => {
    expect(highestOpenSeverity([signal({ severity: 'critical', clearedAt: 5 }), signal({ severity: 'warning' })])).toBe('warning');
    expect(highestOpenSeverity([signal({ clearedAt: 5 })])).toBeNull();
  });

  it('the refresh key changes when a signal repeats or clears', () => {
    const first = signal();
    const before = signalsRevision({ status: 'ready', signals: [first] });
    expect(signalsRevision({ status: 'ready', signals: [{ ...first, count: 2 }] })).not.toBe(before);
    expect(signalsRevision({ status: 'ready', signals: [{ ...first, clearedAt: 2_000 }] })).not.toBe(before);
    expect(signalsRevision({ status: 'ready', signals: [first] })).toBe(before);
  });
});

describe('side panel store', () => {
  it('a pinned tab wins over the active one', () => {
    const store = useSidePanelStore.getState();
    store.setActiveTab(3);
    store.setActiveTab(4);
    expect(selectedTabId(useSidePanelStore.getState())).toBe(4);
    store.pinTab(9);
    expect(selectedTabId(useSidePanelStore.getState())).toBe(9);
    store.pinTab(null);
    expect(selectedTabId(useSidePanelStore.getState())).toBe(4);
  });
});

describe('tab state from the background', () => {
  const answer = (value: unknown) => vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(value as never);
  const valid = { tabId: 5, platform: 'shopee', host: 'banhang.shopee.vn', region: 'VN', openFaults: 2, incidentId: 11 };

  it('accepts a valid answer', async () => {
    answer(valid);
    await expect(fetchTabState(5)).resolves.toEqual({ status: 'ready', state: valid });
  });

  it('says "not available" for no answer, a malformed answer or another tab', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(fetchTabState(5)).resolves.toEqual({ status: 'unavailable', reason: 'no-answer' });
    answer(undefined);
    await expect(fetchTabState(5)).resolves.toEqual({ status: 'unavailable', reason: 'no-answer' });
    answer({ ...valid, openFaults: 'many' });
    await expect(fetchTabState(5)).resolves.toEqual({ status: 'unavailable', reason: 'invalid-answer' });
    answer({ ...valid, tabId: 6 });
    await expect(fetchTabState(5)).resolves.toEqual({ status: 'unavailable', reason: 'invalid-answer' });
  });

  it('reads ?tabId= and ignores anything that is not a tab id', () => {
    expect(tabIdFromQuery('?tabId=42')).toBe(42);
    expect(tabIdFromQuery('?tabId=-1')).toBeNull();
    expect(tabIdFromQuery('?tabId=4e2')).toBeNull();
    expect(tabIdFromQuery('')).toBeNull();
  });
});

describe('formatting', () => {
  const en = translatorFromMessages('en', { regionCrossBorder: { message: '$1 cross-border' } });

  it('says "now", then minutes and hours ago, then the clock time', () => {
    const now = new Date(2026, 0, 15, 18, 0).getTime();
    expect(formatSeenAt(now - 10_000, now, 'en')).toBe('now');
    expect(formatSeenAt(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatSeenAt(now - 2 * 3_600_000, now, 'ru')).toBe('2 часа назад');
    expect(formatSeenAt(new Date(2026, 0, 15, 9, 5).getTime(), now, 'ru')).toBe('09:05');
  });

  it('spells out cross-border centres', () => {
    expect(regionLabel('CN-cross-border', en)).toBe('CN cross-border');
    expect(regionLabel('VN', en)).toBe('VN');
  });
});

describe('first run', () => {
  it('asks for exactly the manifest host permissions', () => {
    expect(backOfficeAccess()).toEqual({ origins: backOfficeMatchPatterns() });
  });

  it('opens the welcome page on install when access is missing, and not when it is granted', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const contains = vi.fn(async () => false);
    (fakeBrowser.permissions as unknown as { contains: typeof contains }).contains = contains;
    await expect(openWelcomeIfAccessMissing()).resolves.toBe(true);
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/welcome\.html$/) });

    contains.mockResolvedValue(true);
    create.mockClear();
    await expect(openWelcomeIfAccessMissing()).resolves.toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('registerFirstRun reacts to install only', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    (fakeBrowser.permissions as unknown as { contains: () => Promise<boolean> }).contains = async () => false;
    registerFirstRun();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.1' });
    await vi.waitFor(() => expect(create).not.toHaveBeenCalled());
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(() => expect(create).toHaveBeenCalledTimes(1));
  });
});
