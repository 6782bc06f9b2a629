import { useState } from 'react';
import { canOpenSidePanel, openSidePanel } from '@/lib/ui/side-panel';
import type { TargetTab } from '@/lib/ui/target-tab';
import { PanelIcon } from '../icons';
import { useT } from '../I18nProvider';

/**
 * "Open side panel" (Chrome's side panel, Firefox's sidebar), opened straight from the click. The
 * popup puts evidence capture, the guided checklist and the stop-gap tools after it (PopupApp).
 */
export function PopupActions({ target, emphasise, onDone }: { target: TargetTab | null | undefined; emphasise: boolean; onDone: () => void }) {
  const { t } = useT();
  const [panelFailed, setPanelFailed] = useState(false);
  // No tab to show (null): nothing to open the panel for.
  if (!canOpenSidePanel() || target === null) return null;

  const openPanel = () => {
    // Called straight from the click: the side panel only opens during a user gesture.
    openSidePanel(target ?? null).then(onDone, (error: unknown) => {
      console.warn('Seller SOS: could not open the side panel:', error);
      setPanelFailed(true);
    });
  };

  return (
    <div className="popup-actions">
      <button type="button" className={`button button--block ${emphasise ? 'button--primary' : ''}`} data-open-side-panel onClick={openPanel} disabled={target === undefined}>
        <PanelIcon size={16} />
        {t('openSidePanel')}
      </button>
      {panelFailed ? (
        <p className="field__error" role="alert">
          {t('openSidePanelFailed')}
        </p>
      ) : null}
    </div>
  );
}
