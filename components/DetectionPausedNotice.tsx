import { browser } from 'wxt/browser';
import { PauseIcon } from './icons';
import { useT } from './I18nProvider';
import { Notice } from './Notice';

/** Detection switched off in the settings: say so wherever "no faults" could mislead. */
export function DetectionPausedNotice() {
  const { t } = useT();
  return (
    <Notice tone="warning" icon={<PauseIcon size={18} />} titleId="detection-paused-title" title={t('detectionPausedTitle')}>
      <p>{t('detectionPausedText')}</p>
      <div>
        <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openSettings')}
        </button>
      </div>
    </Notice>
  );
}
