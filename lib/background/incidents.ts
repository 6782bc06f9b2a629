import { currentIncident } from '../checklist/incident';
import type { SellerSosDatabase } from '../db';
import type { Platform } from '../rules/types';
import type { Incident } from '../signals';

/** Where an incident's activity comes from: one tab on one back-office. */
export interface IncidentScope {
  tabId: number;
  platform: Platform;
  host: string;
  region: string;
  shopId: string | null;
}

/**
 * The tab's current incident on that platform (active within the incident window), or a new
 * one. Signals, checklist steps and captures all join incidents through this one rule. Call it
 * inside a read-write transaction on `incidents`.
 */
export async function openIncidentFor(db: SellerSosDatabase, scope: IncidentScope, at: number): Promise<Incident & { id: number }> {
  const candidates = await db.incidents.where('[tabId+platform]').equals([scope.tabId, scope.platform]).toArray();
  const open = currentIncident(candidates, at);
  if (open?.id !== undefined) return open as Incident & { id: number };
  const incident: Incident = {
    ...scope,
    openedAt: at,
    lastAt: at,
    status: 'open',
    severity: 'info',
    signalCount: 0,
    title: '',
    pinned: false,
    resolvedAt: null,
  };
  const id = await db.incidents.add(incident);
  return { ...incident, id: id as number };
}
