import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db';
import type { Platform } from '../rules/types';
import { countIncidentsByPlatform, readHistory, readIncident, readTabTimeline, type HistoryPage, type StoredIncident, type TimelineData } from './queries';

/**
 * The timeline's rows read through Dexie live queries: whatever the background writes (a new
 * signal, a repeat, a capture, a checklist step) re-runs the query and the panel re-renders.
 */

export type Live<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error' };

function settle<T>(read: () => Promise<T>, what: string): () => Promise<Live<T>> {
  return async () => {
    try {
      return { status: 'ready', value: await read() };
    } catch (error) {
      console.warn(`Seller SOS: could not read ${what}:`, error);
      return { status: 'error' };
    }
  };
}

const NO_ROWS: TimelineData = { signals: [], captures: [], steps: [], incidents: [] };

/** Every row of the shown tab; empty rows when there is no tab. */
export function useTabTimeline(tabId: number | null | undefined): Live<TimelineData> {
  const result = useLiveQuery(settle(() => (typeof tabId === 'number' ? readTabTimeline(database(), tabId) : Promise.resolve(NO_ROWS)), 'the tab’s timeline'), [tabId]);
  return result ?? { status: 'loading' };
}

/** One incident of the history with all its rows; value null when it was deleted. */
export function useIncidentTimeline(incidentId: number | null): Live<(TimelineData & { incident: StoredIncident }) | null> {
  const result = useLiveQuery(settle(() => (incidentId === null ? Promise.resolve(null) : readIncident(database(), incidentId)), 'the incident'), [incidentId]);
  return result ?? { status: 'loading' };
}

export function useHistory(platforms: readonly Platform[], limit: number): Live<HistoryPage> {
  const key = platforms.join(',');
  const result = useLiveQuery(settle(() => readHistory(database(), { platforms, limit }), 'the incident history'), [key, limit]);
  return result ?? { status: 'loading' };
}

export function useIncidentCountsByPlatform(): Map<Platform, number> | undefined {
  return useLiveQuery(() => countIncidentsByPlatform(database()).catch(() => new Map<Platform, number>()), []);
}
