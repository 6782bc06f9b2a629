import type { ManualShipment } from '../db';

/** Entries the seller has not yet entered in the back-office: the reminder's count. */
export function awaitingBackfill<T extends Pick<ManualShipment, 'backfilledAt'>>(shipments: readonly T[]): T[] {
  return shipments.filter((shipment) => shipment.backfilledAt === null);
}
