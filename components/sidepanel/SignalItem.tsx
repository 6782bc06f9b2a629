import { useId, useState } from 'react';
import type { Signal } from '@/lib/signals';
import { formatFullDate, formatSeenAt } from '@/lib/ui/format';
import { KIND_LABEL_KEYS, SEVERITY_LABEL_KEYS } from '@/lib/ui/labels';
import { KindIcon } from '../icons';
import { useT } from '../I18nProvider';

/** Messages longer than this start folded to a few lines. */
const FOLD_AT_CHARS = 220;

function SeenAt({ at, now, label }: { at: number; now: number; label: (when: string) => string }) {
  const translator = useT();
  return (
    <time dateTime={new Date(at).toISOString()} title={formatFullDate(at, translator.htmlLang)}>
      {label(formatSeenAt(at, now, translator.htmlLang))}
    </time>
  );
}

/**
 * One fault. Its message comes from the back-office page, so it is only ever rendered as text
 * (React escapes it); never as HTML.
 */
export function SignalItem({ signal, now }: { signal: Signal; now: number }) {
  const translator = useT();
  const { t } = translator;
  const [unfolded, setUnfolded] = useState(false);
  const messageId = useId();
  const cleared = signal.clearedAt !== null;
  const foldable = signal.message.length > FOLD_AT_CHARS;
  const seenOnce = signal.count <= 1 && signal.firstAt === signal.lastAt;

  return (
    <li className={`signal signal--${signal.severity}${cleared ? ' signal--cleared' : ''}`}>
      <span className="signal__icon">
        <KindIcon kind={signal.kind} size={16} />
      </span>
      <div className="signal__body">
        <div className="signal__meta">
          <span className="signal__kind">{t(KIND_LABEL_KEYS[signal.kind])}</span>
          <span className={`severity severity--${signal.severity}`}>{t(SEVERITY_LABEL_KEYS[signal.severity])}</span>
          {signal.count > 1 ? (
            <span className="signal__count" title={translator.plural('signalRepeats', signal.count)}>
              {t('signalCount', signal.count)}
            </span>
          ) : null}
          {cleared ? <span className="chip signal__cleared">{t('signalCleared')}</span> : null}
        </div>
        <p id={messageId} className={`signal__message${foldable && !unfolded ? ' signal__message--folded' : ''}`}>
          {signal.message}
        </p>
        {foldable ? (
          <button type="button" className="signal__fold" aria-expanded={unfolded} aria-controls={messageId} onClick={() => setUnfolded((value) => !value)}>
            {unfolded ? t('signalShowLess') : t('signalShowMore')}
          </button>
        ) : null}
        <p className="signal__times">
          {seenOnce ? (
            <SeenAt at={signal.firstAt} now={now} label={(when) => t('signalSeen', when)} />
          ) : (
            <>
              <SeenAt at={signal.firstAt} now={now} label={(when) => t('signalFirstSeen', when)} />
              <span aria-hidden="true"> · </span>
              <SeenAt at={signal.lastAt} now={now} label={(when) => t('signalLastSeen', when)} />
            </>
          )}
          {cleared && signal.clearedAt !== null ? (
            <>
              <span aria-hidden="true"> · </span>
              <SeenAt at={signal.clearedAt} now={now} label={(when) => t('signalClearedAt', when)} />
            </>
          ) : null}
        </p>
      </div>
    </li>
  );
}
