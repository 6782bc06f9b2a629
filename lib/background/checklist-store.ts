import type { ChecklistStep, SellerSosDatabase } from '../db';
import type { HostMatch } from '../rules/catalog';
import { openIncidentFor } from './incidents';

/** The tab a step is about: its back-office (from its real URL), or none. */
export interface StepTab {
  tabId: number;
  host: string | null;
  match: HostMatch | undefined;
  /** The shop id the page showed, for an incident opened by this step. */
  shopId: string | null;
}

/**
 * The background stores every checklist step here (lib/background/checklist.ts).
 *
 * Stores one step in the tab's current incident (opened if there is none). A step is activity on
 * the incident: it keeps the incident current, so the next steps and faults join the same one.
 */
export async function storeStep(
  db: SellerSosDatabase,
  tab: StepTab,
  step: Pick<ChecklistStep, 'step' | 'outcome' | 'details' | 'at'>,
): Promise<{ id: number; incidentId: number | null }> {
  return db.transaction('rw', db.incidents, db.steps, async () => {
    let incidentId: number | null = null;
    if (tab.match && tab.host) {
      const incident = await openIncidentFor(db, { tabId: tab.tabId, platform: tab.match.platform, host: tab.host, region: tab.match.region, shopId: tab.shopId }, step.at);
      incidentId = incident.id;
      if (step.at > incident.lastAt) await db.incidents.update(incident.id, { lastAt: step.at });
    }
    const id = await db.steps.add({
      incidentId,
      tabId: tab.tabId,
      platform: tab.match?.platform ?? null,
      host: tab.host,
      at: step.at,
      step: step.step,
      outcome: step.outcome,
      details: step.details,
    });
    return { id: id as number, incidentId };
  });
}
