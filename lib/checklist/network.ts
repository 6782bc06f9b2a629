import type { ProbeResult } from '../diagnosis/types';
import type { StepDetails } from './steps';

/**
 * The network check's figures: whether the browser says it is online, and for the platform's
 * back-office and the two neutral hosts how long the answer took, or that none came. Stored flat
 * in the step's details so the support report can quote them:
 *
 *   { online: true, platformHost: 'seller.ozon.ru',
 *     'ms:seller.ozon.ru': 182, 'ms:connectivitycheck.gstatic.com': 41,
 *     'ms:detectportal.firefox.com': null, 'failure:detectportal.firefox.com': 'timeout' }
 */

export interface NetworkCheckResult {
  online: boolean;
  probes: ProbeResult[];
  at: number;
}

export function networkDetails(result: NetworkCheckResult): StepDetails {
  const details: StepDetails = { online: result.online };
  const platform = result.probes.find((probe) => probe.role === 'platform');
  if (platform) details.platformHost = platform.host;
  for (const probe of result.probes) {
    details[`ms:${probe.host}`] = probe.reachable ? probe.latencyMs : null;
    if (!probe.reachable) details[`failure:${probe.host}`] = probe.failure ?? 'network';
    if (probe.status !== null) details[`status:${probe.host}`] = probe.status;
  }
  return details;
}

/** Reads the figures back from a stored step (for the popup after a reopen, and the report). */
export function probesFromDetails(details: StepDetails): { host: string; latencyMs: number | null; failure: string | null }[] {
  return Object.entries(details)
    .filter(([key]) => key.startsWith('ms:'))
    .map(([key, value]) => {
      const host = key.slice(3);
      const failure = details[`failure:${host}`];
      return { host, latencyMs: typeof value === 'number' ? value : null, failure: typeof failure === 'string' ? failure : null };
    });
}
