import { useState } from 'react';
import { browser } from 'wxt/browser';
import { hasPaymentFault } from '@/lib/checklist/payment';
import { useTabIncident } from '@/lib/checklist/use-incident';
import { faultTone, highestOpenSeverity, signalsRevision, useTabSignals } from '@/lib/ui/tab-signals';
import { useTabState } from '@/lib/ui/tab-state';
import { useBackOfficeAccess } from '@/lib/ui/use-back-office-access';
import { useDueReminders } from '@/lib/ui/use-reminders';
import { useSettings } from '@/lib/ui/use-settings';
import { useTargetTab } from '@/lib/ui/use-target-tab';
import { AccessGrantedLine, AccessNotice } from '../AccessNotice';
import { BrandHeader } from '../BrandHeader';
import { CaptureButton } from '../capture/CaptureButton';
import { DetectionPausedNotice } from '../DetectionPausedNotice';
import { RemindersNotice } from '../RemindersNotice';
import { StorageFullNotice } from '../StorageFullNotice';
import { SettingsIcon } from '../icons';
import { useDocumentTitle, useT } from '../I18nProvider';
import { Checklist } from './checklist/Checklist';
import { PaymentAdvice } from './PaymentAdvice';
import { PopupActions } from './PopupActions';
import { StopGapTools } from './shipments/StopGapTools';
import { TabSummary } from './TabSummary';
import './popup.css';

/**
 * The toolbar popup: the current tab's back-office and fault count (from the background), access
 * to the back-offices, the way to the side panel, evidence capture, the guided checklist and the
 * stop-gap tools (payment advice, shipment log), and the settings.
 */
export function PopupApp() {
  const { t } = useT();
  useDocumentTitle('popupTitle');
  const settings = useSettings();
  const { target, inPopup } = useTargetTab();
  const tabId = target === undefined ? undefined : (target?.tabId ?? null);
  // The tab's signals, read live: a new or cleared fault re-asks the background for the count.
  const signals = useTabSignals(tabId);
  const [retries, setRetries] = useState(0);
  const tabState = useTabState(tabId, `${signalsRevision(signals)}#${retries}`);
  const { access, requesting, request } = useBackOfficeAccess();
  const due = useDueReminders(settings);

  const openFaults = tabState.status === 'ready' ? tabState.state.openFaults : 0;
  const tone = faultTone(openFaults, signals.status === 'ready' ? highestOpenSeverity(signals.signals) : null);
  const onBackOffice = tabState.status === 'ready' && tabState.state.platform !== null;
  const platform = tabState.status === 'ready' ? tabState.state.platform : null;
  const host = tabState.status === 'ready' ? tabState.state.host : null;
  // The incident the checklist's steps land in, with its steps and signals (read live).
  const incident = useTabIncident(tabId, platform);
  const closePopup = () => {
    if (inPopup) window.close();
  };
  const openSettings = () => {
    void browser.runtime.openOptionsPage().then(closePopup);
  };

  return (
    <div className="popup">
      <BrandHeader title={t('popupTitle')} subtitle={t('popupSubtitle')} />
      <main className="popup__main">
        <AccessNotice access={access} requesting={requesting} onGrant={request} />
        {settings && !settings.detectionEnabled ? <DetectionPausedNotice /> : null}
        <StorageFullNotice />
        <TabSummary result={tabState} tone={tone} onRetry={() => setRetries((count) => count + 1)} />
        {onBackOffice && incident && hasPaymentFault(incident.signals) ? <PaymentAdvice /> : null}
        <PopupActions target={target} emphasise={onBackOffice && openFaults > 0} onDone={closePopup} />
        {onBackOffice ? <CaptureButton tabId={tabId} trigger="popup" /> : null}
        {onBackOffice && typeof tabId === 'number' && host ? <Checklist tabId={tabId} host={host} steps={incident?.steps ?? []} /> : null}
        <StopGapTools platform={platform} onOpened={closePopup} />
        <RemindersNotice due={due} onNavigate={closePopup} />
      </main>
      <footer className="popup__footer">
        <div className="popup__footer-row">
          <AccessGrantedLine access={access} />
          <button type="button" className="button button--quiet popup__settings" onClick={openSettings}>
            <SettingsIcon size={16} />
            {t('openSettings')}
          </button>
        </div>
        <p className="popup__privacy">{t('privacyShort')}</p>
      </footer>
    </div>
  );
}
