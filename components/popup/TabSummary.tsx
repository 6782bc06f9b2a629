import type { TabState } from '@/lib/messages';
import type { Platform } from '@/lib/rules/types';
import type { TabStateResult } from '@/lib/ui/tab-state';
import type { FaultTone } from '@/lib/ui/tab-signals';
import { AlertOctagonIcon, AlertTriangleIcon, CheckCircleIcon, GlobeIcon, InfoIcon, RefreshIcon } from '../icons';
import { useT } from '../I18nProvider';
import { Notice } from '../Notice';
import { PlatformLabel, SupportedPlatforms } from '../PlatformLabel';

/** What the popup knows about the current tab: which back-office, and whether anything is wrong. */
export function TabSummary({ result, tone, onRetry }: { result: TabStateResult; tone: FaultTone; onRetry: () => void }) {
  const { t } = useT();
  switch (result.status) {
    case 'loading':
      return (
        <div className="card tab-summary tab-summary--loading" aria-busy="true">
          <p className="loading">{t('tabChecking')}</p>
        </div>
      );
    case 'unavailable':
      return (
        <Notice tone="warning" icon={<InfoIcon size={18} />} titleId="tab-unavailable-title" title={t('tabUnavailableTitle')}>
          <p>{result.reason === 'no-tab' ? t('tabUnavailableNoTab') : t('tabUnavailableNoAnswer')}</p>
          {result.reason === 'no-tab' ? null : (
            <div>
              <button type="button" className="button" onClick={onRetry}>
                <RefreshIcon size={14} />
                {t('tabRetry')}
              </button>
            </div>
          )}
        </Notice>
      );
    case 'ready': {
      const { platform } = result.state;
      return platform === null ? <NotBackOffice /> : <BackOfficeTab state={result.state} platform={platform} tone={tone} />;
    }
  }
}

function NotBackOffice() {
  const { t } = useT();
  return (
    <section className="card tab-summary tab-summary--neutral" aria-labelledby="not-back-office-title">
      <span className="tab-summary__icon tab-summary__icon--neutral">
        <GlobeIcon size={20} />
      </span>
      <div className="tab-summary__body">
        <h2 className="tab-summary__title" id="not-back-office-title">
          {t('notBackOfficeTitle')}
        </h2>
        <p className="tab-summary__text">{t('notBackOfficeText')}</p>
        <SupportedPlatforms />
      </div>
    </section>
  );
}

const TONE_ICONS = { clear: CheckCircleIcon, warning: AlertTriangleIcon, danger: AlertOctagonIcon } as const;

function BackOfficeTab({ state, platform, tone }: { state: TabState; platform: Platform; tone: FaultTone }) {
  const translator = useT();
  const { t } = translator;
  const ToneIcon = TONE_ICONS[tone];
  const clearWords = { headline: t('faultsAllClear'), text: t('faultsNoneOnTab') };
  const faultWords = { headline: translator.plural('faultsOpen', Math.max(state.openFaults, 1)), text: t('faultsSeeSidePanel') };
  const [shown, other] = tone === 'clear' ? [clearWords, faultWords] : [faultWords, clearWords];
  return (
    <section className="card tab-summary" aria-labelledby="tab-platform">
      <div className="tab-summary__where">
        <h2 className="tab-summary__platform" id="tab-platform">
          <PlatformLabel platform={platform} region={state.region} />
        </h2>
        {state.host ? <p className="host">{state.host}</p> : null}
      </div>
      <div className={`fault-status fault-status--${tone}`} role="status">
        <span className="fault-status__icon">
          <ToneIcon size={22} />
        </span>
        {/* The other wording sits hidden in the same place, so the card is as tall as the longer
            one either way: a fault found while the popup is open (or its end) changes the words
            without moving the buttons below under the seller's pointer. */}
        <div className="fault-status__words">
          <div>
            <p className="fault-status__headline">{shown.headline}</p>
            <p className="fault-status__text">{shown.text}</p>
          </div>
          <div className="fault-status__reserve" aria-hidden="true">
            <p className="fault-status__headline">{other.headline}</p>
            <p className="fault-status__text">{other.text}</p>
          </div>
        </div>
      </div>
    </section>
  );
}
