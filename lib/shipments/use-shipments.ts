import { useLiveQuery } from 'dexie-react-hooks';
import { database, type ManualShipment } from '../db';
import { awaitingBackfill } from './backfill';

/** Every logged shipment, newest ship time first, read live; `undefined` while loading. */
export function useShipments(): ManualShipment[] | undefined {
  return useLiveQuery(() => database().shipments.orderBy('shippedAt').reverse().toArray(), []);
}

/** How many logged shipments still wait to be entered in the back-office (the reminder). */
export function useAwaitingBackfillCount(): number | undefined {
  return useLiveQuery(async () => awaitingBackfill(await database().shipments.toArray()).length, []);
}
