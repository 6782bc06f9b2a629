import { useLiveQuery } from 'dexie-react-hooks';
import { database, type ChecklistStep } from '../db';
import type { Platform } from '../rules/types';
import type { Incident, Signal } from '../signals';
import { currentIncident } from './incident';

export interface TabIncident {
  incident: (Incident & { id: number }) | null;
  steps: ChecklistStep[];
  signals: Signal[];
}

const NONE: TabIncident = { incident: null, steps: [], signals: [] };

/**
 * The tab's current incident on its platform (the one new steps land in), with its checklist
 * steps and signals, read live: a step recorded by the background shows at once.
 * `undefined` while loading.
 */
export function useTabIncident(tabId: number | null | undefined, platform: Platform | null | undefined): TabIncident | undefined {
  return useLiveQuery(async (): Promise<TabIncident> => {
    if (typeof tabId !== 'number' || !platform) return NONE;
    const db = database();
    const incidents = await db.incidents.where('[tabId+platform]').equals([tabId, platform]).toArray();
    const incident = currentIncident(incidents, Date.now());
    if (incident?.id === undefined) return NONE;
    const [steps, signals] = await Promise.all([db.steps.where('incidentId').equals(incident.id).toArray(), db.signals.where('incidentId').equals(incident.id).toArray()]);
    return { incident: incident as Incident & { id: number }, steps, signals };
  }, [tabId, platform]);
}
