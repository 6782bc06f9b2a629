import { useId, useMemo, useState } from 'react';
import type { EnvironmentSnapshot } from '@/lib/db';
import type { Diagnosis } from '@/lib/diagnosis/types';
import type { RankedFix } from '@/lib/fixes/rank';
import type { MessageKey } from '@/lib/i18n';
import { buildReport } from '@/lib/report/build';
import { buildBundle } from '@/lib/report/bundle';
import { defaultReportLanguage, REPORT_LANGUAGES, type ReportLanguage } from '@/lib/report/language';
import { downloadBytes } from '@/lib/ui/download';
import type { IncidentView } from '@/lib/ui/incident-view';
import { useT } from '../I18nProvider';

/** Each language named in itself, so a seller finds their own whatever the UI speaks. */
export const LANGUAGE_AUTONYMS: Readonly<Record<ReportLanguage, string>> = { en: 'English', zh_CN: '简体中文', ru: 'Русский' };

type Format = 'text' | 'markdown';
type Status = { key: MessageKey; args: (string | number)[]; tone: 'ok' | 'error' | 'busy' } | null;

/**
 * The support report: language, an editable preview of exactly what is copied or put in the ZIP,
 * copy as text or Markdown, and the evidence ZIP (with the edited report) with its progress.
 */
export function ReportSection({ view, diagnosis, fixes, environment }: { view: IncidentView; diagnosis: Diagnosis | null; fixes: readonly RankedFix[]; environment: EnvironmentSnapshot | null }) {
  const translator = useT();
  const { t } = translator;
  const ids = useId();
  const { incident } = view;
  const [chosenLanguage, setChosenLanguage] = useState<{ incidentId: number; language: ReportLanguage } | null>(null);
  const language = chosenLanguage?.incidentId === incident.id ? chosenLanguage.language : defaultReportLanguage(incident.platform, translator.locale, incident.region);
  const [format, setFormat] = useState<Format>('text');
  const draftKey = `${incident.id}:${language}`;
  const [drafts, setDrafts] = useState<{ key: string; text: string | null; markdown: string | null }>({ key: draftKey, text: null, markdown: null });
  const edits = drafts.key === draftKey ? drafts : { key: draftKey, text: null, markdown: null };
  const [status, setStatus] = useState<Status>(null);
  const [zipping, setZipping] = useState(false);

  const report = useMemo(
    () => buildReport({ incident, signals: view.signals, captures: view.captures, steps: view.steps, environment, diagnosis, fixes, language }),
    [incident, view.signals, view.captures, view.steps, environment, diagnosis, fixes, language],
  );
  const text = edits.text ?? report.text;
  const markdown = edits.markdown ?? report.markdown;
  const shown = format === 'text' ? text : markdown;
  const edited = edits.text !== null || edits.markdown !== null;

  const edit = (value: string) => setDrafts({ ...edits, [format]: value });

  const copy = async (which: Format) => {
    try {
      await navigator.clipboard.writeText(which === 'text' ? text : markdown);
      setStatus({ key: which === 'text' ? 'reportCopiedText' : 'reportCopiedMarkdown', args: [], tone: 'ok' });
    } catch (error) {
      console.warn('Seller SOS: the clipboard refused the report:', error);
      setStatus({ key: 'reportCopyFailed', args: [], tone: 'error' });
    }
  };

  const download = async () => {
    setZipping(true);
    setStatus({ key: 'reportZipProgress', args: [0], tone: 'busy' });
    try {
      const bundle = await buildBundle(
        { incident, signals: view.signals, captures: view.captures, steps: view.steps, environment, diagnosis, fixes, language, report: { text, markdown } },
        { onProgress: (done, total) => setStatus({ key: 'reportZipProgress', args: [total > 0 ? Math.round((done / total) * 100) : 100], tone: 'busy' }) },
      );
      downloadBytes(bundle.zip, bundle.fileName);
      setStatus({ key: 'reportZipDone', args: [bundle.fileName], tone: 'ok' });
    } catch (error) {
      setStatus({ key: 'reportZipFailed', args: [error instanceof Error ? error.message : String(error)], tone: 'error' });
    } finally {
      setZipping(false);
    }
  };

  return (
    <section className="report" aria-labelledby="report-heading">
      <h2 className="signals__heading" id="report-heading">
        {t('reportHeading')}
      </h2>
      <div className="report__controls">
        <label className="report__field" htmlFor={`${ids}-language`}>
          <span>{t('reportLanguage')}</span>
          <select
            id={`${ids}-language`}
            data-control="report-language"
            value={language}
            onChange={(event) => {
              setChosenLanguage({ incidentId: incident.id, language: event.target.value as ReportLanguage });
              setStatus(null);
            }}
          >
            {REPORT_LANGUAGES.map((each) => (
              <option key={each} value={each} lang={each.replace('_', '-')}>
                {LANGUAGE_AUTONYMS[each]}
              </option>
            ))}
          </select>
        </label>
        <div className="report__formats" role="radiogroup" aria-label={t('reportFormat')}>
          {(['text', 'markdown'] as const).map((each) => (
            <button key={each} type="button" role="radio" aria-checked={format === each} className="kind-filter__button" data-format={each} onClick={() => setFormat(each)}>
              {t(each === 'text' ? 'reportFormatText' : 'reportFormatMarkdown')}
            </button>
          ))}
        </div>
      </div>
      <label className="report__field report__field--block" htmlFor={`${ids}-preview`}>
        <span>{t('reportPreview')}</span>
        <textarea id={`${ids}-preview`} className="report__preview" data-control="report-preview" data-format={format} lang={language.replace('_', '-')} value={shown} spellCheck={false} rows={12} onChange={(event) => edit(event.target.value)} />
      </label>
      <div className="report__actions">
        <button type="button" className="button button--primary" data-action="copy-text" onClick={() => void copy('text')}>
          {t('reportCopyText')}
        </button>
        <button type="button" className="button" data-action="copy-markdown" onClick={() => void copy('markdown')}>
          {t('reportCopyMarkdown')}
        </button>
        <button type="button" className="button" data-action="download-zip" onClick={() => void download()} disabled={zipping}>
          {t('reportDownload')}
        </button>
        {edited ? (
          <button type="button" className="button button--quiet" data-action="reset-report" onClick={() => setDrafts({ key: draftKey, text: null, markdown: null })}>
            {t('reportReset')}
          </button>
        ) : null}
      </div>
      <p className={`report__status${status ? ` report__status--${status.tone}` : ''}`} role="status" aria-live="polite" data-status={status?.key ?? ''}>
        {status ? t(status.key, ...status.args) : null}
      </p>
    </section>
  );
}
