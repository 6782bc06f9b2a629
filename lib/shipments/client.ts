import { askBackground } from '../checklist/client';
import type { ShipmentAnswer } from '../messages';
import type { ShipmentInput } from './validate';

/** The shipment log page's messages to the background (lib/background/shipments.ts). */

const NO_ANSWER: ShipmentAnswer = { ok: false, error: 'no-answer', message: 'Seller SOS did not answer.' };

export async function addShipment(entry: ShipmentInput): Promise<ShipmentAnswer> {
  return (await askBackground<ShipmentAnswer>({ type: 'shipments/add', entry })) ?? NO_ANSWER;
}

export async function markBackfilled(ids: number[], backfilled: boolean): Promise<ShipmentAnswer> {
  return (await askBackground<ShipmentAnswer>({ type: 'shipments/backfilled', ids, backfilled })) ?? NO_ANSWER;
}

export async function deleteShipment(id: number): Promise<ShipmentAnswer> {
  return (await askBackground<ShipmentAnswer>({ type: 'shipments/delete', id })) ?? NO_ANSWER;
}
