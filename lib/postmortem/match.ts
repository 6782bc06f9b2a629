import { ALL_FIXES } from '../fixes/catalog';
import { rankFixes } from '../fixes/rank';
import type { Fix, Scenario } from '../fixes/types';
import { isFault, type SignalInput } from '../diagnosis/summary';
import type { Platform } from '../rules/types';
import type { Signal } from '../signals';
import type { PostMortem } from './types';

/**
 * "Last time this happened": a new incident matches a past post-mortem when they share a fault
 * fingerprint (the very same error), or else when they are the same scenario on the same
 * platform. A fingerprint match beats a scenario match; among equals the most recent wins.
 */

/** The scenario of an incident: that of its first-ranked fix, judged as an open incident. */
export function scenarioOf(signals: readonly SignalInput[], platform: Platform, fixes: readonly Fix[] = ALL_FIXES): Scenario | 'none' {
  return rankFixes({ status: 'open' }, signals, null, platform, { fixes, limit: 1 })[0]?.fix.scenario ?? 'none';
}

/** The fingerprints of an incident's faults (info-level diagnostics are Seller SOS about itself). */
export function faultFingerprints(signals: readonly Pick<Signal, 'fingerprint' | 'severity'>[]): string[] {
  return [...new Set(signals.filter(isFault).map((signal) => signal.fingerprint))].sort();
}

export interface IncidentKey {
  incidentId: number;
  platform: Platform;
  scenario: Scenario | 'none';
  fingerprints: readonly string[];
}

export interface LastTime {
  postmortem: PostMortem;
  matchedBy: 'fingerprint' | 'scenario';
  /** Fingerprints shared with the current incident. */
  shared: number;
}

export function findLastTime(current: IncidentKey, postmortems: readonly PostMortem[]): LastTime | null {
  const fingerprints = new Set(current.fingerprints);
  let best: LastTime | null = null;
  for (const postmortem of postmortems) {
    if (postmortem.incidentId === current.incidentId) continue;
    const shared = postmortem.fingerprints.filter((fingerprint) => fingerprints.has(fingerprint)).length;
    const matchedBy = shared > 0 ? 'fingerprint' : postmortem.platform === current.platform && current.scenario !== 'none' && postmortem.scenario === current.scenario ? 'scenario' : null;
    if (!matchedBy) continue;
    const candidate: LastTime = { postmortem, matchedBy, shared };
    if (!best || better(candidate, best)) best = candidate;
  }
  return best;
}

function better(a: LastTime, b: LastTime): boolean {
  if (a.matchedBy !== b.matchedBy) return a.matchedBy === 'fingerprint';
  return a.postmortem.resolvedAt > b.postmortem.resolvedAt;
}
