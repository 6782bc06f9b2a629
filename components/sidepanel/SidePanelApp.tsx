import { useEffect } from 'react';
import { trackActiveTab } from '@/lib/ui/active-tab-tracking';
import { selectedTabId, useSidePanelStore } from '@/lib/ui/sidepanel-store';
import { signalsRevision, useTabSignals } from '@/lib/ui/tab-signals';
import { useTabState } from '@/lib/ui/tab-state';
import { useIncidentView } from '@/lib/ui/incident-view';
import { useBackOfficeAccess } from '@/lib/ui/use-back-office-access';
import { useSettings } from '@/lib/ui/use-settings';
import { AccessNotice } from '../AccessNotice';
import { BrandHeader } from '../BrandHeader';
import { CaptureSection } from '../capture/CaptureSection';
import { DetectionPausedNotice } from '../DetectionPausedNotice';
import { StorageFullNotice } from '../StorageFullNotice';
import { useDocumentTitle, useT } from '../I18nProvider';
import { IncidentPanel } from './IncidentPanel';
import { SignalList, type ListContext } from './SignalList';
import { TabContext } from './TabContext';
import './sidepanel.css';

/**
 * The side panel (Chrome) / sidebar (Firefox): what Seller SOS noticed on the active tab of this
 * window, live from the database. A later issue turns it into the incident timeline.
 */
export function SidePanelApp() {
  const { t } = useT();
  useDocumentTitle('sidepanelTitle');
  useEffect(() => {
    const controller = new AbortController();
    trackActiveTab(controller.signal);
    return () => controller.abort();
  }, []);

  const tabKnown = useSidePanelStore((state) => state.tabKnown);
  const tabId = useSidePanelStore(selectedTabId);
  const tabRevision = useSidePanelStore((state) => state.tabRevision);
  const selectedKinds = useSidePanelStore((state) => state.selectedKinds);
  const toggleKind = useSidePanelStore((state) => state.toggleKind);
  const showAllKinds = useSidePanelStore((state) => state.showAllKinds);

  const shownTabId = tabKnown ? tabId : undefined;
  const signals = useTabSignals(shownTabId);
  const tabState = useTabState(shownTabId, `${signalsRevision(signals)}#${tabRevision}`);
  const incidentView = useIncidentView(shownTabId);
  const settings = useSettings();
  const { access, requesting, request } = useBackOfficeAccess();

  const context: ListContext =
    tabState.status === 'ready' ? (tabState.state.platform === null ? 'not-back-office' : 'back-office') : tabState.status === 'unavailable' && tabState.reason === 'no-tab' ? 'no-tab' : 'unknown';

  return (
    <div className="sidepanel">
      <BrandHeader title={t('sidepanelTitle')} subtitle={t('extName')} />
      <div className="sidepanel__context">
        <TabContext result={tabState} />
      </div>
      <main className="sidepanel__main">
        <AccessNotice access={access} requesting={requesting} onGrant={request} />
        {settings && !settings.detectionEnabled ? <DetectionPausedNotice /> : null}
        <StorageFullNotice />
        {incidentView ? <IncidentPanel key={incidentView.incident.id} view={incidentView} /> : null}
        <CaptureSection tabId={shownTabId} onBackOffice={context === 'back-office'} />
        <SignalList result={signals} context={context} selectedKinds={selectedKinds} onToggleKind={toggleKind} onShowAllKinds={showAllKinds} />
      </main>
    </div>
  );
}
