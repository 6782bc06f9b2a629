import { normaliseForFingerprint, type Signal } from '../signals';
import { areaOfSignal, pathOfUrl } from './areas';
import { AUTH_MEANINGS, ERROR_MEANINGS, NO_ANSWER_MEANINGS, SERVER_MEANINGS, type ErrorMeaning, type FeatureArea, type SignalReason, SIGNAL_REASONS } from './types';

/**
 * The figures of an incident's signals that the diagnosis, the ranking of fixes and the report
 * all need: how many calls failed and how, which parts of the back-office, which pages and which
 * orders. Occurrences count repeats (`signal.count`), so 14 identical 429s weigh 14.
 */

export type SignalInput = Pick<Signal, 'kind' | 'severity' | 'message' | 'url' | 'count' | 'details' | 'firstAt' | 'lastAt'>;

export interface StatusGroup {
  /** HTTP status; 0 when no answer came. */
  status: number;
  calls: number;
  /** The platform error codes seen with this status. */
  codes: string[];
}

export interface SignalSummary {
  /** Distinct signals of severity warning or above. */
  faults: number;
  /** Their occurrences (repeats counted). */
  occurrences: number;
  /** Occurrences of failed back-office calls. */
  failedCalls: number;
  callsByMeaning: Partial<Record<ErrorMeaning, number>>;
  /** Most frequent first. */
  callsByStatus: StatusGroup[];
  authCalls: number;
  rateLimitedCalls: number;
  serverCalls: number;
  noAnswerCalls: number;
  /** Platform error codes seen on rate-limited calls ("8", "QuotaExceeded"). */
  rateLimitCodes: string[];
  /** Parts of the back-office the faults are about, most affected first. */
  areas: FeatureArea[];
  /** Distinct pages (paths with ids folded) with faults. */
  pages: string[];
  /** Distinct order ids with order faults, in the order first seen. */
  orders: string[];
  firstAt: number | null;
  lastAt: number | null;
}

export function occurrencesOf(signal: Pick<Signal, 'count'>): number {
  return Number.isFinite(signal.count) && signal.count > 0 ? signal.count : 1;
}

export function meaningOf(signal: Pick<Signal, 'kind' | 'details'>): ErrorMeaning | null {
  const meaning = signal.details.meaning;
  return signal.kind === 'network-error' && typeof meaning === 'string' && (ERROR_MEANINGS as readonly string[]).includes(meaning) ? (meaning as ErrorMeaning) : null;
}

export function statusOf(signal: Pick<Signal, 'kind' | 'details'>): number | null {
  const status = signal.details.status;
  return signal.kind === 'network-error' && typeof status === 'number' && Number.isFinite(status) ? status : null;
}

export function errorCodeOf(signal: Pick<Signal, 'details'>): string | null {
  const code = signal.details.errorCode;
  return typeof code === 'string' && code ? code : typeof code === 'number' ? String(code) : null;
}

export function reasonOf(signal: Pick<Signal, 'details'>): SignalReason | null {
  const reason = signal.details.reason;
  return typeof reason === 'string' && (SIGNAL_REASONS as readonly string[]).includes(reason) ? (reason as SignalReason) : null;
}

export function orderIdOf(signal: Pick<Signal, 'details'>): string | null {
  const id = signal.details.orderId;
  return typeof id === 'string' && id ? id : null;
}

/** A fault the seller should act on: severity warning and above. Info signals are context. */
export function isFault(signal: Pick<Signal, 'severity'>): boolean {
  return signal.severity !== 'info';
}

/** A page's path with ids, numbers and hashes folded: /app/postings/fbs/23713478-0018-3 → /app/postings/fbs/#-#-#. */
export function pageKey(url: string): string {
  return normaliseForFingerprint(pathOfUrl(url) || url);
}

export function summariseSignals(signals: readonly SignalInput[]): SignalSummary {
  const faults = signals.filter(isFault);
  const considered = faults.length ? faults : signals;
  const callsByMeaning: Partial<Record<ErrorMeaning, number>> = {};
  const statuses = new Map<number, { calls: number; codes: Set<string> }>();
  const areaCounts = new Map<FeatureArea, number>();
  const pages = new Set<string>();
  const orders = new Set<string>();
  const rateLimitCodes = new Set<string>();
  let occurrences = 0;
  let failedCalls = 0;
  let firstAt: number | null = null;
  let lastAt: number | null = null;

  for (const signal of considered) {
    const times = occurrencesOf(signal);
    occurrences += times;
    if (Number.isFinite(signal.firstAt)) firstAt = firstAt === null ? signal.firstAt : Math.min(firstAt, signal.firstAt);
    if (Number.isFinite(signal.lastAt)) lastAt = lastAt === null ? signal.lastAt : Math.max(lastAt, signal.lastAt);
    const area = areaOfSignal(signal);
    if (area) areaCounts.set(area, (areaCounts.get(area) ?? 0) + times);
    if (signal.url) pages.add(pageKey(signal.url));
    const orderId = orderIdOf(signal);
    if (orderId && signal.kind === 'stuck-order') orders.add(orderId);
    if (signal.kind !== 'network-error') continue;

    failedCalls += times;
    const meaning = meaningOf(signal);
    if (meaning) callsByMeaning[meaning] = (callsByMeaning[meaning] ?? 0) + times;
    const status = statusOf(signal) ?? 0;
    const group = statuses.get(status) ?? { calls: 0, codes: new Set<string>() };
    group.calls += times;
    const code = errorCodeOf(signal);
    if (code) group.codes.add(code);
    statuses.set(status, group);
    if (meaning === 'rate-limited' && code) rateLimitCodes.add(code);
  }

  const sum = (meanings: readonly ErrorMeaning[]) => meanings.reduce((total, meaning) => total + (callsByMeaning[meaning] ?? 0), 0);
  return {
    faults: faults.length,
    occurrences,
    failedCalls,
    callsByMeaning,
    callsByStatus: [...statuses]
      .map(([status, { calls, codes }]) => ({ status, calls, codes: [...codes].sort() }))
      .sort((a, b) => b.calls - a.calls || a.status - b.status),
    authCalls: sum(AUTH_MEANINGS),
    rateLimitedCalls: callsByMeaning['rate-limited'] ?? 0,
    serverCalls: sum(SERVER_MEANINGS),
    noAnswerCalls: sum(NO_ANSWER_MEANINGS),
    rateLimitCodes: [...rateLimitCodes].sort(),
    areas: [...areaCounts].sort((a, b) => b[1] - a[1]).map(([area]) => area),
    pages: [...pages].sort(),
    orders: [...orders],
    firstAt,
    lastAt,
  };
}

/** HTTP statuses of the calls whose meaning is one of `meanings`, ascending. */
export function statusesWithMeaning(signals: readonly SignalInput[], meanings: readonly ErrorMeaning[]): number[] {
  const statuses = new Set<number>();
  for (const signal of signals) {
    const meaning = meaningOf(signal);
    const status = statusOf(signal);
    if (meaning && meanings.includes(meaning) && status) statuses.add(status);
  }
  return [...statuses].sort((a, b) => a - b);
}
