import { useEffect, useId, useRef, useState } from 'react';
import { exportBackup } from '@/lib/backup/export';
import { BackupError, backupErrorKey } from '@/lib/backup/format';
import { restoreBackup } from '@/lib/backup/restore';
import { hasScreenshotPermission, onScreenshotPermissionChanged, requestScreenshotPermission } from '@/lib/capture/client';
import { database } from '@/lib/db';
import { markBackupDone } from '@/lib/reminders/store';
import type { MessageKey } from '@/lib/i18n';
import { saveSettings, settingsSchema, type Settings } from '@/lib/settings';
import { useT } from '../I18nProvider';

const RETENTION_MB = settingsSchema.shape.captureRetentionMb.unwrap();
const RETENTION_DAYS = settingsSchema.shape.captureRetentionDays.unwrap();

/**
 * The options page's evidence section: automatic capture (which asks for the optional
 * `<all_urls>` permission, with the reason, when switched on), hiding personal data by default,
 * the retention limits, and the backup ("export your data regularly"): export everything to a
 * ZIP file and import one back. Each change is saved as it is made (lib/settings.ts validates).
 */
export function EvidenceSettings({ stored }: { stored: Settings }) {
  const { t } = useT();
  const ids = useId();
  const [permission, setPermission] = useState<boolean | null>(null);
  const [declined, setDeclined] = useState(false);
  const [megabytes, setMegabytes] = useState(String(stored.captureRetentionMb));
  const [days, setDays] = useState(String(stored.captureRetentionDays));
  const [refused, setRefused] = useState<'mb' | 'days' | null>(null);
  const [backup, setBackup] = useState<{ busy: boolean; message: string | null; failed: boolean }>({ busy: false, message: null, failed: false });
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    const recheck = () => void hasScreenshotPermission().then((granted) => !controller.signal.aborted && setPermission(granted));
    recheck();
    onScreenshotPermissionChanged(recheck, controller.signal);
    return () => controller.abort();
  }, []);
  useEffect(() => setMegabytes(String(stored.captureRetentionMb)), [stored.captureRetentionMb]);
  useEffect(() => setDays(String(stored.captureRetentionDays)), [stored.captureRetentionDays]);

  const setAutoCapture = (on: boolean) => {
    if (!on) return void saveSettings({ autoCapture: false });
    setDeclined(false);
    // Straight from the click, before any await: the browsers only prompt during a user gesture.
    requestScreenshotPermission().then(
      (granted) => {
        setPermission(granted);
        setDeclined(!granted);
        // Without the permission automatic captures would have no screenshot: leave it off.
        if (granted) void saveSettings({ autoCapture: true });
      },
      () => setDeclined(true),
    );
  };

  const saveLimit = (field: 'mb' | 'days', text: string) => {
    const change = field === 'mb' ? { captureRetentionMb: Number(text) } : { captureRetentionDays: Number(text) };
    saveSettings(change).then(
      () => setRefused(null),
      () => setRefused(field),
    );
  };

  const exportAll = async () => {
    setBackup({ busy: true, message: null, failed: false });
    try {
      const { blob, fileName } = await exportBackup(database());
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      // The backup reminder counts from the last export.
      void markBackupDone().catch(() => undefined);
      setBackup({ busy: false, message: t('backupExported', fileName, `${(blob.size / 1024 / 1024).toFixed(1)} MB`), failed: false });
    } catch (error) {
      setBackup({ busy: false, message: t('backupImportFailed', error instanceof Error ? error.message : String(error)), failed: true });
    }
  };

  const importFile = async (file: File) => {
    setBackup({ busy: true, message: null, failed: false });
    try {
      const { added, alreadyPresent, settings, settingsSkipped } = await restoreBackup(file);
      const parts = [t('backupImported', added.incidents, added.signals, added.captures, alreadyPresent)];
      if (added.postmortems || added.authorisations) parts.push(t('backupImportedReview', added.postmortems, added.authorisations));
      if (settings === 'restored') parts.push(t('backupImportedSettingsRestored'));
      else if (settings === 'merged') parts.push(t('backupImportedSettingsMerged'));
      if (settingsSkipped.length) parts.push(t('backupImportedSettingsSkipped', settingsSkipped.join(', ')));
      setBackup({ busy: false, message: parts.join(' '), failed: false });
    } catch (error) {
      const reason = error instanceof BackupError ? t(backupErrorKey(error.code) as MessageKey, error.detail) : error instanceof Error ? error.message : String(error);
      setBackup({ busy: false, message: t('backupImportFailed', reason), failed: true });
    }
  };

  return (
    <section className="card settings-section" id="evidence" aria-labelledby={`${ids}-evidence-heading`} data-evidence-settings>
      <h2 className="settings-section__title" id={`${ids}-evidence-heading`}>
        {t('evidenceHeading')}
      </h2>
      <div className="field">
        <label className="switch">
          <input type="checkbox" data-setting="autoCapture" checked={stored.autoCapture && permission !== false} onChange={(event) => setAutoCapture(event.target.checked)} />
          <span>
            <span className="field__label">{t('captureAutoLabel')}</span>
            <span className="field__hint switch__hint">{t('capturePermissionWhy')}</span>
          </span>
        </label>
        {declined ? <p className="field__error">{t('capturePermissionDenied')}</p> : null}
      </div>
      <div className="field">
        <label className="switch">
          <input type="checkbox" data-setting="captureMaskByDefault" checked={stored.captureMaskByDefault} onChange={(event) => void saveSettings({ captureMaskByDefault: event.target.checked })} />
          <span className="field__label">{t('captureMaskToggle')}</span>
        </label>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-mb`}>
          {t('captureRetentionMbLabel')}
        </label>
        <input id={`${ids}-mb`} className="input input--number" type="number" inputMode="numeric" min={RETENTION_MB.minValue ?? undefined} max={RETENTION_MB.maxValue ?? undefined} value={megabytes} aria-invalid={refused === 'mb'} onChange={(event) => setMegabytes(event.target.value)} onBlur={() => saveLimit('mb', megabytes)} />
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${ids}-days`}>
          {t('captureRetentionDaysLabel')}
        </label>
        <input id={`${ids}-days`} className="input input--number" type="number" inputMode="numeric" min={RETENTION_DAYS.minValue ?? undefined} max={RETENTION_DAYS.maxValue ?? undefined} value={days} aria-invalid={refused === 'days'} onChange={(event) => setDays(event.target.value)} onBlur={() => saveLimit('days', days)} />
        <p className="field__hint">{t('captureRetentionHint')}</p>
        {refused ? (
          <p className="field__error" role="alert">
            {refused === 'mb' ? t('captureRetentionError', RETENTION_MB.minValue ?? 0, RETENTION_MB.maxValue ?? 0) : t('captureRetentionError', RETENTION_DAYS.minValue ?? 0, RETENTION_DAYS.maxValue ?? 0)}
          </p>
        ) : null}
      </div>
      <div className="field">
        <span className="field__label">{t('backupHeading')}</span>
        <p className="field__hint">{t('backupHint')}</p>
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
          <button type="button" className="button" data-backup="export" disabled={backup.busy} onClick={() => void exportAll()}>
            {t('backupExportAll')}
          </button>
          <button type="button" className="button" data-backup="import" disabled={backup.busy} onClick={() => fileInput.current?.click()}>
            {t('backupImport')}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".zip,application/zip"
            hidden
            data-backup="file"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </div>
        {backup.busy ? <p className="loading">{t('backupWorking')}</p> : null}
        {backup.message ? (
          <p className={backup.failed ? 'field__error' : 'status-line status-line--ok'} role={backup.failed ? 'alert' : 'status'} data-backup-message>
            {backup.message}
          </p>
        ) : null}
      </div>
    </section>
  );
}
