import { AlertOctagonIcon, CheckCircleIcon, GlobeIcon } from '../icons';

/** A designed "nothing here" that says why and what to do. */
export function EmptyState({ tone, title, text }: { tone: 'ok' | 'neutral' | 'danger'; title: string; text: string }) {
  const Icon = tone === 'ok' ? CheckCircleIcon : tone === 'danger' ? AlertOctagonIcon : GlobeIcon;
  return (
    <div className="empty-state" role={tone === 'danger' ? 'alert' : undefined} data-empty-state={tone}>
      <span className={`empty-state__icon${tone === 'ok' ? '' : ` empty-state__icon--${tone}`}`}>
        <Icon size={22} />
      </span>
      <p className="empty-state__title">{title}</p>
      <p className="empty-state__text">{text}</p>
    </div>
  );
}
