import type { OrderRecord, SellerSosDatabase } from '../db';
import type { OrderSighting } from '../messages';
import type { PlatformRules } from '../rules/types';
import type { SignalDraft } from '../signals';
import { fingerprintOfId } from '../signals';
import { describeAge } from '../durations';

/**
 * Memory of orders across visits, for the faults one page cannot see: an order whose status has
 * not changed for longer than normal, and a list and a detail page that disagree.
 */

const HOUR = 3_600_000;
/** A list and a detail page read this close together should agree. */
const DISAGREEMENT_WINDOW_MS = 15 * 60 * 1000;

export async function rememberOrders(db: SellerSosDatabase, rules: PlatformRules, sightings: OrderSighting[], url: string, at: number): Promise<SignalDraft[]> {
  const drafts: SignalDraft[] = [];
  const stageOf = new Map(rules.statuses.map((status) => [status.id, status.stage]));
  await db.transaction('rw', db.orders, async () => {
    const keys = sightings.map((sighting) => [rules.platform, sighting.orderId] as [string, string]);
    const existing = await db.orders.bulkGet(keys as never);
    const updates: OrderRecord[] = [];
    sightings.forEach((sighting, index) => {
      const previous = existing[index];
      const changed = !previous || previous.statusId !== sighting.statusId;
      const record: OrderRecord = {
        platform: rules.platform,
        orderId: sighting.orderId,
        statusId: sighting.statusId,
        statusLabel: sighting.statusLabel,
        statusSince: changed ? at : previous.statusSince,
        lastSeenAt: at,
        listStatusId: sighting.view === 'list' ? sighting.statusId : (previous?.listStatusId ?? null),
        listSeenAt: sighting.view === 'list' ? at : (previous?.listSeenAt ?? null),
        detailStatusId: sighting.view === 'detail' ? sighting.statusId : (previous?.detailStatusId ?? null),
        detailSeenAt: sighting.view === 'detail' ? at : (previous?.detailSeenAt ?? null),
      };
      updates.push(record);
      const stage = stageOf.get(sighting.statusId);
      const unchangedFor = at - record.statusSince;
      if ((stage === 'pre-shipment' || stage === 'unpaid') && unchangedFor > rules.normalStatusHours * HOUR) {
        drafts.push({
          kind: 'stuck-order',
          severity: 'warning',
          message: `Order ${sighting.orderId} (${sighting.statusLabel}): status unchanged for ${describeAge(unchangedFor)}`,
          fingerprint: fingerprintOfId('stuck-order', sighting.orderId, 'status-unchanged'),
          url,
          at,
          count: 1,
          live: true,
          details: { orderId: sighting.orderId, reason: 'status-unchanged', hours: Math.round(unchangedFor / HOUR), statusId: sighting.statusId, statusLabel: sighting.statusLabel },
        });
      }
      const { listStatusId, detailStatusId, listSeenAt, detailSeenAt } = record;
      if (listStatusId && detailStatusId && listStatusId !== detailStatusId && listSeenAt && detailSeenAt && Math.abs(listSeenAt - detailSeenAt) <= DISAGREEMENT_WINDOW_MS) {
        drafts.push({
          kind: 'stuck-order',
          severity: 'warning',
          message: `Order ${sighting.orderId}: the order list shows ${listStatusId} but the order page shows ${detailStatusId}`,
          fingerprint: fingerprintOfId('stuck-order', sighting.orderId, 'list-detail-mismatch'),
          url,
          at,
          count: 1,
          live: true,
          details: { orderId: sighting.orderId, reason: 'list-detail-mismatch', listStatusId, detailStatusId },
        });
      }
    });
    await db.orders.bulkPut(updates);
  });
  return drafts;
}
