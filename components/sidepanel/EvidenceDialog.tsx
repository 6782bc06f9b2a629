import { useEffect, useId, useRef } from 'react';
import { captureNoteKey } from '@/lib/capture/client';
import type { Capture } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { formatFullDate } from '@/lib/ui/format';
import { useObjectUrl } from '../capture/useObjectUrl';
import { useT } from '../I18nProvider';
import { PlatformLabel } from '../PlatformLabel';

/**
 * One capture opened from the timeline: the screenshot at full width with what was kept with it
 * (when, where, the error messages showing). A modal <dialog>: focus moves in, Escape or Close
 * closes it and the browser returns focus to the button that opened it. Page text is text only.
 */
export function EvidenceDialog({ capture, onClose }: { capture: Capture; onClose: () => void }) {
  const translator = useT();
  const { t } = translator;
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const screenshot = useObjectUrl(capture.screenshot);
  const noteKey = captureNoteKey(capture.note);

  useEffect(() => {
    const element = dialog.current;
    // Unmounting removes it from the top layer; closing here would report a close nobody asked for.
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog ref={dialog} className="evidence-dialog" aria-labelledby={headingId} onClose={onClose} data-evidence-dialog={capture.id}>
      <div className="evidence-dialog__header">
        <h2 className="signals__heading" id={headingId}>
          {t('evidenceDialogTitle', formatFullDate(capture.at, translator.htmlLang))}
        </h2>
        <button type="button" className="button button--quiet" data-action="close-evidence" onClick={() => dialog.current?.close()}>
          {t('evidenceDialogClose')}
        </button>
      </div>
      {screenshot ? (
        <img className="evidence-dialog__image" src={screenshot} alt={t('evidenceDialogImageAlt', capture.title || capture.host)} width={capture.width || undefined} height={capture.height || undefined} />
      ) : (
        <p className="field__hint">{noteKey ? t(noteKey as MessageKey) : t('timelineCaptureNoScreenshot')}</p>
      )}
      <dl className="evidence-dialog__facts">
        <dt>{t('evidenceDialogWhere')}</dt>
        <dd>
          <PlatformLabel platform={capture.platform} region={capture.region} /> <span className="host">{capture.host}</span>
        </dd>
        {capture.title ? (
          <>
            <dt>{t('evidenceDialogPage')}</dt>
            <dd className="evidence-dialog__text">{capture.title}</dd>
          </>
        ) : null}
        {capture.url ? (
          <>
            <dt>{t('evidenceDialogAddress')}</dt>
            <dd className="evidence-dialog__text evidence-dialog__url">{capture.url}</dd>
          </>
        ) : null}
        {capture.bannerTexts.length > 0 ? (
          <>
            <dt>{t('evidenceDialogBanners')}</dt>
            <dd>
              <ul className="evidence-dialog__banners">
                {capture.bannerTexts.map((text, index) => (
                  <li key={index} className="evidence-dialog__text">
                    {text}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
    </dialog>
  );
}
