import { useStorageHealth } from '@/lib/ui/use-storage-health';
import { AlertOctagonIcon } from './icons';
import { useT } from './I18nProvider';
import { Notice } from './Notice';

/**
 * The disk or the browser's storage is full: new faults are held in memory and evidence is kept
 * without its pictures until there is room. Nothing already kept is lost; the seller is asked to
 * free space. It goes away by itself once a write succeeds again.
 */
export function StorageFullNotice() {
  const { t } = useT();
  const health = useStorageHealth();
  if (!health) return null;
  return (
    <Notice tone="danger" className="storage-full-notice" icon={<AlertOctagonIcon size={18} />} titleId="storage-full-title" title={t('storageFullTitle')}>
      <p role="alert">{t(health.area === 'captures' ? 'storageFullCapturesText' : 'storageFullSignalsText')}</p>
      <p>{t('storageFullAdvice')}</p>
    </Notice>
  );
}
