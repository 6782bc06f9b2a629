import { browser } from 'wxt/browser';
import { PauseIcon } from './icons';
import { useT } from './I18nProvider';

/** Detection switched off in the settings: say so wherever "no faults" could mislead. */
export function DetectionPausedNotice() {
  const { t } = useT();
  return (
    <section className="notice notice--warning" aria-labelledby="detection-paused-title">
      <span className="notice__icon">
        <PauseIcon size={18} />
      </span>
      <div className="notice__body">
        <h2 className="notice__title" id="detection-paused-title">
          {t('detectionPausedTitle')}
        </h2>
        <p>{t('detectionPausedText')}</p>
        <div>
          <button type="button" className="button" onClick={() => void browser.runtime.openOptionsPage()}>
            {t('openSettings')}
          </button>
        </div>
      </div>
    </section>
  );
}
