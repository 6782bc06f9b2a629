import { PLATFORMS, type Platform } from '@/lib/rules/types';
import { TIMELINE_KINDS, type TimelineKind } from '@/lib/timeline/entries';
import { useTimelineStore } from '@/lib/timeline/store';
import { platformName } from '@/lib/ui/format';
import { TIMELINE_KIND_LABEL_KEYS } from '@/lib/ui/labels';
import { KindIcon } from '../icons';
import { useT } from '../I18nProvider';
import { CameraIcon, ChecklistIcon } from './timeline-icons';

/**
 * The platform and kind filters of the timeline and the history (one choice for both, kept in
 * the timeline store). Toggle buttons; none pressed in a group means everything of that group.
 * A group shows the values present (and any still chosen), and hides when there is nothing to choose.
 */
export function PlatformFilter({ counts }: { counts: ReadonlyMap<Platform, number> }) {
  const { t } = useT();
  const selected = useTimelineStore((state) => state.platforms);
  const toggle = useTimelineStore((state) => state.togglePlatform);
  const showAll = useTimelineStore((state) => state.showAllPlatforms);
  const offered = PLATFORMS.filter((platform) => counts.has(platform) || selected.includes(platform));
  if (offered.length < 2 && selected.length === 0) return null;
  return (
    <div className="kind-filter" role="group" aria-label={t('timelineFilterPlatforms')} data-filter="platform">
      <button type="button" className="kind-filter__button" aria-pressed={selected.length === 0} onClick={showAll} data-platform-filter="all">
        {t('timelineAllPlatforms')}
      </button>
      {offered.map((platform) => (
        <button key={platform} type="button" className="kind-filter__button" aria-pressed={selected.includes(platform)} onClick={() => toggle(platform)} data-platform-filter={platform}>
          {platformName(platform)}
          <span className="kind-filter__count">{counts.get(platform) ?? 0}</span>
        </button>
      ))}
    </div>
  );
}

export function TimelineKindIcon({ kind, size }: { kind: TimelineKind; size?: number }) {
  if (kind === 'capture') return <CameraIcon size={size} />;
  if (kind === 'step') return <ChecklistIcon size={size} />;
  return <KindIcon kind={kind} size={size} />;
}

export function KindFilter({ counts }: { counts: ReadonlyMap<TimelineKind, number> }) {
  const { t } = useT();
  const selected = useTimelineStore((state) => state.kinds);
  const toggle = useTimelineStore((state) => state.toggleKind);
  const showAll = useTimelineStore((state) => state.showAllKinds);
  const offered = TIMELINE_KINDS.filter((kind) => counts.has(kind) || selected.includes(kind));
  if (offered.length < 2 && selected.length === 0) return null;
  return (
    <div className="kind-filter" role="group" aria-label={t('timelineFilterKinds')} data-filter="kind">
      <button type="button" className="kind-filter__button" aria-pressed={selected.length === 0} onClick={showAll} data-kind-filter="all">
        {t('timelineAllKinds')}
      </button>
      {offered.map((kind) => (
        <button key={kind} type="button" className="kind-filter__button" aria-pressed={selected.includes(kind)} onClick={() => toggle(kind)} data-kind-filter={kind}>
          <TimelineKindIcon kind={kind} size={13} />
          {t(TIMELINE_KIND_LABEL_KEYS[kind])}
          <span className="kind-filter__count">{counts.get(kind) ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
