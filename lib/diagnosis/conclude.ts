import diagnosisRules from '../../rules/diagnosis';
import { PLATFORM_RULES } from '../rules/catalog';
import type { Platform } from '../rules/types';
import type { DiagnosisRules } from './config';
import { statusesWithMeaning, summariseSignals, type SignalInput, type SignalSummary } from './summary';
import { AUTH_MEANINGS, SERVER_MEANINGS, type Conclusion, type Diagnosis, type ProbeResult, type Scope, type WeighedFact } from './types';

/**
 * The outside-in diagnosis, as a pure function of what was measured: is the browser online, do
 * the neutral hosts and the platform's back-office answer (and how fast), and what the incident's
 * failed calls say (authorisation, rate limits, server errors, no answer), how far they spread
 * (pages, parts of the back-office, orders, other platforms at the same time).
 *
 * The order of the checks is the field guides' order: network first, then account, then
 * platform; "not yet clear" when nothing dominates.
 */

export interface DiagnosisEvidence {
  platform: Platform;
  /** navigator.onLine when the diagnosis was made. */
  online: boolean;
  /** runProbes() results; empty when the network check has not been run. */
  probes: readonly ProbeResult[];
  /** The incident's signals. */
  signals: readonly SignalInput[];
  /** Other back-office platforms with open faults at the same time (their open incidents). */
  otherPlatformsFailing?: readonly Platform[];
  now: number;
}

interface Reading {
  summary: SignalSummary;
  neutral: ProbeResult[];
  platform: ProbeResult[];
  neutralDown: boolean;
  platformDown: boolean;
  /** Fastest neutral answer, the reference for "slow". */
  neutralMs: number | null;
  slowPlatform: ProbeResult | undefined;
  slowNeutral: boolean;
  otherPlatforms: Platform[];
}

function read(evidence: DiagnosisEvidence, rules: DiagnosisRules): Reading {
  const neutral = evidence.probes.filter((probe) => probe.role === 'neutral');
  const platform = evidence.probes.filter((probe) => probe.role === 'platform');
  const answeredNeutral = neutral.filter((probe) => probe.reachable).map((probe) => probe.latencyMs);
  const neutralMs = answeredNeutral.length ? Math.min(...answeredNeutral) : null;
  const slowPlatform = platform.find(
    (probe) =>
      probe.reachable &&
      (probe.latencyMs >= rules.slowProbeMs || (neutralMs !== null && probe.latencyMs >= neutralMs * rules.platformSlowFactor && probe.latencyMs >= rules.slowProbeMs / 2)),
  );
  return {
    summary: summariseSignals(evidence.signals),
    neutral,
    platform,
    neutralDown: neutral.length > 0 && neutral.every((probe) => !probe.reachable),
    platformDown: platform.length > 0 && platform.every((probe) => !probe.reachable),
    neutralMs,
    slowPlatform,
    slowNeutral: answeredNeutral.length > 0 && answeredNeutral.every((ms) => ms >= rules.slowProbeMs),
    otherPlatforms: [...new Set(evidence.otherPlatformsFailing ?? [])].filter((other) => other !== evidence.platform),
  };
}

function decide(evidence: DiagnosisEvidence, reading: Reading, rules: DiagnosisRules): Conclusion {
  const { summary } = reading;
  const share = (calls: number) => (summary.failedCalls ? calls / summary.failedCalls : 0);
  const dominates = (calls: number) => calls > 0 && share(calls) >= rules.dominantShare;
  if (!evidence.online || reading.neutralDown) return 'your-network';
  // Failures on several back-offices at once, and not server errors: the common factor is the seller's side.
  if (reading.otherPlatforms.length && !dominates(summary.serverCalls)) return 'your-network';
  if (reading.platformDown) return 'the-platform';
  if (dominates(summary.authCalls) || dominates(summary.rateLimitedCalls)) return 'your-account';
  if (dominates(summary.serverCalls)) return 'the-platform';
  if (reading.slowPlatform && !reading.slowNeutral) return 'the-platform';
  if (dominates(summary.noAnswerCalls) && reading.slowNeutral) return 'your-network';
  return 'not-yet-clear';
}

function facts(evidence: DiagnosisEvidence, reading: Reading, rules: DiagnosisRules): WeighedFact[] {
  const { summary } = reading;
  const list: WeighedFact[] = [];
  list.push(evidence.online ? { id: 'browser-online', pointsTo: null } : { id: 'browser-offline', pointsTo: 'your-network' });

  if (!evidence.probes.length) list.push({ id: 'no-probes', pointsTo: null });
  for (const probe of [...reading.platform, ...reading.neutral]) {
    if (!probe.reachable) {
      const pointsTo: Conclusion = probe.role === 'neutral' || reading.neutralDown ? 'your-network' : 'the-platform';
      list.push({ id: 'probe-failed', host: probe.host, role: probe.role, latencyMs: probe.latencyMs, failure: probe.failure ?? 'network', pointsTo });
    } else if (probe === reading.slowPlatform && reading.neutralMs !== null && !reading.slowNeutral) {
      list.push({ id: 'probe-slow', host: probe.host, role: probe.role, latencyMs: probe.latencyMs, usualMs: reading.neutralMs, pointsTo: 'the-platform' });
    } else if (probe.role === 'neutral' && probe.latencyMs >= rules.slowProbeMs) {
      list.push({ id: 'probe-slow', host: probe.host, role: probe.role, latencyMs: probe.latencyMs, usualMs: rules.slowProbeMs, pointsTo: 'your-network' });
    } else {
      list.push({ id: 'probe-answered', host: probe.host, role: probe.role, latencyMs: probe.latencyMs, status: probe.status, pointsTo: null });
    }
  }

  const { failedCalls } = summary;
  if (!failedCalls) list.push({ id: 'no-failed-calls', pointsTo: null });
  if (summary.authCalls) list.push({ id: 'auth-errors', calls: summary.authCalls, failedCalls, statuses: statusesWithMeaning(evidence.signals, AUTH_MEANINGS), pointsTo: 'your-account' });
  if (summary.rateLimitedCalls) list.push({ id: 'rate-limited', calls: summary.rateLimitedCalls, failedCalls, codes: summary.rateLimitCodes, pointsTo: 'your-account' });
  if (summary.serverCalls) list.push({ id: 'server-errors', calls: summary.serverCalls, failedCalls, statuses: statusesWithMeaning(evidence.signals, SERVER_MEANINGS), pointsTo: 'the-platform' });
  if (summary.noAnswerCalls) list.push({ id: 'no-answer-calls', calls: summary.noAnswerCalls, failedCalls, pointsTo: reading.neutralDown || reading.slowNeutral ? 'your-network' : null });
  if (reading.otherPlatforms.length) list.push({ id: 'several-platforms', platforms: reading.otherPlatforms, pointsTo: 'your-network' });
  if (summary.areas.length) list.push({ id: 'areas', areas: summary.areas, pointsTo: null });
  if (summary.pages.length) list.push({ id: 'pages', pages: summary.pages.length, pointsTo: null });
  if (summary.orders.length) list.push({ id: 'orders', orders: summary.orders.length, example: summary.orders[0]!, pointsTo: null });
  return list;
}

function scopesOf(reading: Reading): Scope[] {
  const scopes: Scope[] = [];
  if (reading.otherPlatforms.length) scopes.push('several-platforms');
  if (reading.summary.areas.length >= 2) scopes.push('many-areas');
  else if (reading.summary.areas.length === 1) scopes.push('one-area');
  if (reading.summary.orders.length >= 2) scopes.push('many-orders');
  else if (reading.summary.orders.length === 1) scopes.push('one-order');
  return scopes;
}

export function concludeDiagnosis(evidence: DiagnosisEvidence, rules: DiagnosisRules = diagnosisRules): Diagnosis {
  const reading = read(evidence, rules);
  const conclusion = decide(evidence, reading, rules);
  const all = facts(evidence, reading, rules);
  // The facts the conclusion rests on first, then the context, each group in its own order.
  const evidenceList = [...all.filter((fact) => fact.pointsTo === conclusion), ...all.filter((fact) => fact.pointsTo !== conclusion)];
  return { conclusion, evidence: evidenceList, scopes: scopesOf(reading), statusPage: { ...PLATFORM_RULES[evidence.platform].statusPage }, at: evidence.now };
}
