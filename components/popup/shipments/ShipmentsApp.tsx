import { useState } from 'react';
import { platformFromQuery } from '@/lib/shipments/form';
import { useShipments } from '@/lib/shipments/use-shipments';
import { awaitingBackfill } from '@/lib/shipments/backfill';
import { BrandHeader } from '../../BrandHeader';
import { AlertTriangleIcon, CheckCircleIcon } from '../../icons';
import { useDocumentTitle, useT } from '../../I18nProvider';
import { ShipmentExport } from './ShipmentExport';
import { ShipmentForm } from './ShipmentForm';
import { ShipmentList } from './ShipmentList';
import './shipments.css';

/**
 * The stop-gap shipment log (field guide: "keep a manual log of shipments … for later
 * back-filling"): log a shipment the back-office would not accept, see which still have to be
 * entered there, export them as CSV, and mark them back-filled. A page of its own, opened from
 * the popup: the form and the table need the room, and a popup would lose what was typed.
 */
export function ShipmentsApp() {
  const translator = useT();
  const { t } = translator;
  useDocumentTitle('shipmentsTitle');
  const shipments = useShipments();
  const [initialPlatform] = useState(() => platformFromQuery(location.search));
  const awaiting = shipments ? awaitingBackfill(shipments).length : 0;

  return (
    <div className="shipments">
      <BrandHeader title={t('shipmentsTitle')} subtitle={t('shipmentsSubtitle')} />
      <main className="shipments__main">
        <p className="shipments__lead">{t('shipmentsLead')}</p>
        {shipments && shipments.length > 0 ? (
          awaiting > 0 ? (
            <p className="notice notice--warning shipments__reminder" role="status" data-backfill-reminder={awaiting}>
              <span className="notice__icon">
                <AlertTriangleIcon size={18} />
              </span>
              <span>{translator.plural('shipmentsAwaiting', awaiting)}</span>
            </p>
          ) : (
            <p className="notice notice--ok shipments__reminder" role="status" data-backfill-reminder="0">
              <span className="notice__icon">
                <CheckCircleIcon size={18} />
              </span>
              <span>{t('shipmentsAllBackfilled')}</span>
            </p>
          )
        ) : null}
        <ShipmentForm initialPlatform={initialPlatform ?? 'ozon'} />
        <ShipmentList shipments={shipments} />
        {shipments && shipments.length > 0 ? <ShipmentExport shipments={shipments} /> : null}
      </main>
    </div>
  );
}
