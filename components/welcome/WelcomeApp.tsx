import { useBackOfficeAccess } from '@/lib/ui/use-back-office-access';
import { AlertTriangleIcon, CheckCircleIcon, KeyIcon, LockIcon } from '../icons';
import { useDocumentTitle, useT } from '../I18nProvider';
import { BackOfficeHosts } from './BackOfficeHosts';
import './welcome.css';

/**
 * First run, when the browser installed Seller SOS without access to the back-offices (Firefox's
 * Manifest V3 may): what Seller SOS does, what it reads, that nothing leaves the computer, and
 * the button that asks for access.
 */
export function WelcomeApp() {
  const { t } = useT();
  useDocumentTitle('welcomeTitle');
  const { access, requesting, request } = useBackOfficeAccess();
  const granted = access === 'granted';

  return (
    <div className="welcome">
      <header className="welcome__hero">
        <img className="welcome__logo" src="/icons/128.png" alt="" width={64} height={64} />
        <div>
          <h1 className="welcome__title">{t('welcomeTitle')}</h1>
          <p className="welcome__lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <main className="welcome__main">
        <section className="card welcome__section" aria-labelledby="welcome-what">
          <h2 id="welcome-what">{t('welcomeWhatHeading')}</h2>
          <ul className="welcome__points">
            <li>{t('welcomePointNotice')}</li>
            <li>{t('welcomePointEvidence')}</li>
            <li>{t('welcomePointTicket')}</li>
          </ul>
        </section>

        <section className={`card welcome__section welcome__access${granted ? ' welcome__access--granted' : ''}`} aria-labelledby="welcome-access">
          {granted ? (
            <div className="welcome__success" role="status">
              <span className="empty-state__icon">
                <CheckCircleIcon size={22} />
              </span>
              <div>
                <h2 id="welcome-access">{t('welcomeGrantedTitle')}</h2>
                <p>{t('welcomeGrantedText')}</p>
              </div>
            </div>
          ) : (
            <>
              <h2 id="welcome-access">
                <KeyIcon size={18} />
                {t('accessNeededTitle')}
              </h2>
              <p>{t('welcomeAccessText')}</p>
              {access === 'declined' ? (
                <p className="field__error" role="alert">
                  <AlertTriangleIcon size={14} />
                  {t('accessDeclined')}
                </p>
              ) : null}
              <div>
                <button type="button" className="button button--primary welcome__grant" onClick={request} disabled={requesting || access === 'checking'}>
                  {t('accessGrant')}
                </button>
              </div>
            </>
          )}
        </section>

        <section className="card welcome__section" aria-labelledby="welcome-sites">
          <h2 id="welcome-sites">{t('welcomeSitesHeading')}</h2>
          <p className="welcome__muted">{t('welcomeSitesText')}</p>
          <BackOfficeHosts />
        </section>

        <section className="card welcome__section" aria-labelledby="welcome-privacy">
          <h2 id="welcome-privacy">
            <LockIcon size={18} />
            {t('privacyHeading')}
          </h2>
          <p>{t('privacyText')}</p>
        </section>
      </main>
    </div>
  );
}
