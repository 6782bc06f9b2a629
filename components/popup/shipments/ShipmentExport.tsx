import { useId, useState } from 'react';
import type { ManualShipment } from '@/lib/db';
import { PLATFORMS } from '@/lib/rules/types';
import { awaitingBackfill } from '@/lib/shipments/backfill';
import { csvFileName, shipmentsCsv, type CsvColumn } from '@/lib/shipments/csv';
import type { MessageKey } from '@/lib/i18n';
import { platformName } from '@/lib/ui/format';
import { useT } from '../../I18nProvider';

const HEADER_KEYS: Readonly<Record<CsvColumn, MessageKey>> = {
  platform: 'shipmentsColumnPlatform',
  orderId: 'shipmentsColumnOrderId',
  buyerReference: 'shipmentsColumnBuyer',
  carrier: 'shipmentsColumnCarrier',
  trackingNumber: 'shipmentsColumnTracking',
  shippedAt: 'shipmentsColumnShippedAt',
  shippedAtUtc: 'shipmentsColumnShippedAtUtc',
  loggedAt: 'shipmentsColumnLoggedAt',
  backfilledAt: 'shipmentsColumnBackfilledAt',
};

/** CSV of the shipments still to back-fill (or all of them), column titles in the seller's language. */
export function ShipmentExport({ shipments }: { shipments: ManualShipment[] }) {
  const { t } = useT();
  const ids = useId();
  const [includeDone, setIncludeDone] = useState(false);
  const [status, setStatus] = useState<string | null>(null);

  const download = () => {
    const rows = includeDone ? shipments : awaitingBackfill(shipments);
    if (rows.length === 0) {
      setStatus(t('shipmentsNothingToExport'));
      return;
    }
    const headers = Object.fromEntries(Object.entries(HEADER_KEYS).map(([column, key]) => [column, t(key)]));
    const platformNames = Object.fromEntries(PLATFORMS.map((platform) => [platform, platformName(platform)]));
    const csv = shipmentsCsv(rows, { headers, platformNames });
    const name = csvFileName(Date.now());
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    setStatus(t('shipmentsExported', name));
  };

  return (
    <section className="card shipments__section shipments__export" aria-labelledby={`${ids}-heading`}>
      <h2 className="shipments__heading" id={`${ids}-heading`}>
        {t('shipmentsExport')}
      </h2>
      <p className="field__hint">{t('shipmentsExportHint')}</p>
      <label className="switch">
        <input type="checkbox" checked={includeDone} data-export-include-done onChange={(event) => setIncludeDone(event.target.checked)} />
        <span>{t('shipmentsExportIncludeDone')}</span>
      </label>
      <div className="shipment-form__actions">
        <button type="button" className="button" data-action="export" onClick={download}>
          {t('shipmentsExport')}
        </button>
        {status ? (
          <p className="status-line" role="status" data-export-status>
            {status}
          </p>
        ) : null}
      </div>
    </section>
  );
}
