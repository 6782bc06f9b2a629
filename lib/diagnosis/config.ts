import type { FeatureArea } from './types';

/** The shape of rules/diagnosis.ts: what the outside-in diagnosis measures and how it reads signals. */
export interface NeutralProbe {
  host: string;
  /** A connectivity-check endpoint: tiny, cache-free, made to be called by browsers. */
  url: string;
  method: 'GET' | 'HEAD';
  operator: string;
}

export interface AreaRule {
  area: FeatureArea;
  /** Regular-expression sources tested (case-insensitively) against API and page paths. */
  paths: string[];
  /** Regular-expression sources tested (case-insensitively) against banner texts, in the back-offices' languages. */
  words: string[];
}

export interface DiagnosisRules {
  /** Exactly the hosts probed besides the platform's own: the e2e network guard allows these and no others. */
  neutralProbes: [NeutralProbe, NeutralProbe];
  /** The method used for the platform's back-office host (HEAD: no page body is downloaded). */
  platformProbeMethod: 'GET' | 'HEAD';
  probeTimeoutMs: number;
  /** A probe slower than this is "slow" whatever the others did. */
  slowProbeMs: number;
  /** The platform host is "slow" when it takes this many times the neutral hosts' time (and over slowProbeMs / 2). */
  platformSlowFactor: number;
  /** A kind of failure "dominates" an incident's failed calls from this share on. */
  dominantShare: number;
  /** First matching area wins; order matters ("/portal/sale/shipment" is an orders page, not logistics). */
  areas: AreaRule[];
}
