import { database, type SellerSosDatabase } from '../db';
import type { ShipmentAnswer, ShipmentMessage } from '../messages';
import { validateShipment } from '../shipments/validate';

/**
 * The background side of the stop-gap shipment log (lib/shipments/): entries are checked again
 * here (the message was only checked for shape), kept in the `shipments` table, marked as
 * back-filled once the seller has entered them in the back-office, or deleted.
 */

export function isShipmentMessage(message: { type: string }): message is ShipmentMessage {
  return message.type.startsWith('shipments/');
}

export async function handleShipmentMessage(message: ShipmentMessage, db: SellerSosDatabase = database(), now = Date.now()): Promise<ShipmentAnswer> {
  switch (message.type) {
    case 'shipments/add': {
      const checked = validateShipment(message.entry, now);
      if (!checked.ok) return { ok: false, error: 'invalid', fields: checked.errors, message: 'The entry was not accepted.' };
      const entry = checked.value;
      return db.transaction('rw', db.shipments, async () => {
        // The same parcel twice is a double click; the same order with another tracking number is a second parcel.
        const same = await db.shipments
          .where('[platform+orderId]')
          .equals([entry.platform, entry.orderId])
          .filter((row) => row.trackingNumber === entry.trackingNumber)
          .first();
        if (same) return { ok: false, error: 'duplicate', message: 'This order and tracking number are already in the log.' } as const;
        const id = await db.shipments.add({ ...entry, createdAt: now, backfilledAt: null });
        return { ok: true, id: id as number } as const;
      });
    }
    case 'shipments/backfilled': {
      const updated = await db.shipments.where('id').anyOf(message.ids).modify({ backfilledAt: message.backfilled ? now : null });
      return updated > 0 ? { ok: true } : { ok: false, error: 'not-found', message: 'No such entry.' };
    }
    case 'shipments/delete': {
      const existing = await db.shipments.get(message.id);
      if (!existing) return { ok: false, error: 'not-found', message: 'No such entry.' };
      await db.shipments.delete(message.id);
      return { ok: true };
    }
  }
}
