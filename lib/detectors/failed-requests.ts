import { defineDetector } from '../content/define-detector';
import type { Severity } from '../signals';
import { fingerprintOf } from '../fingerprint';

/**
 * The back-office's own data calls that fail: HTTP errors (5xx, 429 rate limited, 401/403
 * authorisation), network errors and timeouts, with the platform's error code read from the
 * JSON body by the page probe. Only calls to the back-office's hosts and API paths count: an
 * analytics beacon that fails is not the seller's problem.
 */

type Meaning = 'rate-limited' | 'auth-expired' | 'auth-invalid' | 'permission' | 'server-error' | 'invalid-request' | 'conflict' | 'maintenance' | 'network' | 'timeout' | 'not-found' | 'client-error';

function meaningOfStatus(status: number, reason: string): Meaning {
  if (reason === 'timeout') return 'timeout';
  if (reason === 'network' || status === 0) return 'network';
  if (status === 429) return 'rate-limited';
  if (status === 401) return 'auth-expired';
  if (status === 403) return 'permission';
  if (status === 503) return 'maintenance';
  if (status >= 500) return 'server-error';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return 'client-error';
}

const SEVERITY: Record<Meaning, Severity> = {
  'rate-limited': 'error',
  'auth-expired': 'critical',
  'auth-invalid': 'critical',
  permission: 'critical',
  'server-error': 'error',
  maintenance: 'error',
  network: 'error',
  timeout: 'error',
  'invalid-request': 'warning',
  conflict: 'warning',
  'not-found': 'warning',
  'client-error': 'warning',
};

export default defineDetector({
  id: 'failed-requests',
  start(context) {
    const hosts = new Set(context.rules.hosts.map((entry) => entry.host));
    const apiPaths = context.rules.apiPaths.map((source) => new RegExp(source, 'u'));

    return {
      onPageEvent(event) {
        if (event.type !== 'request-failed') return;
        let url: URL;
        try {
          url = new URL(event.url, location.href);
        } catch {
          return;
        }
        if (!hosts.has(url.hostname) || !apiPaths.some((path) => path.test(url.pathname))) return;
        const known = event.errorCode ? context.rules.errorCodes.find((code) => code.code === event.errorCode) : undefined;
        const meaning: Meaning = known?.meaning ?? meaningOfStatus(event.status, event.reason);
        const path = url.pathname;
        const outcome = event.status ? String(event.status) : event.reason;
        const code = event.errorCode ? ` ${event.errorCode}` : '';
        const text = event.errorMessage ? `: ${event.errorMessage}` : '';
        context.report({
          kind: 'network-error',
          severity: SEVERITY[meaning],
          message: `${event.method} ${path} → ${outcome}${code}${text}`.slice(0, 500),
          fingerprint: fingerprintOf('network-error', event.method, path, outcome, event.errorCode ?? ''),
          count: event.count,
          at: event.at,
          details: {
            method: event.method,
            url: url.href.slice(0, 2000),
            path,
            status: event.status,
            reason: event.reason,
            meaning,
            durationMs: Math.round(event.durationMs),
            errorCode: event.errorCode ?? null,
            errorMessage: event.errorMessage ?? null,
            api: event.api,
          },
        });
      },
    };
  },
});
