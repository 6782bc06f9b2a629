import Dexie from 'dexie';
import type { Capture, ChecklistStep, SellerSosDatabase } from '../db';
import { PLATFORMS, type Platform } from '../rules/types';
import type { Incident, Signal } from '../signals';

/**
 * Reads for the timeline and the history, through indexes only: a tab's rows by tabId, an
 * incident's by incidentId, and the history a page at a time in `lastAt` order, so thousands of
 * stored incidents cost one short index walk per page.
 */

export type StoredIncident = Incident & { id: number };

/** Rows as read (lib/timeline/entries.ts takes them as TimelineRows). */
export interface TimelineData {
  signals: Signal[];
  captures: Capture[];
  steps: ChecklistStep[];
  incidents: StoredIncident[];
}

function withId(incident: Incident | undefined): incident is StoredIncident {
  return incident !== undefined && typeof incident.id === 'number';
}

/** Every signal, capture and checklist step of one tab (all its pages and incidents), with those incidents. */
export async function readTabTimeline(db: SellerSosDatabase, tabId: number): Promise<TimelineData> {
  const [signals, captures, steps] = await Promise.all([
    db.signals.where('[tabId+pageId]').between([tabId, Dexie.minKey], [tabId, Dexie.maxKey]).toArray(),
    db.captures.where('tabId').equals(tabId).toArray(),
    db.steps.where('tabId').equals(tabId).toArray(),
  ]);
  const ids = new Set<number>();
  for (const row of [...signals, ...captures, ...steps]) if (typeof row.incidentId === 'number') ids.add(row.incidentId);
  const incidents = (await db.incidents.bulkGet([...ids])).filter(withId);
  return { signals, captures, steps, incidents };
}

/** One incident with everything its timeline and report are made of; null when it is gone. */
export async function readIncident(db: SellerSosDatabase, incidentId: number): Promise<(TimelineData & { incident: StoredIncident }) | null> {
  const incident = await db.incidents.get(incidentId);
  if (!withId(incident)) return null;
  const [signals, captures, steps] = await Promise.all([
    db.signals.where('incidentId').equals(incidentId).toArray(),
    db.captures.where('incidentId').equals(incidentId).toArray(),
    db.steps.where('incidentId').equals(incidentId).toArray(),
  ]);
  return { incident, signals, captures, steps, incidents: [incident] };
}

/** One row of the history: the incident and how much evidence it has. */
export interface IncidentSummary {
  incident: StoredIncident;
  captureCount: number;
  stepCount: number;
}

export interface HistoryPage {
  incidents: IncidentSummary[];
  /** More incidents match beyond `limit`. */
  more: boolean;
}

/** Incidents shown per page of the history. */
export const HISTORY_PAGE_SIZE = 25;

/** The latest `limit` incidents (by last activity) of the chosen platforms (none chosen: all). */
export async function readHistory(db: SellerSosDatabase, { platforms, limit }: { platforms: readonly Platform[]; limit: number }): Promise<HistoryPage> {
  let collection = db.incidents.orderBy('lastAt').reverse();
  if (platforms.length > 0) collection = collection.filter((incident) => platforms.includes(incident.platform));
  const rows = (await collection.limit(limit + 1).toArray()).filter(withId);
  const shown = rows.slice(0, limit);
  const incidents = await Promise.all(
    shown.map(async (incident) => {
      const [captureCount, stepCount] = await Promise.all([db.captures.where('incidentId').equals(incident.id).count(), db.steps.where('incidentId').equals(incident.id).count()]);
      return { incident, captureCount, stepCount };
    }),
  );
  return { incidents, more: rows.length > limit };
}

/** Stored incidents of each platform (index counts), for the history's platform filter. */
export async function countIncidentsByPlatform(db: SellerSosDatabase): Promise<Map<Platform, number>> {
  const counts = await Promise.all(PLATFORMS.map(async (platform) => [platform, await db.incidents.where('platform').equals(platform).count()] as const));
  return new Map(counts.filter(([, count]) => count > 0));
}
