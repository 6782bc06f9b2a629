import { captureNoteKey } from '@/lib/capture/client';
import { probesFromDetails } from '@/lib/checklist/network';
import { CHECKLIST_STEP_IDS, STEP_OUTCOMES, type ChecklistStepId, type StepOutcome } from '@/lib/checklist/steps';
import type { Capture } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { CaptureEntry, IncidentStartEntry, SignalEntry, StepEntry, TimelineEntry } from '@/lib/timeline/entries';
import { formatFullDate, formatTimeOfDay, platformName } from '@/lib/ui/format';
import { KIND_LABEL_KEYS, SEVERITY_LABEL_KEYS, STEP_OUTCOME_LABEL_KEYS, STEP_TITLE_KEYS } from '@/lib/ui/labels';
import { useObjectUrl } from '../capture/useObjectUrl';
import { KindIcon } from '../icons';
import { useT } from '../I18nProvider';
import { CameraIcon, ChecklistIcon, FlagIcon } from './timeline-icons';

/**
 * One line of the timeline. Every text that came from a back-office page (messages, titles,
 * banner texts) is rendered as React text — escaped, never HTML.
 */
export function TimelineEntryItem({ entry, onOpenCapture }: { entry: TimelineEntry; onOpenCapture: (capture: Capture) => void }) {
  const common = { 'data-entry-type': entry.type, 'data-kind': entry.kind ?? '', 'data-platform': entry.platform ?? '', 'data-at': entry.at, 'data-entry-key': entry.key };
  switch (entry.type) {
    case 'signal':
      return (
        <li className={`timeline-entry timeline-entry--signal signal--${entry.signal.severity}${entry.signal.clearedAt !== null ? ' signal--cleared' : ''}`} {...common} data-phase={entry.phase}>
          <SignalLine entry={entry} />
        </li>
      );
    case 'capture':
      return (
        <li className="timeline-entry timeline-entry--capture" {...common}>
          <CaptureLine entry={entry} onOpen={onOpenCapture} />
        </li>
      );
    case 'step':
      return (
        <li className={`timeline-entry timeline-entry--step timeline-entry--${entry.step.outcome}`} {...common}>
          <StepLine entry={entry} />
        </li>
      );
    case 'incident':
      return (
        <li className="timeline-entry timeline-entry--incident" {...common}>
          <IncidentLine entry={entry} />
        </li>
      );
  }
}

function When({ at }: { at: number }) {
  const { htmlLang } = useT();
  return (
    <time className="timeline-entry__time" dateTime={new Date(at).toISOString()} title={formatFullDate(at, htmlLang)}>
      {formatTimeOfDay(at, htmlLang)}
    </time>
  );
}

function Platform({ entry }: { entry: TimelineEntry }) {
  return entry.platform ? <span className="chip timeline-entry__platform">{platformName(entry.platform)}</span> : null;
}

function SignalLine({ entry }: { entry: SignalEntry }) {
  const translator = useT();
  const { t } = translator;
  const { signal } = entry;
  const latest = entry.phase === 'repeat' || signal.count <= 1 || signal.lastAt <= signal.firstAt;
  return (
    <>
      <span className="signal__icon">
        <KindIcon kind={signal.kind} size={16} />
      </span>
      <div className="signal__body">
        <div className="signal__meta">
          <When at={entry.at} />
          <span className="signal__kind">{t(KIND_LABEL_KEYS[signal.kind])}</span>
          <span className={`severity severity--${signal.severity}`}>{t(SEVERITY_LABEL_KEYS[signal.severity])}</span>
          <Platform entry={entry} />
        </div>
        <p className="signal__message">{entry.text}</p>
        <p className="signal__times">
          <span>{t(entry.phase === 'first' ? 'timelineSignalFirst' : 'timelineSignalRepeat')}</span>
          {signal.count > 1 ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="signal__count" data-count={signal.count}>
                {translator.plural('signalRepeats', signal.count)}
              </span>
            </>
          ) : null}
          {latest && signal.clearedAt !== null ? (
            <>
              <span aria-hidden="true"> · </span>
              <span className="chip signal__cleared">{t('signalCleared')}</span>
            </>
          ) : null}
        </p>
      </div>
    </>
  );
}

function CaptureLine({ entry, onOpen }: { entry: CaptureEntry; onOpen: (capture: Capture) => void }) {
  const translator = useT();
  const { t } = translator;
  const { capture } = entry;
  const thumbnail = useObjectUrl(capture.thumbnail);
  const noteKey = captureNoteKey(capture.note);
  return (
    <>
      <span className="signal__icon timeline-entry__icon--capture">
        <CameraIcon size={16} />
      </span>
      <div className="signal__body">
        <div className="signal__meta">
          <When at={entry.at} />
          <span className="signal__kind">{t('timelineKindCapture')}</span>
          <Platform entry={entry} />
          {capture.pinned ? <span className="chip">{t('timelinePinned')}</span> : null}
        </div>
        {entry.text ? <p className="signal__message">{entry.text}</p> : null}
        {noteKey ? <p className="signal__times">{t(noteKey as MessageKey)}</p> : null}
        <button type="button" className="timeline-entry__open" data-action="open-evidence" onClick={() => onOpen(capture)} aria-label={t('timelineOpenEvidence', formatTimeOfDay(capture.at, translator.htmlLang))}>
          {thumbnail ? <img className="timeline-entry__thumbnail" src={thumbnail} alt="" width={120} /> : null}
          <span>{t('timelineOpenEvidenceShort')}</span>
        </button>
      </div>
    </>
  );
}

function isStepId(step: string): step is ChecklistStepId {
  return (CHECKLIST_STEP_IDS as readonly string[]).includes(step);
}

function isOutcome(outcome: string): outcome is StepOutcome {
  return (STEP_OUTCOMES as readonly string[]).includes(outcome);
}

function StepLine({ entry }: { entry: StepEntry }) {
  const { t } = useT();
  const { step } = entry;
  const title = isStepId(step.step) ? t(STEP_TITLE_KEYS[step.step]) : step.step;
  const probes = step.step === 'network-check' ? probesFromDetails(step.details) : [];
  return (
    <>
      <span className="signal__icon timeline-entry__icon--step">
        <ChecklistIcon size={16} />
      </span>
      <div className="signal__body">
        <div className="signal__meta">
          <When at={entry.at} />
          <span className="signal__kind">{t('timelineKindStep')}</span>
          <Platform entry={entry} />
        </div>
        <p className="signal__message">
          {title}
          <span aria-hidden="true"> — </span>
          <span className={`timeline-entry__outcome timeline-entry__outcome--${step.outcome}`} data-outcome={step.outcome}>
            {isOutcome(step.outcome) ? t(STEP_OUTCOME_LABEL_KEYS[step.outcome]) : step.outcome}
          </span>
        </p>
        {entry.text ? <p className="signal__times">{entry.text}</p> : null}
        {probes.length > 0 ? (
          <p className="signal__times">
            {probes.map((probe, index) => (
              <span key={probe.host}>
                {index > 0 ? ' · ' : ''}
                {probe.host}: {probe.latencyMs !== null ? t('checklistNetworkLatency', probe.latencyMs) : t('checklistNetworkNoAnswer')}
              </span>
            ))}
          </p>
        ) : null}
      </div>
    </>
  );
}

function IncidentLine({ entry }: { entry: IncidentStartEntry }) {
  const { t } = useT();
  return (
    <>
      <span className="signal__icon">
        <FlagIcon size={16} />
      </span>
      <div className="signal__body">
        <div className="signal__meta">
          <When at={entry.at} />
          <span className="signal__kind">{t('timelineIncidentStarted')}</span>
          <Platform entry={entry} />
        </div>
        {entry.text ? <p className="signal__message">{entry.text}</p> : null}
      </div>
    </>
  );
}
