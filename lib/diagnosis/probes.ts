import diagnosisRules from '../../rules/diagnosis';
import { PLATFORM_RULES } from '../rules/catalog';
import type { Platform } from '../rules/types';
import type { DiagnosisRules } from './config';
import type { ProbeResult } from './types';

/**
 * Measures, from the seller's browser, whether the platform's back-office host and exactly two
 * neutral connectivity-check hosts (rules/diagnosis.ts) answer, and how fast. Requests carry no
 * cookies (`credentials: 'omit'`), no referrer and nothing of the seller's; `no-cors` because
 * only "did an answer come, and when" matters, not its content (opaque answers have no status).
 */

export type FetchLike = (input: string, init: RequestInit) => Promise<Pick<Response, 'status' | 'type'>>;

export interface ProbeOptions {
  /** The back-office host(s) to measure; default: the platform's first (main) host. */
  hosts?: readonly string[];
  /** Clock for latencies; default performance.now. */
  now?: () => number;
  /** Abort signal per request; default AbortSignal.timeout(rules.probeTimeoutMs). */
  timeoutSignal?: (ms: number) => AbortSignal;
  rules?: DiagnosisRules;
}

interface ProbeTarget {
  host: string;
  url: string;
  method: 'GET' | 'HEAD';
  role: ProbeResult['role'];
}

/** The exact list of requests runProbes makes for a platform (for the e2e network guard, too). */
export function probeTargets(platform: Platform, options: Pick<ProbeOptions, 'hosts' | 'rules'> = {}): ProbeTarget[] {
  const rules = options.rules ?? diagnosisRules;
  const known = new Set(PLATFORM_RULES[platform].hosts.map((entry) => entry.host));
  // Only the platform's own back-office hosts are ever probed, whatever a caller passes.
  const hosts = (options.hosts?.length ? options.hosts : [PLATFORM_RULES[platform].hosts[0]!.host]).filter((host) => known.has(host));
  return [
    ...[...new Set(hosts)].map((host): ProbeTarget => ({ host, url: `https://${host}/`, method: rules.platformProbeMethod, role: 'platform' })),
    ...rules.neutralProbes.map((probe): ProbeTarget => ({ host: probe.host, url: probe.url, method: probe.method, role: 'neutral' })),
  ];
}

function failureOf(error: unknown): 'timeout' | 'network' {
  const name = error && typeof error === 'object' && 'name' in error ? String((error as { name: unknown }).name) : '';
  return name === 'TimeoutError' || name === 'AbortError' ? 'timeout' : 'network';
}

async function probe(target: ProbeTarget, fetchImpl: FetchLike, now: () => number, signal: AbortSignal): Promise<ProbeResult> {
  const started = now();
  try {
    const response = await fetchImpl(target.url, {
      method: target.method,
      mode: 'no-cors',
      cache: 'no-store',
      credentials: 'omit',
      redirect: 'follow',
      referrerPolicy: 'no-referrer',
      signal,
    });
    const latencyMs = Math.max(0, Math.round(now() - started));
    return { host: target.host, url: target.url, role: target.role, reachable: true, latencyMs, status: response.type === 'opaque' || !response.status ? null : response.status, failure: null };
  } catch (error) {
    const latencyMs = Math.max(0, Math.round(now() - started));
    return { host: target.host, url: target.url, role: target.role, reachable: false, latencyMs, status: null, failure: failureOf(error) };
  }
}

/** Probes the platform's back-office host(s) and the two neutral hosts, all at once. */
export async function runProbes(platform: Platform, fetchImpl: FetchLike, options: ProbeOptions = {}): Promise<ProbeResult[]> {
  const rules = options.rules ?? diagnosisRules;
  const now = options.now ?? (() => performance.now());
  const timeoutSignal = options.timeoutSignal ?? ((ms: number) => AbortSignal.timeout(ms));
  return Promise.all(probeTargets(platform, { hosts: options.hosts, rules }).map((target) => probe(target, fetchImpl, now, timeoutSignal(rules.probeTimeoutMs))));
}
