import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { database, type Capture, type ChecklistStep } from '../db';
import { orderIdOf, reasonOf } from '../diagnosis/summary';
import type { SignalReason } from '../diagnosis/types';
import type { Incident, Signal } from '../signals';

/** The incident the side panel shows for a tab, with everything its report is made of. */
export interface IncidentView {
  incident: Incident & { id: number };
  signals: Signal[];
  steps: ChecklistStep[];
  captures: Capture[];
}

/** The incident of the tab's latest signal (newest activity wins), or null when no signal has one. */
export function latestIncidentId(signals: readonly Pick<Signal, 'incidentId' | 'lastAt'>[]): number | null {
  let best: Pick<Signal, 'incidentId' | 'lastAt'> | null = null;
  for (const signal of signals) {
    if (signal.incidentId === null || signal.incidentId === undefined) continue;
    if (best === null || signal.lastAt > best.lastAt) best = signal;
  }
  return best?.incidentId ?? null;
}

/**
 * The shown tab's current incident, read live: the incident of its latest signals, that
 * incident's signals, checklist steps and captures. `undefined` while loading, null when none.
 */
export function useIncidentView(tabId: number | null | undefined): IncidentView | null | undefined {
  return useLiveQuery(async (): Promise<IncidentView | null> => {
    if (typeof tabId !== 'number') return null;
    const db = database();
    const tabSignals = await db.signals.where('[tabId+pageId]').between([tabId, Dexie.minKey], [tabId, Dexie.maxKey]).toArray();
    const incidentId = latestIncidentId(tabSignals);
    if (incidentId === null) return null;
    const incident = await db.incidents.get(incidentId);
    if (!incident || incident.id === undefined) return null;
    const [signals, steps, captures] = await Promise.all([
      db.signals.where('incidentId').equals(incidentId).toArray(),
      db.steps.where('incidentId').equals(incidentId).toArray(),
      db.captures.where('incidentId').equals(incidentId).toArray(),
    ]);
    return { incident: incident as Incident & { id: number }, signals, steps, captures };
  }, [tabId]);
}

/** One order a buyer may be waiting on: its number and why it was flagged. */
export interface AffectedOrder {
  orderId: string;
  reason: SignalReason | null;
}

/** Orders of the incident's stuck-order signals (details.orderId), newest first, each once. */
export function affectedOrders(signals: readonly Signal[]): AffectedOrder[] {
  const seen = new Set<string>();
  const orders: AffectedOrder[] = [];
  for (const signal of [...signals].sort((a, b) => b.lastAt - a.lastAt)) {
    if (signal.kind !== 'stuck-order') continue;
    const orderId = orderIdOf(signal);
    if (!orderId || seen.has(orderId)) continue;
    seen.add(orderId);
    orders.push({ orderId, reason: reasonOf(signal) });
  }
  return orders;
}
