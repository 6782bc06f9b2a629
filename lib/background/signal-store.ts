import Dexie from 'dexie';
import type { SellerSosDatabase } from '../db';
import type { HostMatch } from '../rules/catalog';
import type { Signal, SignalDraft } from '../signals';
import { severityRank } from '../signals';
import { openIncidentFor } from './incidents';

/**
 * Stores signals: a repeated identical signal (same fingerprint in the same incident) adds to
 * its count instead of adding a row, so a flood grows the database by a bounded number of rows.
 * Signals of one tab and platform within INCIDENT_WINDOW_MS of each other form one incident.
 */

export interface PageOrigin {
  tabId: number;
  pageId: string;
  host: string;
  match: HostMatch;
  shopId: string | null;
}

export async function storeSignals(db: SellerSosDatabase, origin: PageOrigin, drafts: SignalDraft[]): Promise<number> {
  return db.transaction('rw', db.incidents, db.signals, async () => {
    const at = Math.max(...drafts.map((draft) => draft.at));
    const incident = await openIncidentFor(db, { tabId: origin.tabId, platform: origin.match.platform, host: origin.host, region: origin.match.region, shopId: origin.shopId }, at);
    let added = 0;
    for (const draft of drafts) {
      const existing = await db.signals.where('[incidentId+fingerprint]').equals([incident.id, draft.fingerprint]).first();
      if (existing?.id !== undefined) {
        // A live fault still showing on the same page is one occurrence, however often it is re-read.
        const sameOccurrence = draft.live && existing.pageId === origin.pageId && existing.clearedAt === null;
        await db.signals.update(existing.id, {
          count: sameOccurrence ? existing.count : existing.count + draft.count,
          lastAt: Math.max(existing.lastAt, draft.at),
          message: draft.message,
          details: draft.details,
          url: draft.url,
          pageId: origin.pageId,
          clearedAt: null,
        });
      } else {
        const signal: Signal = {
          incidentId: incident.id,
          tabId: origin.tabId,
          pageId: origin.pageId,
          platform: origin.match.platform,
          host: origin.host,
          kind: draft.kind,
          severity: draft.severity,
          message: draft.message,
          fingerprint: draft.fingerprint,
          url: draft.url,
          count: draft.count,
          firstAt: draft.at,
          lastAt: draft.at,
          clearedAt: null,
          details: draft.details,
        };
        await db.signals.add(signal);
        added += 1;
      }
      // The title is the first fault of the highest severity seen: what went wrong first.
      if (!incident.title || severityRank(draft.severity) > severityRank(incident.severity)) incident.title = draft.message.slice(0, 200);
      if (severityRank(draft.severity) > severityRank(incident.severity)) incident.severity = draft.severity;
    }
    await db.incidents.update(incident.id, {
      lastAt: Math.max(incident.lastAt, at),
      severity: incident.severity,
      title: incident.title,
      signalCount: incident.signalCount + added,
      shopId: incident.shopId ?? origin.shopId,
    });
    return incident.id;
  });
}

export async function clearSignals(db: SellerSosDatabase, tabId: number, pageId: string, fingerprints: string[], at: number): Promise<void> {
  const wanted = new Set(fingerprints);
  await db.signals
    .where('[tabId+pageId]')
    .equals([tabId, pageId])
    .filter((signal) => wanted.has(signal.fingerprint) && signal.clearedAt === null)
    .modify({ clearedAt: at });
}

/** Live faults of pages the tab has left are no longer showing. */
export async function clearPagesOfTab(db: SellerSosDatabase, tabId: number, exceptPageId: string | null, at: number): Promise<void> {
  await db.signals
    .where('[tabId+pageId]')
    .between([tabId, Dexie.minKey], [tabId, Dexie.maxKey])
    .filter((signal) => signal.pageId !== exceptPageId && signal.clearedAt === null)
    .modify({ clearedAt: at });
}

/** Open faults of the tab's current page: what the badge shows. */
export async function openFaultCount(db: SellerSosDatabase, tabId: number, pageId: string): Promise<number> {
  return db.signals
    .where('[tabId+pageId]')
    .equals([tabId, pageId])
    .filter((signal) => signal.clearedAt === null && severityRank(signal.severity) >= severityRank('warning'))
    .count();
}
