import { useEffect, useId, useState } from 'react';
import { onPermissionsChanged } from '@/lib/permissions';
import { hasNotificationPermission, requestNotificationPermission } from '@/lib/reminders/notifications';
import { WEEK_MS } from '@/lib/reminders/schedule';
import { BACKUP_REMINDER_DAYS, saveSettings, type Settings } from '@/lib/settings';
import { formatFullDate } from '@/lib/ui/format';
import { useReminderState } from '@/lib/ui/use-reminders';
import { useT } from '../I18nProvider';

/**
 * The weekly check (authorisations, sync logs, announcements — the guides' routine) and the
 * backup reminder. Switching either on asks for the optional `notifications` permission with
 * the reason shown; refused, the reminder still shows in the popup and at the top of this page.
 */
export function RemindersSettings({ stored }: { stored: Settings }) {
  const translator = useT();
  const { t } = translator;
  const ids = useId();
  const state = useReminderState();
  const [permission, setPermission] = useState<boolean | null>(null);
  const [declined, setDeclined] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    const recheck = () => void hasNotificationPermission().then((granted) => !controller.signal.aborted && setPermission(granted));
    recheck();
    onPermissionsChanged(recheck, controller.signal);
    return () => controller.abort();
  }, []);

  /** From the click, before any await: the browsers prompt only during a user gesture. */
  const askForNotifications = () => {
    if (permission) return;
    requestNotificationPermission().then(
      (granted) => {
        setPermission(granted);
        setDeclined(!granted);
      },
      () => setDeclined(true),
    );
  };

  const setWeekly = (on: boolean) => {
    if (on) askForNotifications();
    void saveSettings({ weeklyCheckReminder: on });
  };
  const setBackupDays = (days: number) => {
    if (days > 0) askForNotifications();
    void saveSettings({ backupReminderDays: days });
  };

  const nextWeekly = stored.weeklyCheckReminder && state?.weeklyCheckAnchor ? state.weeklyCheckAnchor + WEEK_MS : null;

  return (
    <section className="card settings-section" id="reminders" aria-labelledby={`${ids}-heading`} data-reminders-settings>
      <h2 className="settings-section__title" id={`${ids}-heading`}>
        {t('remindersHeading')}
      </h2>
      <div className="field">
        <label className="switch">
          <input type="checkbox" data-setting="weeklyCheckReminder" checked={stored.weeklyCheckReminder} onChange={(event) => setWeekly(event.target.checked)} />
          <span>
            <span className="field__label">{t('reminderWeeklyLabel')}</span>
            <span className="field__hint switch__hint">{t('reminderWeeklyHint')}</span>
          </span>
        </label>
        {nextWeekly ? <p className="field__hint">{t('reminderNext', formatFullDate(nextWeekly, translator.htmlLang))}</p> : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-backup`}>
          {t('reminderBackupLabel')}
        </label>
        <select id={`${ids}-backup`} className="select" data-setting="backupReminderDays" value={stored.backupReminderDays} onChange={(event) => setBackupDays(Number(event.target.value))}>
          {BACKUP_REMINDER_DAYS.map((days) => (
            <option key={days} value={days}>
              {days === 0 ? t('reminderBackupOff') : t('reminderBackupEvery', days)}
            </option>
          ))}
        </select>
      </div>
      <p className="field__hint" data-notifications={permission === null ? 'unknown' : permission ? 'granted' : 'missing'}>
        {permission ? t('notificationsGranted') : t('notificationsWhy')}
      </p>
      {declined ? <p className="field__error">{t('notificationsDenied')}</p> : null}
    </section>
  );
}
