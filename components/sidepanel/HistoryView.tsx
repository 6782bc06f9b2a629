import { useEffect, useMemo, useRef } from 'react';
import { buildTimeline } from '@/lib/timeline/entries';
import { useHistory, useIncidentCountsByPlatform, useIncidentTimeline } from '@/lib/timeline/live';
import type { IncidentSummary } from '@/lib/timeline/queries';
import { useTimelineStore } from '@/lib/timeline/store';
import { formatClock, formatFullDate } from '@/lib/ui/format';
import type { IncidentView } from '@/lib/ui/incident-view';
import { useNow } from '@/lib/ui/use-now';
import { useT } from '../I18nProvider';
import { PlatformLabel } from '../PlatformLabel';
import { IncidentPanel } from './IncidentPanel';
import { EmptyState } from './EmptyState';
import { Timeline } from './Timeline';
import { PlatformFilter } from './TimelineFilters';

/**
 * Every kept incident, on every tab, latest activity first, a page at a time; one opened shows
 * what the current incident shows (fixes, diagnosis, report) and its timeline.
 */
export function HistoryView({ currentTabId }: { currentTabId: number | null }) {
  const openIncidentId = useTimelineStore((state) => state.openIncidentId);
  return openIncidentId === null ? <HistoryList currentTabId={currentTabId} /> : <HistoryIncident incidentId={openIncidentId} />;
}

function HistoryList({ currentTabId }: { currentTabId: number | null }) {
  const { t } = useT();
  const platforms = useTimelineStore((state) => state.platforms);
  const limit = useTimelineStore((state) => state.historyLimit);
  const showMore = useTimelineStore((state) => state.showMoreHistory);
  const showAllPlatforms = useTimelineStore((state) => state.showAllPlatforms);
  const lastOpened = useTimelineStore((state) => state.lastOpenedIncidentId);
  const forgetLastOpened = useTimelineStore((state) => state.forgetLastOpened);
  const history = useHistory(platforms, limit);
  const platformCounts = useIncidentCountsByPlatform();
  const list = useRef<HTMLOListElement>(null);

  const rowsShown = history.status === 'ready' && platformCounts !== undefined && history.value.incidents.length > 0;
  useEffect(() => {
    // Back from an incident: focus returns to the row that opened it, once.
    if (!rowsShown || lastOpened === null) return;
    list.current?.querySelector<HTMLElement>(`[data-history-incident="${lastOpened}"]`)?.focus();
    forgetLastOpened();
  }, [rowsShown, lastOpened, forgetLastOpened]);

  if (history.status === 'loading' || platformCounts === undefined) return <p className="loading">{t('timelineLoading')}</p>;
  if (history.status === 'error') return <EmptyState tone="danger" title={t('historyErrorTitle')} text={t('timelineErrorText')} />;
  const total = [...platformCounts.values()].reduce((sum, count) => sum + count, 0);
  if (total === 0) return <EmptyState tone="neutral" title={t('historyEmptyTitle')} text={t('historyEmptyText')} />;

  const { incidents, more } = history.value;
  return (
    <section className="history" aria-labelledby="history-heading" data-history>
      <div className="signals__header">
        <h2 className="signals__heading" id="history-heading">
          {t('historyHeading')}
        </h2>
        <p className="signals__summary">{t('historyLead')}</p>
      </div>
      <PlatformFilter counts={platformCounts} />
      {incidents.length === 0 ? (
        <div className="empty-state" data-history-empty="filtered">
          <p className="empty-state__title">{t('historyFilteredTitle')}</p>
          <button type="button" className="button" data-action="clear-platforms" onClick={showAllPlatforms}>
            {t('timelineShowEverything')}
          </button>
        </div>
      ) : (
        <ol className="history-list" ref={list}>
          {incidents.map((summary) => (
            <HistoryRow key={summary.incident.id} summary={summary} onThisTab={summary.incident.tabId === currentTabId} />
          ))}
        </ol>
      )}
      {more ? (
        <button type="button" className="button button--quiet" data-action="history-more" onClick={showMore}>
          {t('historyShowOlder')}
        </button>
      ) : null}
    </section>
  );
}

function HistoryRow({ summary, onThisTab }: { summary: IncidentSummary; onThisTab: boolean }) {
  const translator = useT();
  const { t } = translator;
  const now = useNow(60_000);
  const open = useTimelineStore((state) => state.openIncident);
  const { incident, captureCount, stepCount } = summary;
  const time = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatFullDate(at, translator.htmlLang)}>
      {formatClock(at, now, translator.htmlLang)}
    </time>
  );
  return (
    <li>
      <button type="button" className={`history-item card history-item--${incident.severity}`} data-history-incident={incident.id} data-platform={incident.platform} data-status={incident.status} onClick={() => open(incident.id)}>
        <span className="history-item__top">
          <PlatformLabel platform={incident.platform} region={incident.region} />
          <span className={`chip history-item__status history-item__status--${incident.status}`}>{t(incident.status === 'open' ? 'historyStatusOpen' : 'historyStatusResolved')}</span>
          {onThisTab ? <span className="chip">{t('historyOnThisTab')}</span> : null}
        </span>
        <span className="history-item__title">{incident.title}</span>
        <span className="history-item__meta">
          {time(incident.openedAt)}
          <span aria-hidden="true"> – </span>
          <span className="visually-hidden"> {t('historyUntil')} </span>
          {time(incident.lastAt)}
        </span>
        <span className="history-item__meta" data-counts={`${incident.signalCount}/${captureCount}/${stepCount}`}>
          {t('historyCounts', incident.signalCount, captureCount, stepCount)}
        </span>
      </button>
    </li>
  );
}

function HistoryIncident({ incidentId }: { incidentId: number }) {
  const { t } = useT();
  const close = useTimelineStore((state) => state.closeIncident);
  const loaded = useIncidentTimeline(incidentId);
  const heading = useRef<HTMLHeadingElement>(null);
  const found = loaded.status === 'ready' ? loaded.value : null;
  const entries = useMemo(() => (found ? buildTimeline(found) : []), [found]);
  const view: IncidentView | null = useMemo(() => (found ? { incident: found.incident, signals: found.signals, steps: found.steps, captures: found.captures } : null), [found]);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <section className="history-incident" aria-labelledby="history-incident-heading" data-history-open={incidentId}>
      <div className="signals__header">
        <button type="button" className="button button--quiet" data-action="history-back" onClick={close}>
          {t('historyBack')}
        </button>
      </div>
      <h2 className="visually-hidden" id="history-incident-heading" tabIndex={-1} ref={heading}>
        {t('historyIncidentHeading')}
      </h2>
      {loaded.status === 'loading' ? <p className="loading">{t('timelineLoading')}</p> : null}
      {loaded.status === 'error' ? <EmptyState tone="danger" title={t('historyErrorTitle')} text={t('timelineErrorText')} /> : null}
      {loaded.status === 'ready' && !found ? <EmptyState tone="neutral" title={t('historyIncidentGone')} text={t('historyIncidentGoneText')} /> : null}
      {view ? (
        <>
          <IncidentPanel key={view.incident.id} view={view} heading={t('historyIncidentPanelHeading')} />
          <Timeline entries={entries} heading={t('timelineHeading')} empty={<EmptyState tone="neutral" title={t('timelineEmptyIncidentTitle')} text={t('timelineEmptyIncidentText')} />} />
        </>
      ) : null}
    </section>
  );
}
