import { useMemo } from 'react';
import type { SignalKind } from '@/lib/signals';
import type { TabSignalsResult } from '@/lib/ui/tab-signals';
import { countByKind, filterByKinds, sortNewestFirst } from '@/lib/ui/tab-signals';
import { useNow } from '@/lib/ui/use-now';
import { AlertOctagonIcon, CheckCircleIcon, GlobeIcon } from '../icons';
import { useT } from '../I18nProvider';
import { KindFilter } from './KindFilter';
import { SignalItem } from './SignalItem';

/** A page flood can store hundreds; the newest are what the seller needs on screen. */
const MAX_SHOWN = 200;

export type ListContext = 'back-office' | 'not-back-office' | 'no-tab' | 'unknown';

/** The shown tab's faults, newest first, with the kind filter and designed empty states. */
export function SignalList({ result, context, selectedKinds, onToggleKind, onShowAllKinds }: { result: TabSignalsResult; context: ListContext; selectedKinds: readonly SignalKind[]; onToggleKind: (kind: SignalKind) => void; onShowAllKinds: () => void }) {
  const { t } = useT();
  const now = useNow(30_000);
  const signals = result.status === 'ready' ? result.signals : [];
  const counts = useMemo(() => countByKind(signals), [signals]);
  const shown = useMemo(() => sortNewestFirst(filterByKinds(signals, selectedKinds)), [signals, selectedKinds]);

  if (result.status === 'loading') return <p className="loading">{t('signalsLoading')}</p>;
  if (result.status === 'error') {
    return <EmptyState tone="danger" title={t('signalsErrorTitle')} text={t('signalsErrorText')} />;
  }
  if (signals.length === 0) {
    if (context === 'not-back-office') return <EmptyState tone="neutral" title={t('sidepanelNotBackOfficeTitle')} text={t('sidepanelNotBackOfficeText')} />;
    if (context === 'no-tab') return <EmptyState tone="neutral" title={t('tabUnavailableTitle')} text={t('tabUnavailableNoTab')} />;
    return <EmptyState tone="ok" title={t('faultsNoneOnTab')} text={t('sidepanelWatchingText')} />;
  }

  const open = signals.filter((signal) => signal.clearedAt === null).length;
  return (
    <section className="signals" aria-labelledby="signals-heading">
      <div className="signals__header">
        <h2 className="signals__heading" id="signals-heading">
          {t('signalsHeading')}
        </h2>
        <p className="signals__summary">{t('signalsSummary', open, signals.length - open)}</p>
      </div>
      <KindFilter counts={counts} selected={selectedKinds} onToggle={onToggleKind} onShowAll={onShowAllKinds} />
      {shown.length === 0 ? (
        <div className="empty-state">
          <p className="empty-state__title">{t('filterNothingTitle')}</p>
          <button type="button" className="button" onClick={onShowAllKinds}>
            {t('filterShowAll')}
          </button>
        </div>
      ) : (
        <ol className="signal-list">
          {shown.slice(0, MAX_SHOWN).map((signal) => (
            <SignalItem key={signal.id ?? `${signal.pageId}:${signal.fingerprint}`} signal={signal} now={now} />
          ))}
        </ol>
      )}
      {shown.length > MAX_SHOWN ? <p className="signals__more">{t('signalsTruncated', MAX_SHOWN, shown.length)}</p> : null}
    </section>
  );
}

function EmptyState({ tone, title, text }: { tone: 'ok' | 'neutral' | 'danger'; title: string; text: string }) {
  const Icon = tone === 'ok' ? CheckCircleIcon : tone === 'danger' ? AlertOctagonIcon : GlobeIcon;
  return (
    <div className="empty-state" role={tone === 'danger' ? 'alert' : undefined}>
      <span className={`empty-state__icon${tone === 'ok' ? '' : ` empty-state__icon--${tone}`}`}>
        <Icon size={22} />
      </span>
      <p className="empty-state__title">{title}</p>
      <p className="empty-state__text">{text}</p>
    </div>
  );
}
