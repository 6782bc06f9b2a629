import { SIGNAL_KINDS, type SignalKind } from '@/lib/signals';
import { KIND_LABEL_KEYS } from '@/lib/ui/labels';
import { KindIcon } from '../icons';
import { useT } from '../I18nProvider';

/** Toggle buttons, one per kind present; none pressed shows every kind. */
export function KindFilter({ counts, selected, onToggle, onShowAll }: { counts: Map<SignalKind, number>; selected: readonly SignalKind[]; onToggle: (kind: SignalKind) => void; onShowAll: () => void }) {
  const { t } = useT();
  const present = SIGNAL_KINDS.filter((kind) => counts.has(kind));
  if (present.length < 2 && selected.length === 0) return null;
  return (
    <div className="kind-filter" role="group" aria-label={t('filterLabel')}>
      <button type="button" className="kind-filter__button" aria-pressed={selected.length === 0} onClick={onShowAll}>
        {t('filterAll')}
      </button>
      {present.map((kind) => (
        <button key={kind} type="button" className="kind-filter__button" aria-pressed={selected.includes(kind)} onClick={() => onToggle(kind)}>
          <KindIcon kind={kind} size={13} />
          {t(KIND_LABEL_KEYS[kind])}
          <span className="kind-filter__count">{counts.get(kind)}</span>
        </button>
      ))}
    </div>
  );
}
