import { useId } from 'react';
import { browser } from 'wxt/browser';
import type { Platform } from '@/lib/rules/types';
import { useAwaitingBackfillCount } from '@/lib/shipments/use-shipments';
import { KindIcon } from '../../icons';
import { useT } from '../../I18nProvider';

/**
 * The popup's way to the stop-gap shipment log, with the reminder of shipments not yet entered in
 * the back-office. The log itself is a full extension page (entrypoints/shipments): a five-field
 * form and a table do not fit 360 px, and a popup closes — losing what was typed — as soon as
 * the seller clicks elsewhere to copy a tracking number.
 */
export function StopGapTools({ platform, onOpened }: { platform: Platform | null; onOpened: () => void }) {
  const translator = useT();
  const { t } = translator;
  const headingId = useId();
  const awaiting = useAwaitingBackfillCount();
  const open = () => {
    const query = platform ? `?platform=${platform}` : '';
    void browser.tabs.create({ url: browser.runtime.getURL(`/shipments.html${query}`) }).then(onOpened);
  };
  return (
    <section className="card stop-gap" aria-labelledby={headingId}>
      <h2 className="stop-gap__heading" id={headingId}>
        {t('stopGapHeading')}
      </h2>
      <p className="stop-gap__text">{t('shipmentLogLead')}</p>
      {awaiting ? (
        <p className="stop-gap__reminder" role="status" data-backfill-reminder={awaiting}>
          {translator.plural('shipmentsAwaiting', awaiting)}
        </p>
      ) : null}
      <button type="button" className="button button--block" data-open-shipments onClick={open}>
        {/* The parcel icon of the stuck-order kind: the same picture, one drawing. */}
        <KindIcon kind="stuck-order" size={16} />
        {t('shipmentLogOpen')}
      </button>
    </section>
  );
}
