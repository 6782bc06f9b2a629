import type { AccessState } from '@/lib/ui/use-back-office-access';
import { CheckCircleIcon, KeyIcon } from './icons';
import { useT } from './I18nProvider';
import { Notice } from './Notice';

/**
 * Shown when Seller SOS may not read the back-offices (Firefox can install it without that
 * access, and any browser lets the seller withdraw it). The button asks the browser directly.
 */
export function AccessNotice({ access, requesting, onGrant }: { access: AccessState; requesting: boolean; onGrant: () => void }) {
  const { t } = useT();
  if (access !== 'missing' && access !== 'declined') return null;
  return (
    <Notice tone="danger" className="access-notice" icon={<KeyIcon size={18} />} titleId="access-notice-title" title={t('accessNeededTitle')}>
      <p>{t('accessNeededText')}</p>
      {access === 'declined' ? <p role="alert">{t('accessDeclined')}</p> : null}
      <div>
        <button type="button" className="button button--primary" onClick={onGrant} disabled={requesting}>
          {t('accessGrant')}
        </button>
      </div>
    </Notice>
  );
}

/** The quiet confirmation that access is in place. */
export function AccessGrantedLine({ access }: { access: AccessState }) {
  const { t } = useT();
  if (access !== 'granted') return null;
  return (
    <p className="status-line status-line--ok">
      <CheckCircleIcon size={14} />
      {t('accessGranted')}
    </p>
  );
}
