import { useEffect, useState } from 'react';
import { captureMessageKey, requestCapture, type PageTrigger } from '@/lib/capture/client';
import type { MessageKey } from '@/lib/i18n';
import type { CaptureOutcome } from '@/lib/messages';
import { useSettings } from '@/lib/ui/use-settings';
import { useT } from '../I18nProvider';

/**
 * "Capture evidence" for the popup and the side panel: asks the background to capture the tab
 * (lib/capture/client.ts) and says what happened. The "hide personal data" box starts from the
 * seller's default (settings.captureMaskByDefault) and applies to the next capture only.
 */
export function CaptureButton({ tabId, trigger, disabled = false, onCaptured }: { tabId: number | null | undefined; trigger: PageTrigger; disabled?: boolean; onCaptured?: (outcome: CaptureOutcome) => void }) {
  const { t } = useT();
  const settings = useSettings();
  const maskDefault = settings?.captureMaskByDefault ?? true;
  const [mask, setMask] = useState(maskDefault);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CaptureOutcome | null>(null);
  useEffect(() => setMask(maskDefault), [maskDefault]);

  const capture = async () => {
    if (typeof tabId !== 'number') return;
    setBusy(true);
    setOutcome(null);
    const result = await requestCapture({ tabId, trigger, mask });
    setBusy(false);
    setOutcome(result);
    setMask(maskDefault);
    onCaptured?.(result);
  };

  const message = outcome ? describe(outcome, t) : null;
  return (
    <div className="capture-evidence" style={{ display: 'grid', gap: 6 }}>
      <button type="button" className="button button--block" data-capture-button={trigger} disabled={disabled || busy || typeof tabId !== 'number'} onClick={() => void capture()}>
        {busy ? t('captureEvidenceBusy') : t('captureEvidence')}
      </button>
      <label className="switch field__hint">
        <input type="checkbox" data-capture-mask checked={mask} onChange={(event) => setMask(event.target.checked)} />
        <span>{t('captureMaskToggle')}</span>
      </label>
      {message ? (
        <p className={outcome?.ok && !outcome.note ? 'status-line status-line--ok' : 'field__error'} role={outcome?.ok ? 'status' : 'alert'} data-capture-outcome={outcome?.ok ? (outcome.note ?? 'ok') : outcome?.error}>
          {message}
        </p>
      ) : null}
    </div>
  );
}

function describe(outcome: CaptureOutcome, t: (key: MessageKey, ...substitutions: (string | number)[]) => string): string {
  const detail = t(captureMessageKey(outcome) as MessageKey);
  if (!outcome.ok) return t('captureEvidenceFailed', detail);
  return outcome.note ? t('captureEvidenceDoneNoScreenshot', detail) : detail;
}
