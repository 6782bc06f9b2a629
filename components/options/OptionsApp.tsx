import { useBackOfficeAccess } from '@/lib/ui/use-back-office-access';
import { useDueReminders } from '@/lib/ui/use-reminders';
import { useSettings } from '@/lib/ui/use-settings';
import { AccessGrantedLine, AccessNotice } from '../AccessNotice';
import { BrandHeader } from '../BrandHeader';
import { EvidenceSettings } from '../capture/EvidenceSettings';
import { LockIcon } from '../icons';
import { useDocumentTitle, useT } from '../I18nProvider';
import { RemindersNotice } from '../RemindersNotice';
import { AuthorisationsSettings } from './AuthorisationsSettings';
import { RemindersSettings } from './RemindersSettings';
import { RunbookSettings } from './RunbookSettings';
import { SettingsForm } from './SettingsForm';
import { ShopsSettings } from './ShopsSettings';
import './options.css';

/** The options page: language, detection thresholds, access to the back-offices, privacy. */
export function OptionsApp() {
  const { t } = useT();
  useDocumentTitle('optionsTitle');
  const settings = useSettings();
  const { access, requesting, request } = useBackOfficeAccess();
  const due = useDueReminders(settings);

  return (
    <div className="options">
      <BrandHeader title={t('optionsTitle')} subtitle={t('extName')} />
      <main className="options__main">
        <RemindersNotice due={due} onOptionsPage />
        {settings ? <SettingsForm stored={settings} /> : <p className="loading">{t('optionsLoading')}</p>}
        {settings ? <ShopsSettings stored={settings} /> : null}
        {settings ? <RemindersSettings stored={settings} /> : null}
        <AuthorisationsSettings />
        <RunbookSettings />
        {settings ? <EvidenceSettings stored={settings} /> : null}

        <section className="card settings-section" aria-labelledby="access-heading">
          <h2 className="settings-section__title" id="access-heading">
            {t('optionsAccessHeading')}
          </h2>
          <p className="field__hint">{t('optionsAccessText')}</p>
          <AccessNotice access={access} requesting={requesting} onGrant={request} />
          <AccessGrantedLine access={access} />
        </section>

        <section className="card settings-section settings-section--privacy" aria-labelledby="privacy-heading">
          <h2 className="settings-section__title" id="privacy-heading">
            <LockIcon size={16} />
            {t('privacyHeading')}
          </h2>
          <p>{t('privacyText')}</p>
        </section>
      </main>
    </div>
  );
}
