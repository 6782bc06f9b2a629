import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handlePreventionMessage } from '../../lib/background/prevention';
import { reminderNotice, syncReminders } from '../../lib/background/reminders';
import { database } from '../../lib/db';
import { resolveMessage, translatorFromMessages } from '../../lib/i18n';
import { checkAuthorisation, DAY_MS, parseDay, type Authorisation } from '../../lib/reminders/authorisations';
import {
  applyPlan,
  authorisationAlarm,
  BACKUP_ALARM,
  dueReminders,
  parseAlarmName,
  planReminders,
  reconcileState,
  WEEKLY_CHECK_ALARM,
  WEEK_MS,
  type AlarmsApi,
} from '../../lib/reminders/schedule';
import { loadReminderState, markBackupDone, markWeeklyCheckDone, REMINDER_STATE_KEY } from '../../lib/reminders/store';
import { saveSettings } from '../../lib/settings';
import en from '../../public/_locales/en/messages.json';

/**
 * Reminder scheduling with fake timers and a fake `browser.alarms`: the 30/7/1-day schedule
 * before an authorisation lapses, the weekly check and the backup reminder (daily once overdue),
 * dates already past, and the alarms recomputed from stored data after a browser restart.
 */

const MAX_TIMEOUT = 2 ** 31 - 1;

/** A stand-in for browser.alarms that really fires, on the fake clock. */
class FakeAlarms implements AlarmsApi {
  readonly fired: { name: string; at: number }[] = [];
  readonly #alarms = new Map<string, { scheduledTime: number; timer: ReturnType<typeof setTimeout> }>();
  create(name: string, { when }: { when: number }): void {
    const existing = this.#alarms.get(name);
    if (existing) clearTimeout(existing.timer);
    // setTimeout cannot wait more than 2^31−1 ms (~24.8 days): wait in steps, as a browser's alarm does not care.
    const arm = () => {
      const wait = when - Date.now();
      const timer =
        wait > MAX_TIMEOUT
          ? setTimeout(arm, MAX_TIMEOUT)
          : setTimeout(() => {
              this.#alarms.delete(name);
              this.fired.push({ name, at: Date.now() });
            }, Math.max(0, wait));
      this.#alarms.set(name, { scheduledTime: when, timer });
    };
    arm();
  }
  async clear(name: string): Promise<boolean> {
    const existing = this.#alarms.get(name);
    if (existing) clearTimeout(existing.timer);
    return this.#alarms.delete(name);
  }
  async getAll(): Promise<Array<{ name: string; scheduledTime: number }>> {
    return [...this.#alarms].map(([name, { scheduledTime }]) => ({ name, scheduledTime }));
  }
  /** What a browser restart leaves when it does not keep alarms. */
  forgetAll(): void {
    for (const { timer } of this.#alarms.values()) clearTimeout(timer);
    this.#alarms.clear();
  }
}

const START = new Date(2026, 10, 22, 9, 0, 0).getTime();
const OFF = { weeklyCheckReminder: false, backupReminderDays: 0 };
const NO_STATE = { weeklyCheckAnchor: null, backupAnchor: null };

function authorisation(id: number, expiresAt: number): Authorisation {
  return { id, platform: 'amazon', kind: 'amazon-sp-api', label: `App ${id}`, grantedAt: expiresAt - 365 * DAY_MS, expiresAt, createdAt: START };
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(START);
  fakeBrowser.reset();
  await database().authorisations.clear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('authorisation lifetimes', () => {
  it('Amazon SP-API lapses 365 days after it was granted; Shopee after the chosen period', () => {
    const amazon = checkAuthorisation({ platform: 'amazon', kind: 'amazon-sp-api', label: 'MyERP', grantedOn: '2026-03-01' }, START);
    expect(amazon.ok && amazon.authorisation.expiresAt).toBe(parseDay('2027-03-01'));
    const shopee = checkAuthorisation({ platform: 'shopee', kind: 'shopee-open-platform', label: 'Repricer', grantedOn: '2026-11-01', periodDays: 90 }, START);
    expect(shopee.ok && shopee.authorisation.expiresAt).toBe(parseDay('2027-01-30'));
    const ozon = checkAuthorisation({ platform: 'ozon', kind: 'ozon-api-key', label: 'Key', expiresOn: '2027-05-01' }, START);
    expect(ozon.ok && ozon.authorisation.expiresAt).toBe(parseDay('2027-05-01'));
  });

  it('refuses bad entries field by field, with a reason for each', () => {
    expect(checkAuthorisation({ platform: 'shopee', kind: 'shopee-open-platform', label: ' ', grantedOn: '2026-11-01', periodDays: 45 }, START)).toEqual({ ok: false, fields: { label: 'label' } });
    expect(checkAuthorisation({ platform: 'shopee', kind: 'shopee-open-platform', label: 'A', grantedOn: '2026-11-01', periodDays: 45 }, START)).toEqual({ ok: false, fields: { periodDays: 'period' } });
    expect(checkAuthorisation({ platform: 'amazon', kind: 'amazon-sp-api', label: 'A', grantedOn: '2027-01-01' }, START)).toEqual({ ok: false, fields: { grantedOn: 'future' } });
    expect(checkAuthorisation({ platform: 'amazon', kind: 'amazon-sp-api', label: 'A', grantedOn: '2026-02-30' }, START)).toEqual({ ok: false, fields: { grantedOn: 'date' } });
    expect(checkAuthorisation({ platform: 'amazon', kind: 'amazon-sp-api', label: 'A' }, START)).toEqual({ ok: false, fields: { grantedOn: 'required' } });
    expect(checkAuthorisation({ platform: 'ozon', kind: 'amazon-sp-api', label: 'A', grantedOn: '2026-01-01' }, START)).toEqual({ ok: false, fields: { kind: 'kind' } });
    expect(checkAuthorisation({ platform: 'ozon', kind: 'custom', label: 'A', expiresOn: '2046-01-01' }, START)).toEqual({ ok: false, fields: { expiresOn: 'too-far' } });
  });
});

describe('scheduling with fake timers', () => {
  it('fires 30, 7 and 1 days before the expiry, in that order, at those times', async () => {
    const expiresAt = START + 100 * DAY_MS;
    const alarms = new FakeAlarms();
    await applyPlan(alarms, planReminders({ now: START, authorisations: [authorisation(4, expiresAt)], settings: OFF, state: NO_STATE }));
    expect((await alarms.getAll()).map((alarm) => alarm.name).sort()).toEqual([authorisationAlarm(4, 1), authorisationAlarm(4, 30), authorisationAlarm(4, 7)].sort());

    await vi.advanceTimersByTimeAsync(70 * DAY_MS - 1);
    expect(alarms.fired).toEqual([]);
    await vi.advanceTimersByTimeAsync(30 * DAY_MS);
    expect(alarms.fired).toEqual([
      { name: authorisationAlarm(4, 30), at: expiresAt - 30 * DAY_MS },
      { name: authorisationAlarm(4, 7), at: expiresAt - 7 * DAY_MS },
      { name: authorisationAlarm(4, 1), at: expiresAt - DAY_MS },
    ]);
  });

  it('past-due dates: offsets already passed get no alarm; an expired authorisation none; both show as due', () => {
    const soon = authorisation(1, START + 5 * DAY_MS);
    const expired = authorisation(2, START - DAY_MS);
    const far = authorisation(3, START + 200 * DAY_MS);
    const plan = planReminders({ now: START, authorisations: [soon, expired, far], settings: OFF, state: NO_STATE });
    expect(plan.map((alarm) => alarm.name)).toEqual([authorisationAlarm(1, 1), authorisationAlarm(3, 30), authorisationAlarm(3, 7), authorisationAlarm(3, 1)]);
    const due = dueReminders({ now: START, authorisations: [far, soon, expired], settings: OFF, state: NO_STATE });
    expect(due).toEqual([
      { type: 'auth', authorisation: expired, daysLeft: 0, expired: true },
      { type: 'auth', authorisation: soon, daysLeft: 5, expired: false },
    ]);
  });

  it('weekly check: a week after it was switched on, then daily until done, then a week after done', async () => {
    const alarms = new FakeAlarms();
    const settings = { weeklyCheckReminder: true, backupReminderDays: 0 };
    let state = reconcileState(NO_STATE, settings, Date.now());
    expect(state.weeklyCheckAnchor).toBe(START);
    const resync = () => applyPlan(alarms, planReminders({ now: Date.now(), authorisations: [], settings, state }));
    await resync();
    expect(await alarms.getAll()).toEqual([{ name: WEEKLY_CHECK_ALARM, scheduledTime: START + WEEK_MS }]);

    await vi.advanceTimersByTimeAsync(WEEK_MS);
    expect(alarms.fired).toEqual([{ name: WEEKLY_CHECK_ALARM, at: START + WEEK_MS }]);
    expect(dueReminders({ now: Date.now(), authorisations: [], settings, state }).map((due) => due.type)).toEqual(['weekly-check']);
    // Not done yet: the next alarm is a day later (the background resyncs after each alarm).
    await resync();
    expect(await alarms.getAll()).toEqual([{ name: WEEKLY_CHECK_ALARM, scheduledTime: START + WEEK_MS + DAY_MS }]);

    await vi.advanceTimersByTimeAsync(3 * 60 * 60 * 1000);
    state = { ...state, weeklyCheckAnchor: Date.now() };
    await resync();
    expect(await alarms.getAll()).toEqual([{ name: WEEKLY_CHECK_ALARM, scheduledTime: Date.now() + WEEK_MS }]);
    expect(dueReminders({ now: Date.now(), authorisations: [], settings, state })).toEqual([]);

    // Switched off: the alarm goes, and the anchor is forgotten.
    const off = { weeklyCheckReminder: false, backupReminderDays: 0 };
    state = reconcileState(state, off, Date.now());
    await applyPlan(alarms, planReminders({ now: Date.now(), authorisations: [], settings: off, state }));
    expect(await alarms.getAll()).toEqual([]);
    expect(state.weeklyCheckAnchor).toBeNull();
  });

  it('backup reminder: every N days from the last export', async () => {
    const alarms = new FakeAlarms();
    const settings = { weeklyCheckReminder: false, backupReminderDays: 14 };
    const state = reconcileState(NO_STATE, settings, START);
    await applyPlan(alarms, planReminders({ now: START, authorisations: [], settings, state }));
    expect(await alarms.getAll()).toEqual([{ name: BACKUP_ALARM, scheduledTime: START + 14 * DAY_MS }]);
    await vi.advanceTimersByTimeAsync(14 * DAY_MS);
    expect(alarms.fired.map((fired) => fired.name)).toEqual([BACKUP_ALARM]);
    expect(dueReminders({ now: Date.now(), authorisations: [], settings, state }).map((due) => due.type)).toEqual(['backup']);
  });

  it('recomputing an unchanged plan creates nothing; leaves alarms that are not reminders alone', async () => {
    const alarms = new FakeAlarms();
    alarms.create('capture-retry', { when: START + 60_000 });
    const plan = planReminders({ now: START, authorisations: [authorisation(9, START + 60 * DAY_MS)], settings: OFF, state: NO_STATE });
    expect((await applyPlan(alarms, plan)).created).toHaveLength(3);
    expect(await applyPlan(alarms, plan)).toEqual({ created: [], cleared: [] });
    expect((await applyPlan(alarms, [])).cleared).toHaveLength(3);
    expect((await alarms.getAll()).map((alarm) => alarm.name)).toEqual(['capture-retry']);
  });
});

describe('stored reminders survive a restart', () => {
  it('registering through the background schedules the alarms; after a restart they are recomputed from storage and the database', async () => {
    const answer = await handlePreventionMessage({ type: 'authorisations/add', input: { platform: 'amazon', kind: 'amazon-sp-api', label: 'MyERP', grantedOn: '2026-01-10' } }, database(), START);
    expect(answer).toMatchObject({ ok: true });
    const id = (answer as { id: number }).id;
    await saveSettings({ weeklyCheckReminder: true, backupReminderDays: 7 });

    const alarms = new FakeAlarms();
    await syncReminders(alarms, START);
    const before = (await alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name));
    const expiresAt = parseDay('2027-01-10');
    expect(before).toEqual(
      [
        { name: authorisationAlarm(id, 1), scheduledTime: expiresAt - DAY_MS },
        { name: authorisationAlarm(id, 30), scheduledTime: expiresAt - 30 * DAY_MS },
        { name: authorisationAlarm(id, 7), scheduledTime: expiresAt - 7 * DAY_MS },
        { name: BACKUP_ALARM, scheduledTime: START + 7 * DAY_MS },
        { name: WEEKLY_CHECK_ALARM, scheduledTime: START + WEEK_MS },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );
    // The anchors were stored, so a restart an hour later plans the very same times.
    expect(await loadReminderState()).toEqual({ weeklyCheckAnchor: START, backupAnchor: START });

    vi.setSystemTime(START + 60 * 60 * 1000);
    alarms.forgetAll();
    await syncReminders(alarms, Date.now());
    expect((await alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name))).toEqual(before);

    // Done marks move the recurring ones; deleting the authorisation clears its alarms.
    await markWeeklyCheckDone(START + 2 * DAY_MS);
    await markBackupDone(START + 3 * DAY_MS);
    await handlePreventionMessage({ type: 'authorisations/delete', id }, database(), START);
    await syncReminders(alarms, Date.now());
    expect((await alarms.getAll()).sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: BACKUP_ALARM, scheduledTime: START + 10 * DAY_MS },
      { name: WEEKLY_CHECK_ALARM, scheduledTime: START + 2 * DAY_MS + WEEK_MS },
    ]);
  });

  it('junk in the stored reminder state is ignored, not thrown', async () => {
    await fakeBrowser.storage.local.set({ [REMINDER_STATE_KEY]: { weeklyCheckAnchor: 'soon', backupAnchor: { x: 1 } } });
    expect(await loadReminderState()).toEqual(NO_STATE);
    const alarms = new FakeAlarms();
    await expect(syncReminders(alarms, START)).resolves.toBeUndefined();
  });

  it('refuses a bad authorisation through the background and stores nothing', async () => {
    const answer = await handlePreventionMessage({ type: 'authorisations/add', input: { platform: 'shopee', kind: 'shopee-open-platform', label: 'X', grantedOn: '2026-11-01', periodDays: 12 } }, database(), START);
    expect(answer).toEqual({ ok: false, fields: { periodDays: 'period' } });
    expect(await database().authorisations.count()).toBe(0);
  });
});

describe('notifications', () => {
  const t = translatorFromMessages('en', en as never).t;
  it('alarm names read back to the reminder they are', () => {
    expect(parseAlarmName(authorisationAlarm(12, 7))).toEqual({ type: 'auth', id: 12, offsetDays: 7 });
    expect(parseAlarmName(WEEKLY_CHECK_ALARM)).toEqual({ type: 'weekly-check' });
    expect(parseAlarmName('capture-retry')).toBeNull();
  });
  it('say which authorisation, how many days, and open the right page', () => {
    const notice = reminderNotice({ type: 'auth', id: 1, offsetDays: 7 }, authorisation(1, START + 7 * DAY_MS), t, 'en', START);
    expect(notice?.title).toBe('Amazon authorisation expires soon');
    expect(notice?.message).toContain('“App 1” expires in 7 days');
    expect(notice?.page).toBe('/options.html#authorisations');
    expect(reminderNotice({ type: 'backup' }, undefined, t, 'en', START)?.page).toBe('/options.html#evidence');
    expect(reminderNotice({ type: 'auth', id: 1, offsetDays: 7 }, undefined, t, 'en', START)).toBeNull();
  });
});

describe('the background: alarms become notifications, a click opens the page, a restart recomputes', () => {
  beforeEach(() => {
    vi.useRealTimers();
    // The browser's own translator, in English (language setting 'auto').
    (fakeBrowser.i18n as unknown as { getMessage: (key: string, substitutions?: string[]) => string }).getMessage = (key, substitutions = []) => resolveMessage(en as never, key, substitutions) ?? '';
  });

  it('with the permission: a notification per alarm, and its click opens the options page at the reminder', async () => {
    const { startReminders } = await import('../../lib/background/reminders');
    (fakeBrowser.permissions as unknown as { contains: () => Promise<boolean> }).contains = async () => true;
    (fakeBrowser.permissions as unknown as { onAdded: { addListener: () => void } }).onAdded = { addListener: () => undefined };
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const added = await handlePreventionMessage({ type: 'authorisations/add', input: { platform: 'amazon', kind: 'amazon-sp-api', label: 'MyERP', grantedOn: '2026-01-10' } }, database(), Date.now());
    const id = (added as { id: number }).id;
    startReminders();

    // Browser start: the alarms come back from the database and storage alone.
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.getAll()).map((alarm) => alarm.name).filter((name) => name.startsWith(`reminder:auth:${id}:`))).toHaveLength(3));

    await fakeBrowser.alarms.onAlarm.trigger({ name: authorisationAlarm(id, 7), scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(() => expect(Object.keys(fakeBrowser.notifications.getAllCreateOptions())).toEqual([authorisationAlarm(id, 7)]));
    expect(fakeBrowser.notifications.getAllCreateOptions()[authorisationAlarm(id, 7)]).toMatchObject({
      type: 'basic',
      iconUrl: expect.stringContaining('icons/128.png'),
      title: 'Amazon authorisation expires soon',
      message: expect.stringContaining('“MyERP” expires in'),
    });

    await fakeBrowser.notifications.onClicked.trigger(authorisationAlarm(id, 7));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#authorisations$/) });
    await vi.waitFor(() => expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({}));

    // Not a reminder of ours: ignored.
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'capture-retry', scheduledTime: Date.now(), persistAcrossSessions: true });
    await fakeBrowser.notifications.onClicked.trigger('someone-else');
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('without the permission: no notification (the popup and options page show it instead)', async () => {
    const { startReminders } = await import('../../lib/background/reminders');
    (fakeBrowser.permissions as unknown as { contains: () => Promise<boolean> }).contains = async () => false;
    (fakeBrowser.permissions as unknown as { onAdded: { addListener: () => void } }).onAdded = { addListener: () => undefined };
    await saveSettings({ weeklyCheckReminder: true });
    const permission = vi.spyOn(fakeBrowser.permissions as unknown as { contains: () => Promise<boolean> }, 'contains');
    startReminders();
    await fakeBrowser.alarms.onAlarm.trigger({ name: WEEKLY_CHECK_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    // The resync that follows every alarm runs after the notification step: wait for it.
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(WEEKLY_CHECK_ALARM)).toBeTruthy());
    expect(permission).toHaveBeenCalled();
    expect(fakeBrowser.notifications.getAllCreateOptions()).toEqual({});
  });
});
