import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { database } from '@/lib/db';
import type { RankedFix } from '@/lib/fixes/rank';
import type { Language } from '@/lib/fixes/types';
import type { PostmortemAnswer } from '@/lib/messages';
import { CAUSE_LABELS } from '@/lib/postmortem/labels';
import { fixLabel } from '@/lib/postmortem/sop';
import { ROOT_CAUSES, type RootCause } from '@/lib/postmortem/types';
import type { Incident } from '@/lib/signals';
import { AlertTriangleIcon, CheckCircleIcon } from '../icons';
import { useT } from '../I18nProvider';

const OTHER = 'other';

/**
 * "Mark resolved": a short post-mortem — the root cause (required), what fixed it (one of the
 * incident's fixes, or in the seller's words) and an optional note. The background stores it and
 * resolves the incident; a resolved incident shows what was recorded.
 */
export function PostMortemForm({ incident, fixes }: { incident: Incident & { id: number }; fixes: readonly RankedFix[] }) {
  const translator = useT();
  const { t } = translator;
  const language: Language = translator.locale;
  const ids = useId();
  const recorded = useLiveQuery(() => database().postmortems.where('incidentId').equals(incident.id).first(), [incident.id]);
  const [open, setOpen] = useState(false);
  const [cause, setCause] = useState<RootCause | null>(null);
  const [fixChoice, setFixChoice] = useState<string>(() => fixes[0]?.fix.id ?? OTHER);
  const [fixText, setFixText] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ cause?: boolean; fix?: boolean; failed?: boolean }>({});
  const [saving, setSaving] = useState(false);

  if (incident.status === 'resolved' && recorded) {
    return (
      <section className="postmortem postmortem--done card" data-postmortem-recorded={recorded.id}>
        <p className="postmortem__done">
          <CheckCircleIcon size={16} />
          {t('postmortemResolved', CAUSE_LABELS[recorded.cause][language], fixLabel(recorded, language))}
        </p>
      </section>
    );
  }
  if (incident.status !== 'open') return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { cause: cause === null, fix: fixChoice === OTHER && !fixText.trim() };
    setErrors(next);
    if (next.cause || next.fix) return;
    setSaving(true);
    try {
      const answer = (await browser.runtime.sendMessage({
        type: 'postmortem/resolve',
        incidentId: incident.id,
        cause,
        fixId: fixChoice === OTHER ? null : fixChoice,
        fixText: fixChoice === OTHER ? fixText.slice(0, 500) : '',
        note: note.slice(0, 1000),
      })) as PostmortemAnswer | undefined;
      if (!answer?.ok) throw new Error(answer?.message ?? 'no answer');
      setOpen(false);
    } catch (error) {
      console.warn('Seller SOS: could not save the post-mortem:', error);
      setErrors({ failed: true });
    } finally {
      setSaving(false);
    }
  };

  if (!open) {
    return (
      <div className="postmortem__open">
        <button type="button" className="button" data-action="mark-resolved" onClick={() => setOpen(true)}>
          <CheckCircleIcon size={16} />
          {t('postmortemMarkResolved')}
        </button>
      </div>
    );
  }

  return (
    <form className="postmortem card" onSubmit={submit} noValidate data-form="postmortem" aria-labelledby={`${ids}-heading`}>
      <h2 className="signals__heading" id={`${ids}-heading`}>
        {t('postmortemHeading')}
      </h2>
      <fieldset className="postmortem__causes" aria-invalid={Boolean(errors.cause)} aria-describedby={errors.cause ? `${ids}-cause-error` : undefined}>
        <legend className="field__label">{t('postmortemCause')}</legend>
        {ROOT_CAUSES.map((each) => (
          <label key={each} className="postmortem__cause">
            <input type="radio" name={`${ids}-cause`} value={each} checked={cause === each} onChange={() => setCause(each)} data-cause={each} />
            {CAUSE_LABELS[each][language]}
          </label>
        ))}
        {errors.cause ? (
          <p className="field__error" id={`${ids}-cause-error`} data-error="cause">
            <AlertTriangleIcon size={14} />
            {t('postmortemCauseRequired')}
          </p>
        ) : null}
      </fieldset>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-fix`}>
          {t('postmortemFix')}
        </label>
        <select id={`${ids}-fix`} className="select" value={fixChoice} onChange={(event) => setFixChoice(event.target.value)} data-control="postmortem-fix">
          {fixes.map(({ fix }) => (
            <option key={fix.id} value={fix.id}>
              {fix.title[language]}
            </option>
          ))}
          <option value={OTHER}>{t('postmortemFixOther')}</option>
        </select>
        {fixChoice === OTHER ? (
          <textarea className="input postmortem__text" rows={2} maxLength={500} value={fixText} aria-invalid={Boolean(errors.fix)} onChange={(event) => setFixText(event.target.value)} data-control="postmortem-fix-text" aria-label={t('postmortemFixOther')} />
        ) : null}
        {errors.fix ? (
          <p className="field__error" data-error="fix">
            <AlertTriangleIcon size={14} />
            {t('postmortemFixRequired')}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-note`}>
          {t('postmortemNote')}
        </label>
        <textarea id={`${ids}-note`} className="input postmortem__text" rows={2} maxLength={1000} value={note} onChange={(event) => setNote(event.target.value)} data-control="postmortem-note" />
      </div>
      {errors.failed ? <p className="field__error">{t('postmortemFailed')}</p> : null}
      <div className="postmortem__actions">
        <button type="submit" className="button button--primary" disabled={saving} data-action="save-postmortem">
          {t('postmortemSave')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
          {t('postmortemCancel')}
        </button>
      </div>
    </form>
  );
}
