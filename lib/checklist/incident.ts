import type { Incident } from '../signals';
import { INCIDENT_WINDOW_MS } from '../signals';

/**
 * The incident a checklist step belongs to: the tab's open incident on that platform that was
 * active within the incident window (the same rule the signal store groups signals by), newest
 * first. Shared by the background (which stores steps) and the popup (which shows them).
 */
export function currentIncident<T extends Incident>(incidents: readonly T[], at: number): T | undefined {
  return incidents
    .filter((incident) => incident.status === 'open' && at - incident.lastAt <= INCIDENT_WINDOW_MS)
    .sort((a, b) => b.lastAt - a.lastAt)[0];
}
