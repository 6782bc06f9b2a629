import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { database } from '@/lib/db';
import { buildSopMarkdown } from '@/lib/postmortem/sop';
import { downloadBytes } from '@/lib/ui/download';
import { useT } from '../I18nProvider';

/**
 * The seller's own runbook: every resolved incident with its post-mortem, grouped by scenario,
 * as a Markdown file (lib/postmortem/sop.ts), in the page's language.
 */
export function RunbookSettings() {
  const translator = useT();
  const { t } = translator;
  const ids = useId();
  const count = useLiveQuery(() => database().postmortems.count(), []);
  const [status, setStatus] = useState<'idle' | 'done' | 'failed'>('idle');

  const download = async () => {
    try {
      const postmortems = await database().postmortems.toArray();
      const now = Date.now();
      const markdown = buildSopMarkdown(postmortems, translator.locale, now);
      downloadBytes(new TextEncoder().encode(markdown), `seller-sos-runbook-${new Date(now).toISOString().slice(0, 10)}.md`, 'text/markdown;charset=utf-8');
      setStatus('done');
    } catch (error) {
      console.warn('Seller SOS: could not write the runbook:', error);
      setStatus('failed');
    }
  };

  return (
    <section className="card settings-section" id="runbook" aria-labelledby={`${ids}-heading`} data-runbook-settings>
      <h2 className="settings-section__title" id={`${ids}-heading`}>
        {t('runbookHeading')}
      </h2>
      <p className="field__hint">{t('runbookHint')}</p>
      <p data-postmortem-count={count ?? 0}>{t('runbookCount', count ?? 0)}</p>
      <div className="settings-form__actions">
        <button type="button" className="button" data-action="download-runbook" onClick={() => void download()}>
          {t('runbookDownload')}
        </button>
        <p className="settings-form__status" role="status">
          {status === 'done' ? t('runbookDone') : status === 'failed' ? t('runbookFailed') : null}
        </p>
      </div>
    </section>
  );
}
