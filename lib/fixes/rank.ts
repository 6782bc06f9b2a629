import type { Diagnosis, ErrorMeaning, FeatureArea, Scope, SignalReason } from '../diagnosis/types';
import { areaOfSignal } from '../diagnosis/areas';
import { errorCodeOf, isFault, meaningOf, occurrencesOf, orderIdOf, reasonOf, statusOf, type SignalInput } from '../diagnosis/summary';
import type { Platform } from '../rules/types';
import type { Incident, SignalKind } from '../signals';
import { ALL_FIXES } from './catalog';
import type { Fix, FixCondition } from './types';

/**
 * Orders the knowledge base's fixes for one incident: each condition of a fix that matches adds
 * its weight, scaled by the share of the incident's fault occurrences it covers (half the weight
 * for a single stray signal, all of it when every fault matches); conditions on the diagnosis,
 * the scope and the incident count in full. Every match is kept as a reason the UI can say
 * ("because: 3 calls answered 403 Unauthorized"). Ties keep the knowledge base's order.
 */

/** Why a fix was suggested: one matched condition, with its figures (lib/fixes/reasons.ts words it). */
export type MatchReason =
  | { on: 'status'; status: number; calls: number; codes: string[] }
  | { on: 'meaning'; meaning: ErrorMeaning; calls: number }
  | { on: 'error-code'; code: string; calls: number }
  | { on: 'kind'; kind: SignalKind; occurrences: number }
  | { on: 'reason'; reason: SignalReason; occurrences: number; orders: string[] }
  | { on: 'order-status'; status: string; orders: string[] }
  | { on: 'area'; area: FeatureArea; occurrences: number }
  | { on: 'conclusion'; conclusion: Diagnosis['conclusion'] }
  | { on: 'scope'; scope: Scope }
  | { on: 'incident'; status: 'open' | 'resolved' }
  | { on: 'any-fault'; faults: number };

export interface RankedFix {
  fix: Fix;
  /** Sum of the matched conditions' contributions, one decimal. */
  score: number;
  /** The matches, strongest first; a match that only repeats signals already explained is left out. */
  reasons: MatchReason[];
}

export interface RankOptions {
  fixes?: readonly Fix[];
  /** At most this many fixes (default: every fix that matched). */
  limit?: number;
}

interface Match {
  reason: MatchReason;
  /** Indexes of the signals this match is about (empty for diagnosis/incident matches). */
  covers: number[];
}

type Indexed = { signal: SignalInput; index: number };

function groupBy<K>(items: Indexed[], key: (item: Indexed) => K | null): Map<K, Indexed[]> {
  const groups = new Map<K, Indexed[]>();
  for (const item of items) {
    const value = key(item);
    if (value === null) continue;
    const group = groups.get(value) ?? [];
    group.push(item);
    groups.set(value, group);
  }
  return groups;
}

const occurrences = (items: Indexed[]) => items.reduce((sum, { signal }) => sum + occurrencesOf(signal), 0);
const indexes = (items: Indexed[]) => items.map((item) => item.index);
const distinctOrders = (items: Indexed[]) => [...new Set(items.map(({ signal }) => orderIdOf(signal)).filter((id): id is string => id !== null))];

function orderStatuses(signal: SignalInput): string[] {
  return ['statusId', 'listStatusId', 'detailStatusId'].map((key) => signal.details[key]).filter((value): value is string => typeof value === 'string' && value.length > 0);
}

/** The matches of one condition over the incident's signals. */
function matchCondition(condition: FixCondition, items: Indexed[], context: { incident: Pick<Incident, 'status'>; diagnosis: Diagnosis | null | undefined; faults: number }): Match[] {
  const calls = items.filter(({ signal }) => signal.kind === 'network-error');
  switch (condition.on) {
    case 'status':
      return [...groupBy(calls, ({ signal }) => statusOf(signal))]
        .filter(([status]) => condition.statuses.includes(status))
        .map(([status, group]) => ({
          reason: { on: 'status', status, calls: occurrences(group), codes: [...new Set(group.map(({ signal }) => errorCodeOf(signal)).filter((code): code is string => code !== null))].sort() },
          covers: indexes(group),
        }));
    case 'meaning':
      return [...groupBy(calls, ({ signal }) => meaningOf(signal))]
        .filter(([meaning]) => condition.meanings.includes(meaning))
        .map(([meaning, group]) => ({ reason: { on: 'meaning', meaning, calls: occurrences(group) }, covers: indexes(group) }));
    case 'error-code':
      return [...groupBy(calls, ({ signal }) => errorCodeOf(signal))]
        .filter(([code]) => condition.codes.includes(code))
        .map(([code, group]) => ({ reason: { on: 'error-code', code, calls: occurrences(group) }, covers: indexes(group) }));
    case 'kind':
      return [...groupBy(items, ({ signal }) => signal.kind)]
        .filter(([kind]) => condition.kinds.includes(kind))
        .map(([kind, group]) => ({ reason: { on: 'kind', kind, occurrences: occurrences(group) }, covers: indexes(group) }));
    case 'reason':
      return [...groupBy(items, ({ signal }) => reasonOf(signal))]
        .filter(([reason]) => condition.reasons.includes(reason))
        .map(([reason, group]) => ({ reason: { on: 'reason', reason, occurrences: occurrences(group), orders: distinctOrders(group) }, covers: indexes(group) }));
    case 'order-status': {
      const matches: Match[] = [];
      for (const status of condition.statuses) {
        const group = items.filter(({ signal }) => signal.kind === 'stuck-order' && orderStatuses(signal).includes(status));
        if (group.length) matches.push({ reason: { on: 'order-status', status, orders: distinctOrders(group) }, covers: indexes(group) });
      }
      return matches;
    }
    case 'area':
      return [...groupBy(items, ({ signal }) => areaOfSignal(signal))]
        .filter(([area]) => condition.areas.includes(area))
        .map(([area, group]) => ({ reason: { on: 'area', area, occurrences: occurrences(group) }, covers: indexes(group) }));
    case 'conclusion':
      return context.diagnosis && condition.conclusions.includes(context.diagnosis.conclusion) ? [{ reason: { on: 'conclusion', conclusion: context.diagnosis.conclusion }, covers: [] }] : [];
    case 'scope':
      return (context.diagnosis?.scopes ?? []).filter((scope) => condition.scopes.includes(scope)).map((scope) => ({ reason: { on: 'scope', scope }, covers: [] }));
    case 'incident':
      return context.incident.status === condition.status ? [{ reason: { on: 'incident', status: condition.status }, covers: [] }] : [];
    case 'any-fault':
      return context.faults ? [{ reason: { on: 'any-fault', faults: context.faults }, covers: [] }] : [];
  }
}

function scoreFix(fix: Fix, items: Indexed[], total: number, context: Parameters<typeof matchCondition>[2]): RankedFix | null {
  const scored: { contribution: number; matches: Match[] }[] = [];
  for (const condition of fix.appliesWhen) {
    const matches = matchCondition(condition, items, context);
    if (!matches.length) continue;
    const covered = new Set(matches.flatMap((match) => match.covers));
    const aboutSignals = !['conclusion', 'scope', 'incident', 'any-fault'].includes(condition.on);
    const share = aboutSignals && total ? Math.min(1, occurrences(items.filter((item) => covered.has(item.index))) / total) : 1;
    scored.push({ contribution: condition.weight * (aboutSignals ? 0.5 + 0.5 * share : 1), matches });
  }
  if (!scored.length) return null;
  scored.sort((a, b) => b.contribution - a.contribution);
  const explained = new Set<number>();
  const reasons: MatchReason[] = [];
  for (const { matches } of scored) {
    for (const match of matches) {
      if (match.covers.length && match.covers.every((index) => explained.has(index))) continue;
      for (const index of match.covers) explained.add(index);
      reasons.push(match.reason);
    }
  }
  const score = Math.round(scored.reduce((sum, { contribution }) => sum + contribution, 0) * 10) / 10;
  return { fix, score, reasons };
}

/** The fixes that apply to this incident on this platform, best first, each with its reasons. */
export function rankFixes(
  incident: Pick<Incident, 'status'>,
  signals: readonly SignalInput[],
  diagnosis: Diagnosis | null | undefined,
  platform: Platform,
  options: RankOptions = {},
): RankedFix[] {
  const faults = signals.filter(isFault);
  // Info signals (Seller SOS's own notes) still match, but the share is measured against the faults.
  const items: Indexed[] = signals.map((signal, index) => ({ signal, index }));
  const total = occurrences(items.filter(({ signal }) => isFault(signal))) || occurrences(items);
  const context = { incident, diagnosis, faults: faults.length };
  const ranked: RankedFix[] = [];
  for (const fix of options.fixes ?? ALL_FIXES) {
    if (fix.platforms !== 'all' && !fix.platforms.includes(platform)) continue;
    const result = scoreFix(fix, items, total, context);
    if (result) ranked.push(result);
  }
  // Array.prototype.sort is stable: equal scores keep the knowledge base's order.
  ranked.sort((a, b) => b.score - a.score);
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
