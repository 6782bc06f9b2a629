import { poll, type ExtensionHarness, type ExtPage } from '../support/harness.ts';
import { localeMessage } from '../support/locales.ts';
import { catchDownloads, caughtDownload } from './support/downloads.ts';
import { expect, test } from './support/fixtures.ts';

/**
 * Prevention and review end to end, in Chromium and Firefox: the options page refuses a bad
 * value with a message and keeps a good one across a reload; registering an authorisation
 * schedules its 30/7/1-day alarms in the browser; resolving an incident with a post-mortem in the
 * side panel makes the next matching incident show "last time"; the runbook downloads as Markdown.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Sets an input, select or textarea the way typing does, so React sees the change. */
function setValue(page: ExtPage, selector: string, value: string): Promise<void> {
  return page.evaluate(
    ({ selector, value }) => {
      const element = document.querySelector(selector) as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
      if (!element) throw new Error(`no ${selector}`);
      const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')!.set!.call(element, value);
      element.dispatchEvent(new Event('input', { bubbles: true }));
      element.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}

function storedSettings(ext: ExtensionHarness): Promise<Record<string, unknown>> {
  return ext.evalInExtension(async (api) => ((await api.storage.local.get('settings')).settings ?? {}) as Record<string, unknown>);
}

async function openOptions(ext: ExtensionHarness): Promise<ExtPage> {
  await ext.setSettings({ language: 'en' });
  const options = await ext.openExtensionPage('options.html');
  await options.waitForSelector('[data-authorisations-settings]');
  return options;
}

test.describe('prevention and review', () => {
  test('options: a bad value is refused with a message and changes nothing; a good one persists across a reload', async ({ ext }) => {
    const options = await openOptions(ext);
    const spinner = 'input[aria-describedby*="spinnerTimeoutSeconds"]';
    await options.waitForSelector(spinner);

    await setValue(options, spinner, '1');
    await options.click('.settings-form button[type="submit"]');
    await options.waitForText(localeMessage('en', 'optionsSpinnerError').replace('$1', '3').replace('$2', '300'));
    expect(await options.evaluate((selector) => document.querySelector(selector)?.getAttribute('aria-invalid'), spinner)).toBe('true');
    expect((await storedSettings(ext)).spinnerTimeoutSeconds).toBeUndefined();

    await setValue(options, spinner, '42');
    await options.click('.settings-form button[type="submit"]');
    await expect.poll(async () => (await storedSettings(ext)).spinnerTimeoutSeconds).toBe(42);

    // A shop id the back-office could never show is refused by name; a good one is listed.
    await setValue(options, '[data-control="shop-platform"]', 'shopee');
    await setValue(options, '[data-control="shop-id"]', 'no spaces!');
    await setValue(options, '[data-control="shop-name"]', 'SG store');
    await options.click('[data-action="add-shop"]');
    await options.waitForSelector('[data-error="shop-id"]');
    expect(await options.text('[data-error="shop-id"]')).toContain(localeMessage('en', 'shopIdError'));
    expect((await storedSettings(ext)).shops).toEqual({ ozon: [], shopee: [], amazon: [] });
    await setValue(options, '[data-control="shop-id"]', '880012345');
    await options.click('[data-action="add-shop"]');
    await options.waitForSelector('[data-shop="shopee:880012345"]');

    await options.reload();
    await options.waitForSelector('[data-shop="shopee:880012345"]');
    expect(await options.evaluate((selector) => (document.querySelector(selector) as HTMLInputElement).value, spinner)).toBe('42');
    expect(await storedSettings(ext)).toMatchObject({ version: 2, spinnerTimeoutSeconds: 42, shops: { shopee: [{ id: '880012345', name: 'SG store' }] } });
  });

  test('registering an authorisation schedules its 30, 7 and 1-day alarms; a bad one is refused', async ({ ext }) => {
    const options = await openOptions(ext);

    // Shopee with an empty name: refused by field, nothing stored.
    await setValue(options, '[data-control="auth-platform"]', 'shopee');
    await options.waitForSelector('[data-control="auth-period"]');
    await options.click('[data-action="add-authorisation"]');
    await options.waitForSelector('[data-error="label"]');
    expect(await ext.readDatabase('authorisations')).toEqual([]);

    // Amazon SP-API granted 100 days ago: expires in 265 days.
    const granted = new Date(Date.now() - 100 * DAY_MS);
    const grantedOn = `${granted.getFullYear()}-${String(granted.getMonth() + 1).padStart(2, '0')}-${String(granted.getDate()).padStart(2, '0')}`;
    await setValue(options, '[data-control="auth-platform"]', 'amazon');
    await setValue(options, '[data-control="auth-label"]', 'MyERP SP-API');
    await setValue(options, '[data-control="auth-granted"]', grantedOn);
    await options.click('[data-action="add-authorisation"]');
    const [stored] = await ext.waitForRows('authorisations');
    expect(stored).toMatchObject({ platform: 'amazon', kind: 'amazon-sp-api', label: 'MyERP SP-API' });
    const expected = new Date(granted.getFullYear(), granted.getMonth(), granted.getDate() + 365).getTime();
    expect(stored!.expiresAt).toBe(expected);
    await options.waitForSelector(`[data-authorisation-id="${stored!.id}"]`);

    const alarms = await poll(
      async () => (await ext.evalInExtension((api) => api.alarms.getAll())).filter((alarm) => alarm.name.startsWith(`reminder:auth:${stored!.id}:`)),
      (found) => found.length === 3,
      { message: 'three reminder alarms for the authorisation' },
    );
    expect(Object.fromEntries(alarms.map((alarm) => [alarm.name, Math.round(alarm.scheduledTime)]))).toEqual({
      [`reminder:auth:${stored!.id}:30`]: expected - 30 * DAY_MS,
      [`reminder:auth:${stored!.id}:7`]: expected - 7 * DAY_MS,
      [`reminder:auth:${stored!.id}:1`]: expected - DAY_MS,
    });

    // An Ozon key to review in 5 days: the 30- and 7-day reminders have passed, so only the
    // 1-day alarm is set, and the page shows the reminder as due whether or not notifications are allowed.
    const soon = new Date(Date.now() + 5 * DAY_MS);
    const soonOn = `${soon.getFullYear()}-${String(soon.getMonth() + 1).padStart(2, '0')}-${String(soon.getDate()).padStart(2, '0')}`;
    await setValue(options, '[data-control="auth-platform"]', 'ozon');
    await setValue(options, '[data-control="auth-label"]', 'Ozon Api-Key');
    await setValue(options, '[data-control="auth-expires"]', soonOn);
    await options.click('[data-action="add-authorisation"]');
    const [ozonKey] = await ext.waitForRows('authorisations', (row) => row.platform === 'ozon');
    await options.waitForSelector('[data-due-reminder="auth"]');
    expect(await options.text('[data-due-reminder="auth"]')).toContain('Ozon Api-Key');
    // The toolbar popup shows it too (no notification permission is needed for that).
    const popup = await ext.openExtensionPage('popup.html', { viewport: { width: 400, height: 900 } });
    await popup.waitForSelector('[data-due-reminder="auth"]');
    expect(await popup.text('[data-due-reminder="auth"]')).toContain('Ozon Api-Key');
    await popup.close();
    await expect
      .poll(async () => (await ext.evalInExtension((api) => api.alarms.getAll())).filter((alarm) => alarm.name.startsWith(`reminder:auth:${ozonKey!.id}:`)).map((alarm) => alarm.name))
      .toEqual([`reminder:auth:${ozonKey!.id}:1`]);

    // The weekly check: switched on, it is a week away.
    await options.click('[data-setting="weeklyCheckReminder"]');
    const weekly = await poll(
      async () => (await ext.evalInExtension((api) => api.alarms.get('reminder:weekly-check'))) ?? null,
      (alarm) => alarm !== null,
      { message: 'the weekly-check alarm' },
    );
    expect(weekly!.scheduledTime - Date.now()).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(weekly!.scheduledTime - Date.now()).toBeLessThanOrEqual(7 * DAY_MS);

    // Removing the authorisation clears its alarms.
    await options.click(`[data-authorisation-id="${stored!.id}"] button`);
    await expect
      .poll(async () => (await ext.evalInExtension((api) => api.alarms.getAll())).filter((alarm) => alarm.name.startsWith(`reminder:auth:${stored!.id}:`)).length)
      .toBe(0);
  });

  test('a post-mortem in the side panel; the next matching incident shows "last time"; the runbook has the scenario', async ({ ext }) => {
    await ext.setSettings({ language: 'en' });
    const url = 'https://seller.ozon.ru/app/postings/fbs?faults=api429';
    const first = await ext.newPage();
    await first.goto(url);
    await ext.waitForRows('signals', (signal) => signal.tabId === first.tabId && signal.kind === 'network-error');
    const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${first.tabId}`);
    await panel.waitForSelector('[data-incident-id]');
    await expect.poll(() => panel.evaluate(() => document.querySelector('.fix-list [data-fix-id]')?.getAttribute('data-fix-id') ?? null), { timeout: 15_000 }).toBe('rate-limit-ozon');
    const incidentId = Number(await panel.evaluate(() => document.querySelector('[data-incident-id]')?.getAttribute('data-incident-id')));

    await panel.click('[data-action="mark-resolved"]');
    await panel.waitForSelector('[data-form="postmortem"]');
    // The cause is required: saying nothing is refused with a message.
    await panel.click('[data-action="save-postmortem"]');
    await panel.waitForSelector('[data-error="cause"]');
    expect(await ext.readDatabase('postmortems')).toEqual([]);
    await panel.click('input[data-cause="third-party-tool"]');
    await setValue(panel, '[data-control="postmortem-fix"]', 'rate-limit-ozon');
    await setValue(panel, '[data-control="postmortem-note"]', 'ERP polled every second; slowed it to once a minute');
    await panel.click('[data-action="save-postmortem"]');
    const [postmortem] = await ext.waitForRows('postmortems');
    expect(postmortem).toMatchObject({ incidentId, platform: 'ozon', scenario: 'api-connection', cause: 'third-party-tool', fixId: 'rate-limit-ozon' });
    expect(postmortem!.fingerprints.length).toBeGreaterThan(0);
    await ext.waitForRows('incidents', (incident) => incident.id === incidentId && incident.status === 'resolved');
    await first.close();
    await panel.close();

    // The same fault again in another tab: a new incident, with last time's cause and fix above the fixes.
    const second = await ext.newPage();
    await second.goto(url);
    await ext.waitForRows('signals', (signal) => signal.tabId === second.tabId && signal.kind === 'network-error');
    const next = await ext.openExtensionPage(`sidepanel.html?tabId=${second.tabId}`);
    await next.waitForSelector('[data-last-time]', { timeoutMs: 15_000 });
    expect(Number(await next.evaluate(() => document.querySelector('[data-incident-id]')?.getAttribute('data-incident-id')))).not.toBe(incidentId);
    const card = await next.evaluate(() => {
      const element = document.querySelector('[data-last-time]') as HTMLElement;
      return { cause: element.dataset.cause, fix: element.dataset.lastFixId, matchedBy: element.dataset.matchedBy, text: element.innerText };
    });
    expect(card).toMatchObject({ cause: 'third-party-tool', fix: 'rate-limit-ozon', matchedBy: 'fingerprint' });
    expect(card.text).toContain('Third-party tool conflict');
    expect(card.text).toContain('ERP polled every second');
    // Above the generic fixes.
    expect(await next.evaluate(() => Boolean(document.querySelector('[data-last-time]')!.compareDocumentPosition(document.querySelector('.fixes')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);

    // The runbook: Markdown grouped by scenario, redacted.
    const options = await ext.openExtensionPage('options.html');
    await options.waitForSelector('[data-postmortem-count="1"]');
    await catchDownloads(options);
    await options.click('[data-action="download-runbook"]');
    const download = await caughtDownload(options, 'the runbook handed to the download link');
    const runbook = download.text();
    expect(download.name).toMatch(/^seller-sos-runbook-\d{4}-\d{2}-\d{2}\.md$/);
    expect(runbook).toContain('## API connection (1 incidents)');
    expect(runbook).toContain('- Third-party tool conflict — 1');
    expect(runbook).toContain('Ozon');
  });
});
