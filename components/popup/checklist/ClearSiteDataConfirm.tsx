import { useEffect, useId, useRef } from 'react';
import { siteDomain } from '@/lib/checklist/site-data';
import { AlertTriangleIcon } from '../../icons';
import { useT } from '../../I18nProvider';

/**
 * The warning before "clear this back-office's cookies and cache": it signs the seller out of
 * that back-office. Not modal — Tab moves on past it, Escape or Cancel closes it — and focus goes
 * to its title so a screen reader reads the warning first.
 */
export function ClearSiteDataConfirm({ host, needsPermission, onConfirm, onCancel }: { host: string; needsPermission: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useT();
  const titleId = useId();
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <div
      className="notice notice--warning checklist__confirm"
      role="group"
      aria-labelledby={titleId}
      data-confirm="clear-site-data"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <span className="notice__icon">
        <AlertTriangleIcon size={18} />
      </span>
      <div className="notice__body">
        <h4 className="notice__title" id={titleId} ref={title} tabIndex={-1}>
          {t('checklistClearConfirmTitle', host)}
        </h4>
        <p>{t('checklistClearConfirmText', host, siteDomain(host))}</p>
        {needsPermission ? <p className="field__hint">{t('checklistClearPermissionText')}</p> : null}
        <div className="checklist__confirm-actions">
          <button type="button" className="button button--primary" data-action="confirm" onClick={onConfirm}>
            {t('checklistClearConfirm')}
          </button>
          <button type="button" className="button" data-action="cancel" onClick={onCancel}>
            {t('checklistCancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
