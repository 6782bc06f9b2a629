import type { EnvironmentSnapshot } from '../db';
import { errorCodeOf, occurrencesOf, statusOf } from '../diagnosis/summary';
import { HTTP_STATUS_TEXT } from '../diagnosis/types';
import { redactDetails, redactText, redactUrl } from '../redact';
import type { Signal } from '../signals';

/**
 * A HAR 1.2-shaped log of the failed back-office calls, for support teams whose tools open HAR
 * files: one entry per failed-call signal (its first occurrence; the count is in the comment),
 * with method, redacted URL, status and timings. No headers, cookies or bodies are recorded by
 * Seller SOS, so none appear here; the platform's error code and message stand in for the body.
 */

export interface HarContext {
  host: string;
  extensionVersion: string;
  environment: EnvironmentSnapshot | null;
}

function queryString(url: string): { name: string; value: string }[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

function entry(signal: Signal, context: HarContext) {
  const details = redactDetails(signal.details);
  const path = typeof details.path === 'string' ? details.path : '';
  const url = typeof details.url === 'string' && details.url ? details.url : redactUrl(`https://${context.host}${path}`);
  const status = statusOf(signal) ?? 0;
  const durationMs = typeof details.durationMs === 'number' && details.durationMs >= 0 ? details.durationMs : 0;
  const code = errorCodeOf(signal);
  const message = typeof details.errorMessage === 'string' ? details.errorMessage : null;
  const body = code || message ? JSON.stringify({ code, message }) : '';
  const count = occurrencesOf(signal);
  return {
    startedDateTime: new Date(signal.firstAt).toISOString(),
    time: durationMs,
    request: {
      method: typeof details.method === 'string' ? details.method : 'GET',
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      queryString: queryString(url),
      headersSize: -1,
      bodySize: -1,
    },
    response: {
      status,
      statusText: HTTP_STATUS_TEXT[status] ?? '',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      content: { size: body.length, mimeType: body ? 'application/json' : '', ...(body ? { text: body } : {}) },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
      ...(status === 0 ? { _error: typeof details.reason === 'string' ? details.reason : 'network' } : {}),
    },
    cache: {},
    timings: { blocked: -1, dns: -1, connect: -1, ssl: -1, send: 0, wait: durationMs, receive: 0 },
    comment: redactText(
      `${count === 1 ? 'Seen once' : `Seen ${count} times`} between ${new Date(signal.firstAt).toISOString()} and ${new Date(signal.lastAt).toISOString()}; the first occurrence is shown.${typeof details.meaning === 'string' ? ` Meaning: ${details.meaning}.` : ''}`,
    ),
  };
}

export function buildHar(signals: readonly Signal[], context: HarContext) {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Seller SOS', version: context.extensionVersion },
      ...(context.environment ? { browser: { name: context.environment.browser, version: context.environment.browserVersion } } : {}),
      pages: [],
      entries: signals
        .filter((signal) => signal.kind === 'network-error')
        .sort((a, b) => a.firstAt - b.firstAt)
        .map((signal) => entry(signal, context)),
      comment: 'Failed back-office calls recorded by Seller SOS. Headers, cookies and bodies are never recorded; URLs and messages are redacted.',
    },
  };
}
