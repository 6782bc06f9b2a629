import type { Platform } from '../rules/types';

/**
 * The vocabulary of the outside-in diagnosis, shared by the diagnosis itself, the knowledge
 * base of fixes (rules/fixes.ts conditions name these) and the support report. Plain types and
 * constants: no zod, so any extension page can import them.
 */

/** The plain conclusion the seller sees: whose side the fault is most likely on. */
export const CONCLUSIONS = ['your-network', 'your-account', 'the-platform', 'not-yet-clear'] as const;
export type Conclusion = (typeof CONCLUSIONS)[number];

/** Parts of a back-office a failure can be about; rules/diagnosis.ts says how each is recognised. */
export const FEATURE_AREAS = ['orders', 'products', 'inventory', 'logistics', 'finance', 'promotions', 'account'] as const;
export type FeatureArea = (typeof FEATURE_AREAS)[number];

/** How far an incident's faults reach. */
export const SCOPES = ['several-platforms', 'many-areas', 'one-area', 'many-orders', 'one-order'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * What a failed call means (lib/detectors/failed-requests.ts writes it in `details.meaning`;
 * the platform rules' error codes map to the first eight).
 */
export const ERROR_MEANINGS = ['rate-limited', 'auth-expired', 'auth-invalid', 'permission', 'server-error', 'maintenance', 'invalid-request', 'conflict', 'not-found', 'client-error', 'network', 'timeout'] as const;
export type ErrorMeaning = (typeof ERROR_MEANINGS)[number];

/** `details.reason` values written by the detectors and the background's order memory. */
export const SIGNAL_REASONS = [
  'deadline-passed',
  'deadline-near',
  'unpaid-too-long',
  'duplicate',
  'status-unchanged',
  'list-detail-mismatch',
  'endless-spinner',
  'blank-main-area',
  'asset-failed',
  'structure-not-found',
  'too-many-signals',
] as const;
export type SignalReason = (typeof SIGNAL_REASONS)[number];

/** Standard names of the statuses back-offices answer with (HAR statusText, "403 Forbidden"). */
export const HTTP_STATUS_TEXT: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export const AUTH_MEANINGS: readonly ErrorMeaning[] = ['auth-expired', 'auth-invalid', 'permission'];
export const SERVER_MEANINGS: readonly ErrorMeaning[] = ['server-error', 'maintenance'];
export const NO_ANSWER_MEANINGS: readonly ErrorMeaning[] = ['network', 'timeout'];

/** One host measured from the seller's browser. */
export interface ProbeResult {
  host: string;
  url: string;
  /** The platform's back-office, or a neutral connectivity-check host. */
  role: 'platform' | 'neutral';
  reachable: boolean;
  /** Time to the answer (or to the failure), in whole milliseconds. */
  latencyMs: number;
  /** HTTP status when the browser lets us read it; null for opaque (no-cors) answers and failures. */
  status: number | null;
  /** Why there was no answer: the 5 s limit, or a network-level failure. */
  failure: 'timeout' | 'network' | null;
}

/** A statement the conclusion rests on, with its figures; lib/diagnosis/describe.ts words it. */
export type DiagnosisFact =
  | { id: 'browser-offline' }
  | { id: 'browser-online' }
  | { id: 'probe-answered'; host: string; role: ProbeResult['role']; latencyMs: number; status: number | null }
  | { id: 'probe-slow'; host: string; role: ProbeResult['role']; latencyMs: number; usualMs: number }
  | { id: 'probe-failed'; host: string; role: ProbeResult['role']; latencyMs: number; failure: 'timeout' | 'network' }
  | { id: 'no-probes' }
  | { id: 'auth-errors'; calls: number; failedCalls: number; statuses: number[] }
  | { id: 'rate-limited'; calls: number; failedCalls: number; codes: string[] }
  | { id: 'server-errors'; calls: number; failedCalls: number; statuses: number[] }
  | { id: 'no-answer-calls'; calls: number; failedCalls: number }
  | { id: 'no-failed-calls' }
  | { id: 'several-platforms'; platforms: Platform[] }
  | { id: 'areas'; areas: FeatureArea[] }
  | { id: 'pages'; pages: number }
  | { id: 'orders'; orders: number; example: string };

export type DiagnosisFactId = DiagnosisFact['id'];

/** A fact and the conclusion it speaks for (null: context only). */
export type WeighedFact = DiagnosisFact & { pointsTo: Conclusion | null };

export interface StatusPage {
  url: string;
  kind: 'status' | 'announcements';
}

export interface Diagnosis {
  conclusion: Conclusion;
  /** The facts the conclusion rests on, most telling first. */
  evidence: WeighedFact[];
  /** How far the faults reach (for the report's scope line and the fixes' scope conditions). */
  scopes: Scope[];
  statusPage: StatusPage;
  /** When the diagnosis was made (the clock of the evidence). */
  at: number;
}
