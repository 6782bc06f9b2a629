import type { Capture, SellerSosDatabase } from '../db';
import type { Settings } from '../settings';

/**
 * Evidence retention. Two limits, whichever is reached first (settings: captureRetentionMb,
 * captureRetentionDays; 500 MB / 60 days by default):
 *
 * 1. Age — captures older than the limit are deleted, and so are incidents whose last signal is
 *    older, with their signals and captures.
 * 2. Size — while the captures' stored bytes exceed the cap, the oldest capture is deleted.
 *
 * Pinned evidence is never pruned: a pinned capture, a pinned incident, everything of a pinned
 * incident, and an incident that holds a pinned capture. Captures named in `keep` (the one just
 * taken) are never pruned either, so a capture can never push itself out.
 */

export interface RetentionPolicy {
  maxBytes: number;
  maxAgeMs: number;
}

export interface PruneReport {
  deletedCaptures: number;
  deletedIncidents: number;
  deletedSignals: number;
  freedBytes: number;
  /** Bytes of the captures left. */
  totalBytes: number;
  /** True when what may not be pruned (pinned, kept) is alone above the size cap. */
  overCap: boolean;
}

const MB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

export function retentionPolicy(settings: Pick<Settings, 'captureRetentionMb' | 'captureRetentionDays'>): RetentionPolicy {
  return { maxBytes: settings.captureRetentionMb * MB, maxAgeMs: settings.captureRetentionDays * DAY_MS };
}

export async function pruneEvidence(db: SellerSosDatabase, policy: RetentionPolicy, now: number, keep: readonly string[] = []): Promise<PruneReport> {
  return db.transaction('rw', db.captures, db.incidents, db.signals, async () => {
    const kept = new Set(keep);
    const captures = await db.captures.orderBy('at').toArray();
    const pinnedIncidents = new Set<number>();
    for (const incident of await db.incidents.toArray()) if (incident.pinned && incident.id !== undefined) pinnedIncidents.add(incident.id);
    for (const capture of captures) if (capture.pinned && capture.incidentId !== null) pinnedIncidents.add(capture.incidentId);
    const prunable = (capture: Capture) => !capture.pinned && !kept.has(capture.key) && (capture.incidentId === null || !pinnedIncidents.has(capture.incidentId));

    const report: PruneReport = { deletedCaptures: 0, deletedIncidents: 0, deletedSignals: 0, freedBytes: 0, totalBytes: 0, overCap: false };
    const doomed = new Set<number>();
    const cutoff = now - policy.maxAgeMs;

    // 1. Age: old incidents go whole; old captures go.
    const oldIncidents = (await db.incidents.where('lastAt').below(cutoff).toArray()).filter((incident) => incident.id !== undefined && !pinnedIncidents.has(incident.id));
    const oldIncidentIds = new Set(oldIncidents.map((incident) => incident.id!));
    for (const capture of captures) {
      if (capture.id === undefined || !prunable(capture)) continue;
      if (capture.at < cutoff || (capture.incidentId !== null && oldIncidentIds.has(capture.incidentId))) doomed.add(capture.id);
    }
    if (oldIncidentIds.size) {
      report.deletedSignals = await db.signals.where('incidentId').anyOf([...oldIncidentIds]).delete();
      await db.incidents.bulkDelete([...oldIncidentIds]);
      report.deletedIncidents = oldIncidentIds.size;
    }

    // 2. Size: oldest first.
    let total = captures.reduce((sum, capture) => sum + (capture.id !== undefined && doomed.has(capture.id) ? 0 : capture.bytes), 0);
    for (const capture of captures) {
      if (total <= policy.maxBytes) break;
      if (capture.id === undefined || doomed.has(capture.id) || !prunable(capture)) continue;
      doomed.add(capture.id);
      total -= capture.bytes;
    }

    for (const capture of captures) if (capture.id !== undefined && doomed.has(capture.id)) report.freedBytes += capture.bytes;
    await db.captures.bulkDelete([...doomed]);
    report.deletedCaptures = doomed.size;
    report.totalBytes = total;
    report.overCap = total > policy.maxBytes;
    return report;
  });
}

/** Total stored bytes of all captures. */
export async function evidenceBytes(db: SellerSosDatabase): Promise<number> {
  let total = 0;
  await db.captures.each((capture) => {
    total += capture.bytes;
  });
  return total;
}
