import { browser } from 'wxt/browser';
import { REMINDER_PAGES } from '@/lib/reminders/notifications';
import type { DueReminder } from '@/lib/reminders/schedule';
import { markWeeklyCheckDone } from '@/lib/reminders/store';
import { formatDay, platformName } from '@/lib/ui/format';
import { ClockIcon } from './icons';
import { useT } from './I18nProvider';
import { Notice } from './Notice';


/**
 * Reminders that are due, shown whether or not the seller allowed notifications: the popup and
 * the options page both show this. `onOptionsPage` links within the page instead of opening it.
 */
export function RemindersNotice({ due, onOptionsPage = false, onNavigate }: { due: DueReminder[]; onOptionsPage?: boolean; onNavigate?: () => void }) {
  const translator = useT();
  const { t } = translator;
  if (!due.length) return null;
  const open = (page: string) => {
    if (onOptionsPage) {
      location.hash = page.split('#')[1] ?? '';
      return;
    }
    void browser.tabs.create({ url: browser.runtime.getURL(page as '/options.html') }).then(onNavigate);
  };
  return (
    <Notice tone="warning" icon={<ClockIcon size={18} />} titleId="reminders-due-heading" title={t('remindersDueTitle')} className="reminders-due">
      <ul className="reminders-due__list">
        {due.map((reminder) => (
          <li key={reminder.type === 'auth' ? `auth-${reminder.authorisation.id}` : reminder.type} data-due-reminder={reminder.type}>
            {reminder.type === 'auth' ? (
              <>
                <span>
                  {reminder.expired
                    ? t('reminderDueAuthExpired', platformName(reminder.authorisation.platform), reminder.authorisation.label, formatDay(reminder.authorisation.expiresAt, translator.htmlLang))
                    : t('reminderDueAuth', platformName(reminder.authorisation.platform), reminder.authorisation.label, reminder.daysLeft, formatDay(reminder.authorisation.expiresAt, translator.htmlLang))}
                </span>{' '}
                <button type="button" className="button button--quiet button--small" onClick={() => open(REMINDER_PAGES.authorisations)}>
                  {t('reminderOpen')}
                </button>
              </>
            ) : reminder.type === 'weekly-check' ? (
              <>
                <span>{t('reminderDueWeekly')}</span>{' '}
                <button type="button" className="button button--quiet button--small" data-action="weekly-check-done" onClick={() => void markWeeklyCheckDone()}>
                  {t('reminderDone')}
                </button>
              </>
            ) : (
              <>
                <span>{t('reminderDueBackup')}</span>{' '}
                <button type="button" className="button button--quiet button--small" onClick={() => open(REMINDER_PAGES.backup)}>
                  {t('reminderOpen')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
