import { browser, type Browser } from 'wxt/browser';
import { createTranslator, type Translator } from '../i18n';
import { formatDay, platformName } from '../ui/format';
import { database } from '../db';
import { DAY_MS, type Authorisation } from '../reminders/authorisations';
import { hasNotificationPermission, REMINDER_PAGES } from '../reminders/notifications';
import { applyPlan, parseAlarmName, planReminders, reconcileState, type AlarmsApi, type ReminderRef } from '../reminders/schedule';
import { loadAuthorisations, loadReminderState, REMINDER_STATE_KEY, saveReminderState } from '../reminders/store';
import { loadSettings } from '../settings';

/**
 * Reminder alarms and notifications in the background. The alarms are recomputed from stored
 * data (authorisations, settings, reminder state) on install, on browser start and whenever any
 * of them changes, so none is lost to a restart. Call startReminders() in the background's first
 * turn: the alarm or notification click that woke the worker must find its listener.
 */


/** Recomputes every reminder alarm from what is stored now. */
export async function syncReminders(alarms: AlarmsApi = browser.alarms, now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const stored = await loadReminderState();
  const state = reconcileState(stored, settings, now);
  if (state.weeklyCheckAnchor !== stored.weeklyCheckAnchor || state.backupAnchor !== stored.backupAnchor) await saveReminderState(state);
  await applyPlan(alarms, planReminders({ now, authorisations: await loadAuthorisations(), settings, state }));
}

/** The notification of one reminder, in the seller's language; null when it no longer applies. */
export function reminderNotice(ref: ReminderRef, authorisation: Authorisation | undefined, t: Translator['t'], htmlLang: string, now: number): { title: string; message: string; page: string } | null {
  switch (ref.type) {
    case 'auth': {
      if (!authorisation) return null;
      const days = Math.max(1, Math.round((authorisation.expiresAt - now) / DAY_MS));
      return {
        title: t('reminderAuthTitle', platformName(authorisation.platform)),
        message: t('reminderAuthMessage', authorisation.label, days, formatDay(authorisation.expiresAt, htmlLang)),
        page: REMINDER_PAGES.authorisations,
      };
    }
    case 'weekly-check':
      return { title: t('reminderWeeklyTitle'), message: t('reminderWeeklyMessage'), page: REMINDER_PAGES.reminders };
    case 'backup':
      return { title: t('reminderBackupTitle'), message: t('reminderBackupMessage'), page: REMINDER_PAGES.backup };
  }
}

type NotificationsApi = typeof Browser.notifications;
function notificationsApi(): NotificationsApi | undefined {
  // The namespace exists only once the optional permission is granted.
  return (browser as unknown as { notifications?: NotificationsApi }).notifications;
}

async function notify(alarmName: string): Promise<void> {
  const ref = parseAlarmName(alarmName);
  const notifications = notificationsApi();
  // Without the permission the popup and options page show the reminder instead (dueReminders).
  if (!ref || !notifications || !(await hasNotificationPermission())) return;
  const authorisation = ref.type === 'auth' ? await database().authorisations.get(ref.id) : undefined;
  const settings = await loadSettings();
  const translator = await createTranslator(settings.language);
  const notice = reminderNotice(ref, authorisation, translator.t, translator.htmlLang, Date.now());
  if (!notice) return;
  listenForClicks(notifications);
  await notifications.create(alarmName, { type: 'basic', iconUrl: browser.runtime.getURL('/icons/128.png'), title: notice.title, message: notice.message });
}

let clicksWired = false;
function listenForClicks(notifications: NotificationsApi): void {
  if (clicksWired) return;
  clicksWired = true;
  notifications.onClicked.addListener((id: string) => {
    const ref = parseAlarmName(id);
    if (!ref) return;
    const page = ref.type === 'auth' ? REMINDER_PAGES.authorisations : ref.type === 'backup' ? REMINDER_PAGES.backup : REMINDER_PAGES.reminders;
    void browser.tabs.create({ url: browser.runtime.getURL(page as '/options.html') });
    void notifications.clear(id);
  });
}

export function startReminders(): void {
  const resync = () =>
    void syncReminders().catch((error: unknown) => {
      console.warn('Seller SOS: could not schedule the reminders:', error);
    });
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (changes.settings || changes[REMINDER_STATE_KEY])) resync();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (!parseAlarmName(alarm.name)) return;
    void notify(alarm.name)
      .catch((error: unknown) => console.warn('Seller SOS: could not show a reminder:', error))
      // A recurring reminder's next alarm (daily until done) comes from the plan.
      .finally(resync);
  });
  const notifications = notificationsApi();
  if (notifications) listenForClicks(notifications);
  browser.permissions.onAdded.addListener(() => {
    const granted = notificationsApi();
    if (granted) listenForClicks(granted);
  });
}
