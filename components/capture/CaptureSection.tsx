import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { captureMessageKey, captureNoteKey, hasScreenshotPermission, onScreenshotPermissionChanged, requestScreenshotPermission } from '@/lib/capture/client';
import { onLastCapture, readLastCapture, type LastCapture } from '@/lib/capture/last-capture';
import { setCapturePinned } from '@/lib/capture/evidence';
import { database, type Capture } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import { formatSeenAt } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';
import { useT } from '../I18nProvider';
import { CaptureButton } from './CaptureButton';
import { RegionEditor } from './RegionEditor';
import { useObjectUrl } from './useObjectUrl';

/** The side panel shows the tab's latest captures; older ones stay in the database and backups. */
const SHOWN = 5;

/**
 * Evidence in the side panel: "Capture evidence" for the shown tab, the permission screenshots
 * from here need (offered with the reason once a capture came back without a screenshot for want
 * of it — a click on the toolbar button on this tab is enough otherwise), and the tab's latest
 * captures with their thumbnails — each can be pinned, or have parts hidden (RegionEditor).
 */
export function CaptureSection({ tabId, onBackOffice }: { tabId: number | null | undefined; onBackOffice: boolean }) {
  const { t } = useT();
  const captures = useLiveQuery(
    () => (typeof tabId === 'number' ? database().captures.where('tabId').equals(tabId).reverse().sortBy('at') : Promise.resolve([] as Capture[])),
    [tabId],
  );
  const [permission, setPermission] = useState<boolean | null>(null);
  const [declined, setDeclined] = useState(false);
  /** The reason and the way to the permission are shown when a capture here came back without a screenshot for want of it. */
  const [needsPermission, setNeedsPermission] = useState(false);
  const [editing, setEditing] = useState<number | null>(null);
  const [last, setLast] = useState<LastCapture | null>(null);

  useEffect(() => {
    // Granted or withdrawn elsewhere (the options page, the browser's settings): follow it.
    const controller = new AbortController();
    const recheck = () => void hasScreenshotPermission().then((granted) => !controller.signal.aborted && setPermission(granted));
    recheck();
    onScreenshotPermissionChanged(recheck, controller.signal);
    return () => controller.abort();
  }, []);

  useEffect(() => {
    // Captures nobody waited for (shortcut, context menu, automatic) report here when something went wrong.
    const controller = new AbortController();
    void readLastCapture().then((found) => !controller.signal.aborted && setLast(found));
    onLastCapture(setLast, controller.signal);
    return () => controller.abort();
  }, []);
  const unattended = last && ['shortcut', 'context-menu', 'auto'].includes(last.trigger) ? last : null;
  const lastProblem = unattended && (!unattended.outcome.ok || unattended.outcome.note) ? t(captureMessageKey(unattended.outcome) as MessageKey) : null;

  const askPermission = () => {
    // Straight from the click, before any await: the browsers only prompt during a user gesture.
    requestScreenshotPermission().then(
      (granted) => {
        setPermission(granted);
        setDeclined(!granted);
      },
      () => setDeclined(true),
    );
  };

  if (!onBackOffice && !captures?.length) return null;
  return (
    <section className="capture-section" aria-labelledby="capture-heading" style={{ display: 'grid', gap: 8, marginBottom: 12 }}>
      <h2 className="signals__heading" id="capture-heading">
        {t('evidenceHeading')}
      </h2>
      {onBackOffice ? (
        <CaptureButton
          tabId={tabId}
          trigger="sidepanel"
          onCaptured={(outcome) => {
            setNeedsPermission(outcome.ok && outcome.note === 'permission-needed');
            void hasScreenshotPermission().then(setPermission);
          }}
        />
      ) : null}
      {last?.overCap ? (
        <p className="field__error" role="alert">
          {t('captureStorageOverCap')}
        </p>
      ) : null}
      {lastProblem ? (
        <p className="field__hint" role="status" data-last-capture={unattended!.trigger}>
          {lastProblem}
        </p>
      ) : null}
      {onBackOffice && permission === false && needsPermission ? (
        <div className="notice notice--info" data-capture-permission>
          <div className="notice__body">
            <span className="field__hint">{t('capturePermissionWhy')}</span>
            <button type="button" className="button" onClick={askPermission}>
              {t('capturePermissionButton')}
            </button>
            {declined ? <span className="field__hint">{t('capturePermissionDenied')}</span> : null}
          </div>
        </div>
      ) : null}
      {captures?.length ? (
        <ul className="capture-list" style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
          {captures.slice(0, SHOWN).map((capture) => (
            <li key={capture.id} data-capture-id={capture.id}>
              <CaptureItem capture={capture} editing={editing === capture.id} onEdit={(edit) => setEditing(edit ? capture.id! : null)} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CaptureItem({ capture, editing, onEdit }: { capture: Capture; editing: boolean; onEdit: (edit: boolean) => void }) {
  const { t, htmlLang } = useT();
  const now = useNow(30_000);
  const thumbnail = useObjectUrl(capture.thumbnail);
  const noteKey = captureNoteKey(capture.note);
  return (
    <div className="card" style={{ display: 'grid', gap: 6, padding: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
        {thumbnail ? <img src={thumbnail} alt="" width={96} style={{ borderRadius: 4, flex: 'none', border: '1px solid var(--border, #d0d7de)' }} /> : null}
        <div style={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <time dateTime={new Date(capture.at).toISOString()}>{formatSeenAt(capture.at, now, htmlLang)}</time>
          {noteKey ? <span className="field__hint">{t(noteKey as MessageKey)}</span> : null}
        </div>
      </div>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {capture.screenshot && !editing ? (
          <button type="button" className="button button--quiet" onClick={() => onEdit(true)}>
            {t('evidenceHideParts')}
          </button>
        ) : null}
        <button type="button" className="button button--quiet" aria-pressed={capture.pinned} onClick={() => void setCapturePinned(database(), capture.id!, !capture.pinned)}>
          {t(capture.pinned ? 'evidenceUnpin' : 'evidencePin')}
        </button>
      </div>
      {editing ? <RegionEditor captureId={capture.id!} onClose={() => onEdit(false)} /> : null}
    </div>
  );
}
