import { useEffect, useMemo } from 'react';
import { buildTimeline, countTimeline } from '@/lib/timeline/entries';
import { useTabTimeline } from '@/lib/timeline/live';
import { useTimelineStore } from '@/lib/timeline/store';
import { trackActiveTab } from '@/lib/ui/active-tab-tracking';
import { selectedTabId, useSidePanelStore } from '@/lib/ui/sidepanel-store';
import { signalsRevision } from '@/lib/ui/tab-signals';
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
import { EmptyState } from './EmptyState';
import { HistoryView } from './HistoryView';
import { IncidentPanel } from './IncidentPanel';
import { TabContext } from './TabContext';
import { Timeline } from './Timeline';
import { viewPanelId, viewTabId, ViewTabs } from './ViewTabs';
import './sidepanel.css';

type TabContextKind = 'back-office' | 'not-back-office' | 'no-tab' | 'unknown';

/**
 * The side panel (Chrome) / sidebar (Firefox), live from the database. "This tab": the active
 * tab's current incident (fixes, diagnosis, report), its evidence, and the timeline of
 * everything that happened on the tab. "History": every kept incident, each with its timeline.
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
  const view = useTimelineStore((state) => state.view);
  const showView = useTimelineStore((state) => state.showView);

  const shownTabId = tabKnown ? tabId : undefined;
  const timeline = useTabTimeline(shownTabId);
  const signals = timeline.status === 'ready' ? ({ status: 'ready', signals: timeline.value.signals } as const) : timeline;
  const tabState = useTabState(shownTabId, `${signalsRevision(signals)}#${tabRevision}`);
  const incidentView = useIncidentView(shownTabId);
  const settings = useSettings();
  const { access, requesting, request } = useBackOfficeAccess();
  const entries = useMemo(() => (timeline.status === 'ready' ? buildTimeline(timeline.value) : []), [timeline]);

  const context: TabContextKind =
    tabState.status === 'ready' ? (tabState.state.platform === null ? 'not-back-office' : 'back-office') : tabState.status === 'unavailable' && tabState.reason === 'no-tab' ? 'no-tab' : 'unknown';

  return (
    <div className="sidepanel">
      <BrandHeader title={t('sidepanelTitle')} subtitle={t('extName')} />
      <div className="sidepanel__context">
        <TabContext result={tabState} />
      </div>
      <ViewTabs view={view} onChange={showView} />
      <main className="sidepanel__main">
        <AccessNotice access={access} requesting={requesting} onGrant={request} />
        {settings && !settings.detectionEnabled ? <DetectionPausedNotice /> : null}
        <StorageFullNotice />
        <div className="sidepanel__view" role="tabpanel" id={viewPanelId(view)} aria-labelledby={viewTabId(view)} data-view-panel={view}>
          {view === 'tab' ? (
            <>
              {incidentView && entries.length > 0 ? (
                // The incident's fixes and report are long; the timeline below stays one key press away.
                <a className="jump-link" href="#timeline" data-action="jump-to-timeline">
                  {t('timelineJump', countTimeline(entries).total)}
                </a>
              ) : null}
              {incidentView ? <IncidentPanel key={incidentView.incident.id} view={incidentView} /> : null}
              <CaptureSection tabId={shownTabId} onBackOffice={context === 'back-office'} />
              {timeline.status === 'loading' ? (
                <p className="loading">{t('timelineLoading')}</p>
              ) : timeline.status === 'error' ? (
                <EmptyState tone="danger" title={t('timelineErrorTitle')} text={t('timelineErrorText')} />
              ) : (
                <Timeline key={shownTabId ?? 'none'} entries={entries} heading={t('timelineTabHeading')} empty={<TabEmptyState context={context} />} />
              )}
            </>
          ) : (
            <HistoryView currentTabId={shownTabId ?? null} />
          )}
        </div>
      </main>
    </div>
  );
}

function TabEmptyState({ context }: { context: TabContextKind }) {
  const { t } = useT();
  if (context === 'not-back-office') return <EmptyState tone="neutral" title={t('sidepanelNotBackOfficeTitle')} text={t('sidepanelNotBackOfficeText')} />;
  if (context === 'no-tab') return <EmptyState tone="neutral" title={t('tabUnavailableTitle')} text={t('tabUnavailableNoTab')} />;
  return <EmptyState tone="ok" title={t('faultsNoneOnTab')} text={t('timelineEmptyTabText')} />;
}
