import { defineDetector } from '../content/define-detector';
import { describeAge } from '../durations';
import { createOrderReader, type OrderRow } from '../content/order-rows';
import type { OrderSighting } from '../messages';
import type { Severity } from '../signals';
import { fingerprintOf, fingerprintOfId } from '../fingerprint';

/**
 * Stuck and inconsistent orders on lists and order pages: pre-shipment orders past (or close
 * to) their ship-by deadline, unpaid orders older than the payment window, and order numbers
 * shown twice. Statuses unchanged across visits and list/detail disagreements need memory, so
 * the background judges those from the sightings this detector sends (lib/background/order-memory.ts).
 */

const HOUR = 3_600_000;
/** An orders page where no order could be read after this long gets a diagnostic. */
const STRUCTURE_GRACE_MS = 8_000;

type Reason = 'deadline-passed' | 'deadline-near' | 'unpaid-too-long' | 'duplicate';

export default defineDetector({
  id: 'stuck-orders',
  start(context) {
    const reader = createOrderReader(context.rules);
    /** Every row seen, with the order it shows and the faults reported for it. */
    const rows = new Map<Element, { orderId: string; faults: Set<string> }>();
    const rowsByOrder = new Map<string, Set<Element>>();
    const duplicates = new Map<string, string>();
    let structureFingerprint: string | null = null;

    const faultOf = (row: OrderRow): { reason: Reason; severity: Severity; message: string; hours: number } | null => {
      const now = context.now();
      if (row.stage === 'pre-shipment' && row.deadline !== null) {
        const left = row.deadline - now;
        if (left < 0) return { reason: 'deadline-passed', severity: 'error', hours: Math.round(-left / HOUR), message: `Order ${row.orderId} (${row.statusLabel}): ship-by passed ${describeAge(left)} ago` };
        if (left < context.settings.deadlineWarningHours * HOUR) return { reason: 'deadline-near', severity: 'warning', hours: Math.round(left / HOUR), message: `Order ${row.orderId} (${row.statusLabel}): ship-by in ${describeAge(left)}` };
      }
      if (row.stage === 'unpaid' && row.orderedAt !== null) {
        const age = now - row.orderedAt;
        if (age > context.rules.paymentWindowHours * HOUR) return { reason: 'unpaid-too-long', severity: 'warning', hours: Math.round(age / HOUR), message: `Order ${row.orderId} (${row.statusLabel}): unpaid for ${describeAge(age)}, longer than the ${describeAge(context.rules.paymentWindowHours * HOUR)} payment window` };
      }
      return null;
    };

    const evaluate = (row: Element, orderId: string, textContent?: string): OrderSighting | null => {
      const read = reader.read(row, orderId, textContent);
      const entry = rows.get(row) ?? { orderId, faults: new Set<string>() };
      rows.set(row, entry);
      if (!rowsByOrder.has(orderId)) rowsByOrder.set(orderId, new Set());
      rowsByOrder.get(orderId)!.add(row);
      context.showsOrder(orderId, row);
      const fault = faultOf(read);
      const fingerprint = fault ? fingerprintOfId('stuck-order', orderId, fault.reason) : null;
      for (const previous of entry.faults) if (previous !== fingerprint) context.clear(previous);
      entry.faults.clear();
      if (fault && fingerprint) {
        entry.faults.add(fingerprint);
        context.report({
          kind: 'stuck-order',
          severity: fault.severity,
          message: fault.message,
          fingerprint,
          live: true,
          element: row,
          details: { orderId, reason: fault.reason, hours: fault.hours, statusId: read.statusId, statusLabel: read.statusLabel, deadline: read.deadline, orderedAt: read.orderedAt },
        });
      }
      return read.statusId && read.statusLabel ? { orderId, statusId: read.statusId, statusLabel: read.statusLabel, view: 'list' } : null;
    };

    const forget = (row: Element): void => {
      const entry = rows.get(row);
      if (!entry) return;
      rows.delete(row);
      rowsByOrder.get(entry.orderId)?.delete(row);
      // The same order re-rendered in a new row keeps its fault (same fingerprint): clear only
      // when no row shows the order any more.
      if (!rowsByOrder.get(entry.orderId)?.size) for (const fingerprint of entry.faults) context.clear(fingerprint);
    };

    /**
     * Looks at the orders a batch touched (all of them when the page turns from one order into a
     * list): a list that grows by a hundred rows at a time must not re-check every earlier row.
     */
    const checkDuplicates = (orderIds: Iterable<string>): void => {
      for (const orderId of orderIds) {
        const set = rowsByOrder.get(orderId);
        if (!set) continue;
        const shownTwice = set.size >= 2 && rowsByOrder.size >= 2;
        const reported = duplicates.get(orderId);
        if (shownTwice && !reported) {
          const fingerprint = fingerprintOfId('stuck-order', orderId, 'duplicate');
          duplicates.set(orderId, fingerprint);
          context.report({ kind: 'stuck-order', severity: 'warning', message: `Order ${orderId} is shown ${set.size} times in the list`, fingerprint, live: true, element: [...set][1], details: { orderId, reason: 'duplicate', times: set.size } });
        } else if (!shownTwice && reported) {
          duplicates.delete(orderId);
          context.clear(reported);
        }
      }
    };

    const checkStructure = (): void => {
      if (!context.onOrdersPage() || rows.size) return;
      structureFingerprint = fingerprintOf('diagnostic', 'no-orders-read', location.pathname);
      context.report({
        kind: 'diagnostic',
        severity: 'info',
        message: 'No order could be read on this orders page: the list is empty, still loading, or the page layout changed',
        fingerprint: structureFingerprint,
        live: true,
        details: { reason: 'structure-not-found', orderIdExample: context.rules.orderId.example },
      });
    };
    context.setTimeout(checkStructure, STRUCTURE_GRACE_MS);

    return {
      onDom(batch) {
        reader.beginBatch();
        const dirty = new Map<Element, string>();
        /** Rows read from their text in one piece (see OrderReader.orderOfRow). */
        const inOnePiece = new Map<Element, string>();
        const fromText = (text: Text) => {
          const value = text.nodeValue;
          if (!value || value.length < 8 || !text.parentElement) return;
          reader.orderIds.lastIndex = 0;
          const match = reader.orderIds.exec(value);
          const row = match && reader.rowOf(text.parentElement, match[0]);
          if (row && match) dirty.set(row, match[0]);
        };
        for (const text of batch.texts()) fromText(text);
        for (const element of batch.plain()) {
          const textContent = batch.textOf(element);
          const orderId = reader.orderOfRow(element, textContent);
          if (orderId === undefined) for (const text of batch.textsIn(element)) fromText(text);
          else if (orderId !== null) {
            dirty.set(element, orderId);
            inOnePiece.set(element, textContent);
          }
        }
        // A status or date changed inside a known row.
        for (const element of batch.changed) {
          for (let current: Element | null = element, depth = 0; current && depth < 12; current = current.parentElement, depth += 1) {
            const entry = rows.get(current);
            if (entry) {
              dirty.set(current, entry.orderId);
              break;
            }
          }
        }
        // New rows first, then forget the removed ones: an order re-rendered into a new row
        // keeps its fault instead of clearing and reporting it again.
        const ordersBefore = rowsByOrder.size;
        const touched = new Set(dirty.values());
        const forgetRemoved = () => {
          if (!batch.removed) return;
          for (const [row, entry] of rows) {
            if (row.isConnected) continue;
            touched.add(entry.orderId);
            forget(row);
          }
        };
        const duplicatesToCheck = (): Iterable<string> => ((ordersBefore >= 2) !== (rowsByOrder.size >= 2) ? rowsByOrder.keys() : touched);
        if (!dirty.size) {
          forgetRemoved();
          if (batch.removed) checkDuplicates(duplicatesToCheck());
          return;
        }
        const isList = rowsByOrder.size >= 2 || new Set([...rowsByOrder.keys(), ...touched]).size >= 2;
        const sightings: OrderSighting[] = [];
        for (const [row, orderId] of dirty) {
          const sighting = evaluate(row, orderId, inOnePiece.get(row));
          if (sighting) sightings.push({ ...sighting, view: isList ? 'list' : 'detail' });
        }
        forgetRemoved();
        if (structureFingerprint) {
          context.clear(structureFingerprint);
          structureFingerprint = null;
        }
        checkDuplicates(duplicatesToCheck());
        if (sightings.length) context.reportOrders(sightings);
      },
    };
  },
});
