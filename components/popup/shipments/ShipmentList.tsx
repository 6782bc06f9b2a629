import { useId, useState } from 'react';
import type { ManualShipment } from '@/lib/db';
import { deleteShipment, markBackfilled } from '@/lib/shipments/client';
import { formatClock, formatFullDate, platformName } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';
import { useT } from '../../I18nProvider';

/**
 * The logged shipments, newest first, each with its back-office state and the two things to do
 * with it: mark it back-filled (or undo that), or delete it (a second click confirms).
 */
export function ShipmentList({ shipments }: { shipments: ManualShipment[] | undefined }) {
  const translator = useT();
  const { t } = translator;
  const headingId = useId();
  const now = useNow(60_000);
  const [confirmDelete, setConfirmDelete] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);

  const act = async (run: () => Promise<{ ok: boolean }>) => {
    setFailed(!(await run()).ok);
  };
  const when = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatFullDate(at, translator.htmlLang)}>
      {formatClock(at, now, translator.htmlLang)}
    </time>
  );

  return (
    <section className="card shipments__section" aria-labelledby={headingId}>
      <h2 className="shipments__heading" id={headingId}>
        {t('shipmentsListHeading')}
      </h2>
      {failed ? (
        <p className="field__error" role="alert">
          {t('shipmentsErrorFailed')}
        </p>
      ) : null}
      {shipments === undefined ? null : shipments.length === 0 ? (
        <p className="field__hint">{t('shipmentsEmpty')}</p>
      ) : (
        <div className="shipment-table__scroll">
          <table className="shipment-table">
            <thead>
              <tr>
                <th scope="col">{t('shipmentsColumnOrderId')}</th>
                <th scope="col">{t('shipmentsColumnPlatform')}</th>
                <th scope="col">{t('shipmentsColumnBuyer')}</th>
                <th scope="col">{t('shipmentsColumnCarrier')}</th>
                <th scope="col">{t('shipmentsColumnTracking')}</th>
                <th scope="col">{t('shipmentsColumnShippedAt')}</th>
                <th scope="col">{t('shipmentsColumnBackfilledAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('shipmentsDelete')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shipments.map((shipment) => {
                const id = shipment.id!;
                const done = shipment.backfilledAt !== null;
                return (
                  <tr key={id} data-shipment={shipment.orderId} data-backfilled={String(done)} className={done ? 'shipment-table__row--done' : undefined}>
                    <th scope="row" className="host">
                      {shipment.orderId}
                    </th>
                    <td>{platformName(shipment.platform)}</td>
                    <td>{shipment.buyerReference}</td>
                    <td>{shipment.carrier}</td>
                    <td className="host">{shipment.trackingNumber}</td>
                    <td>{when(shipment.shippedAt)}</td>
                    <td>
                      <div className="shipment-table__state">
                        <span className={done ? 'status-line status-line--ok' : 'shipment-table__awaiting'}>
                          {done ? t('shipmentsStatusBackfilled', formatClock(shipment.backfilledAt!, now, translator.htmlLang)) : t('shipmentsStatusAwaiting')}
                        </span>
                        <button
                          type="button"
                          className="button shipment-table__button"
                          data-action={done ? 'undo-backfilled' : 'backfilled'}
                          aria-label={done ? t('shipmentsUndoBackfilledFor', shipment.orderId) : t('shipmentsMarkBackfilledFor', shipment.orderId)}
                          onClick={() => void act(() => markBackfilled([id], !done))}
                        >
                          {done ? t('shipmentsUndoBackfilled') : t('shipmentsMarkBackfilled')}
                        </button>
                      </div>
                    </td>
                    <td>
                      <button
                        type="button"
                        className={`button shipment-table__button ${confirmDelete === id ? 'button--primary' : 'button--quiet'}`}
                        data-action={confirmDelete === id ? 'confirm-delete' : 'delete'}
                        aria-label={confirmDelete === id ? undefined : t('shipmentsDeleteFor', shipment.orderId)}
                        onBlur={() => setConfirmDelete((current) => (current === id ? null : current))}
                        onClick={() => {
                          if (confirmDelete === id) void act(() => deleteShipment(id));
                          else setConfirmDelete(id);
                        }}
                      >
                        {confirmDelete === id ? t('shipmentsDeleteConfirm') : t('shipmentsDelete')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
