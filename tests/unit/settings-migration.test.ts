import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, migrateSettings, repairSettings, saveSettings, SETTINGS_VERSION, SettingsError, settingsSchema } from '../../lib/settings';

/** Settings are versioned: older stored shapes migrate, junk falls back per field, bad input is refused and changes nothing. */

beforeEach(() => fakeBrowser.reset());

describe('settings migration', () => {
  it('a v1 shape (no version, numbers stored as text) plus junk becomes valid v2 settings, nothing thrown', () => {
    const v1 = {
      language: 'ru',
      spinnerTimeoutSeconds: '20',
      deadlineWarningHours: 'soon',
      detectionEnabled: 'yes',
      overlayPerSite: { 'seller.ozon.ru': 'hidden', 'BAD HOST': 'shown' },
      captureRetentionMb: 800,
      captureRetentionDays: -4,
      unknownOldField: 42,
    };
    const settings = repairSettings(v1);
    expect(settingsSchema.safeParse(settings).success).toBe(true);
    expect(settings).toMatchObject({
      version: SETTINGS_VERSION,
      language: 'ru',
      spinnerTimeoutSeconds: 20,
      deadlineWarningHours: DEFAULT_SETTINGS.deadlineWarningHours,
      detectionEnabled: DEFAULT_SETTINGS.detectionEnabled,
      overlayPerSite: {},
      captureRetentionMb: 800,
      captureRetentionDays: DEFAULT_SETTINGS.captureRetentionDays,
      shops: { ozon: [], shopee: [], amazon: [] },
      weeklyCheckReminder: false,
      backupReminderDays: 0,
    });
    expect(settings).not.toHaveProperty('unknownOldField');
  });

  it('anything at all reads as valid settings', () => {
    for (const stored of [undefined, null, 7, 'settings', [], [1, 2], { version: 'two' }, { version: 99, language: 'en' }, { shops: 'many' }, { shops: { ozon: [{ id: '!', name: '' }] } }]) {
      const settings = repairSettings(stored);
      expect(settingsSchema.safeParse(settings).success).toBe(true);
      expect(settings.version).toBe(SETTINGS_VERSION);
    }
    expect(repairSettings({ version: 99, language: 'en' }).language).toBe('en');
  });

  it('a bad shop loses only itself; the other shops stay', () => {
    const settings = repairSettings({
      version: 2,
      shops: { ozon: [{ id: '123456', name: 'Main' }, { id: 'bad id!', name: 'X' }, { id: '123456', name: 'Again' }], shopee: 'junk', amazon: [{ id: 'A2EUQ1WTGCTBG2', name: 'US' }] },
    });
    expect(settings.shops).toEqual({ ozon: [{ id: '123456', name: 'Main' }], shopee: [], amazon: [{ id: 'A2EUQ1WTGCTBG2', name: 'US' }] });
  });

  it('migration is a step per version and keeps the rest as it was', () => {
    expect(migrateSettings({ spinnerTimeoutSeconds: '30', language: 'zh_CN' })).toEqual({ spinnerTimeoutSeconds: 30, language: 'zh_CN', version: 2 });
    expect(migrateSettings({ version: 2, spinnerTimeoutSeconds: '30' })).toEqual({ version: 2, spinnerTimeoutSeconds: '30' });
  });

  it('a stored v1 object loads migrated; the next save writes the current version', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'en', spinnerTimeoutSeconds: 25 } });
    expect(await loadSettings()).toMatchObject({ version: 2, spinnerTimeoutSeconds: 25, shops: { ozon: [] } });
    await saveSettings({ weeklyCheckReminder: true });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ version: 2, spinnerTimeoutSeconds: 25, weeklyCheckReminder: true });
  });
});

describe('settings validation', () => {
  it('refuses bad values naming the field, and the stored value stays unchanged', async () => {
    await saveSettings({ spinnerTimeoutSeconds: 30, shops: { ozon: [{ id: '123456', name: 'Main' }], shopee: [], amazon: [] } });
    const before = (await fakeBrowser.storage.local.get('settings')).settings;
    const refused = async (change: Parameters<typeof saveSettings>[0], field: string) => {
      const error = await saveSettings(change).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(SettingsError);
      expect((error as Error).message).toMatch(new RegExp(`^${field}`));
      expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(before);
    };
    await refused({ spinnerTimeoutSeconds: 1 }, 'spinnerTimeoutSeconds');
    await refused({ deadlineWarningHours: Number.NaN }, 'deadlineWarningHours');
    await refused({ backupReminderDays: 3 }, 'backupReminderDays');
    await refused({ shops: { ozon: [{ id: 'no spaces!', name: 'X' }], shopee: [], amazon: [] } }, 'shops.ozon.0.id');
    await refused({ shops: { ozon: [{ id: '123456', name: '' }], shopee: [], amazon: [] } }, 'shops.ozon.0.name');
    await refused({ shops: { ozon: [{ id: '123456', name: 'A' }, { id: '123456', name: 'B' }], shopee: [], amazon: [] } }, 'shops.ozon');
  });

  it('accepts a good value and keeps it', async () => {
    await saveSettings({ shops: { ozon: [], shopee: [{ id: '880012345', name: 'SG store' }], amazon: [{ id: 'A2EUQ1WTGCTBG2', name: 'US' }] }, backupReminderDays: 14 });
    expect(await loadSettings()).toMatchObject({ backupReminderDays: 14, shops: { shopee: [{ id: '880012345', name: 'SG store' }], amazon: [{ id: 'A2EUQ1WTGCTBG2', name: 'US' }] } });
  });
});

describe('shops', () => {
  it('a shop id read on a page is named when the seller listed it (case-insensitive), else shown as is', async () => {
    const { shopLabel } = await import('../../lib/settings');
    const shops = { ozon: [{ id: '123456', name: 'Main' }], shopee: [], amazon: [{ id: 'A2EUQ1WTGCTBG2', name: 'US' }] };
    expect(shopLabel(shops, 'ozon', '123456')).toBe('Main (123456)');
    expect(shopLabel(shops, 'amazon', 'a2euq1wtgctbg2')).toBe('US (a2euq1wtgctbg2)');
    expect(shopLabel(shops, 'shopee', '123456')).toBe('123456');
    expect(shopLabel(undefined, 'ozon', '123456')).toBe('123456');
  });
});
