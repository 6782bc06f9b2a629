import type { Scenario } from '../fixes/types';
import type { Platform } from '../rules/types';

/**
 * Post-mortems: what the seller found when an incident was over. Table `postmortems` (v4), one
 * per resolved incident; a new incident that matches one shows "last time: cause, fix, time to
 * resolve" in the side panel, and all of them export as the seller's own runbook (lib/postmortem/sop.ts).
 */

/** The root causes of the guides' outside-in order: own side, account, platform, tools, rules. */
export const ROOT_CAUSES = ['own-network-device', 'account-authorisation', 'platform-fault', 'third-party-tool', 'configuration-rules'] as const;
export type RootCause = (typeof ROOT_CAUSES)[number];

export interface PostMortem {
  id?: number;
  incidentId: number;
  platform: Platform;
  host: string;
  shopId: string | null;
  /** The incident's scenario: that of its first-ranked fix when it was resolved (null: no fix matched). */
  scenario: Scenario | 'none';
  /** Fingerprints of the incident's faults (severity warning and above). */
  fingerprints: string[];
  /** The incident's title, redacted. */
  title: string;
  cause: RootCause;
  /** The knowledge-base fix that worked, when it was one of the incident's fixes. */
  fixId: string | null;
  /** What fixed it in the seller's words (redacted); empty when a fix was picked. */
  fixText: string;
  note: string;
  openedAt: number;
  resolvedAt: number;
  /** resolvedAt − openedAt. */
  timeToResolveMs: number;
}
