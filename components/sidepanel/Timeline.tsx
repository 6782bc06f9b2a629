import { useMemo, useState, type ReactNode } from 'react';
import type { Capture } from '@/lib/db';
import { countTimeline, daysAgo, filterTimeline, groupByDay, isFiltering, type TimelineEntry } from '@/lib/timeline/entries';
import { useTimelineStore } from '@/lib/timeline/store';
import { formatDayHeading } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';
import { useT } from '../I18nProvider';
import { EvidenceDialog } from './EvidenceDialog';
import { TimelineEntryItem } from './TimelineEntryItem';
import { KindFilter, PlatformFilter } from './TimelineFilters';

/** Entries drawn at first; a flood of signals stays a click away instead of slowing the panel. */
export const TIMELINE_PAGE = 100;

/**
 * One chronological list, newest first, of signals, captures and checklist steps, by day, with
 * the platform and kind filters. `entries` come unfiltered and ordered (lib/timeline/entries.ts).
 */
export function Timeline({ entries, heading, empty }: { entries: readonly TimelineEntry[]; heading: string; empty: ReactNode }) {
  const translator = useT();
  const { t } = translator;
  const now = useNow(60_000);
  const platforms = useTimelineStore((state) => state.platforms);
  const kinds = useTimelineStore((state) => state.kinds);
  const clearFilters = useTimelineStore((state) => state.clearFilters);
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const [opened, setOpened] = useState<Capture | null>(null);

  const counts = useMemo(() => countTimeline(entries), [entries]);
  const filter = useMemo(() => ({ platforms, kinds }), [platforms, kinds]);
  const shown = useMemo(() => filterTimeline(entries, filter), [entries, filter]);
  const shownCount = useMemo(() => countTimeline(shown).total, [shown]);
  const days = useMemo(() => groupByDay(shown.slice(0, limit)), [shown, limit]);

  if (counts.total === 0) return <>{empty}</>;
  return (
    <section className="timeline" id="timeline" tabIndex={-1} aria-labelledby="timeline-heading" data-timeline>
      <div className="signals__header">
        <h2 className="signals__heading" id="timeline-heading">
          {heading}
        </h2>
        <p className="signals__summary" data-timeline-summary>
          {isFiltering(filter) ? t('timelineShownOf', shownCount, counts.total) : t('timelineNewestFirst')}
        </p>
      </div>
      <PlatformFilter counts={counts.platforms} />
      <KindFilter counts={counts.kinds} />
      {shownCount === 0 ? (
        <div className="empty-state" data-timeline-empty="filtered">
          <p className="empty-state__title">{t('timelineFilteredTitle')}</p>
          <p className="empty-state__text">{t('timelineFilteredText')}</p>
          <button type="button" className="button" data-action="clear-filters" onClick={clearFilters}>
            {t('timelineShowEverything')}
          </button>
        </div>
      ) : (
        days.map((day) => (
          <section key={day.id} className="timeline-day" aria-labelledby={`timeline-day-${day.id}`} data-day={day.id}>
            <h3 className="timeline-day__heading" id={`timeline-day-${day.id}`}>
              {formatDayHeading(day.day, daysAgo(day.day, now), now, translator.htmlLang)}
            </h3>
            <ol className="timeline-list">
              {day.entries.map((entry) => (
                <TimelineEntryItem key={entry.key} entry={entry} onOpenCapture={setOpened} />
              ))}
            </ol>
          </section>
        ))
      )}
      {shown.length > limit ? (
        <button type="button" className="button button--quiet" data-action="timeline-more" onClick={() => setLimit((value) => value + TIMELINE_PAGE)}>
          {t('timelineShowMore', Math.min(TIMELINE_PAGE, shown.length - limit))}
        </button>
      ) : null}
      {opened ? <EvidenceDialog key={opened.id} capture={opened} onClose={() => setOpened(null)} /> : null}
    </section>
  );
}
