import { PAGE_BATCH_MAX, PAGE_CHANNEL, PAGE_PROTOCOL_VERSION, type PageEvent } from '../messages-page';

/**
 * The page probe runs in the back-office's own JavaScript world, before its scripts, to see
 * what the isolated content script cannot: console errors, uncaught errors, unhandled
 * rejections, its fetch/XHR calls that fail, and client-side navigations. It never changes what
 * the page does: every wrapper calls the original first and swallows its own failures.
 *
 * Cost matters here (it runs on every console.error a page makes): events are coalesced by
 * message into a small buffer and posted at most every FLUSH_MS.
 */

const FLUSH_MS = 250;
/** Bodies bigger than this are not read for an error code. */
const MAX_BODY_CHARS = 64 * 1024;
/** A request still unanswered after this long is reported as a timeout. */
const TIMEOUT_MS = 30_000;
const MAX_TEXT = 1_000;

export function startPageProbe(): void {
  /** Pending events by what they are about: a repeat only counts. */
  const buffer = new Map<string, PageEvent>();
  let overflow = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const post = window.postMessage.bind(window);
  const origin = location.origin;

  const flush = () => {
    timer = undefined;
    if (overflow) {
      // A flood stays visible as one bounded event instead of thousands; its count is the
      // number of calls, so the stored signal says how big the flood was.
      buffer.set('c:overflow', { type: 'console-error', source: 'console', message: 'More page errors, counted but not recorded one by one (flood)', count: Math.min(overflow, 1_000_000), at: Date.now() });
      overflow = 0;
    }
    if (!buffer.size) return;
    const events = [...buffer.values()];
    buffer.clear();
    for (let index = 0; index < events.length; index += PAGE_BATCH_MAX) {
      post({ channel: PAGE_CHANNEL, version: PAGE_PROTOCOL_VERSION, events: events.slice(index, index + PAGE_BATCH_MAX) }, origin);
    }
  };

  const push = (key: string, event: PageEvent) => {
    const existing = buffer.get(key);
    if (existing && 'count' in existing) {
      existing.count += 1;
    } else if (buffer.size >= PAGE_BATCH_MAX * 2) {
      overflow += 1;
    } else {
      buffer.set(key, event);
    }
    schedule();
  };
  const schedule = () => (timer ??= setTimeout(flush, FLUSH_MS));

  // ---- console errors, uncaught errors, unhandled rejections
  const describe = (value: unknown): string =>
    value instanceof Error
      ? `${value.name}: ${value.message}`
      : value == null || /^(string|number|boolean)$/.test(typeof value)
        ? String(value)
        : // Objects are not serialised: that would cost the page time and could copy personal data.
          ({}).toString.call(value);
  const reportConsole = (source: 'console' | 'uncaught' | 'rejection', values: unknown[], stack?: unknown) => {
    const message = values.map(describe).join(' ').slice(0, MAX_TEXT);
    // Numbers folded in the key: "row 1 failed", "row 2 failed"… coalesce into one entry.
    push(`c:${source}:${message.slice(0, 200).replace(/\d+/g, '#')}`, { type: 'console-error', source, message, ...(stack ? { stack: (stack as string).slice(0, 3_000) } : {}), count: 1, at: Date.now() });
  };
  const stackOf = (value: unknown) => value instanceof Error && value.stack;
  installConsoleTap(
    (values) => {
      try {
        reportConsole('console', values);
      } catch {
        // never let the probe break the page's logging
      }
    },
    () => {
      overflow += 1;
      schedule();
    },
  );
  addEventListener('error', (event) => {
    if (event instanceof ErrorEvent && (event.error || event.message)) reportConsole('uncaught', [event.error ?? event.message], stackOf(event.error));
  });
  addEventListener('unhandledrejection', (event) => reportConsole('rejection', [event.reason], stackOf(event.reason)));

  // ---- failed requests
  /** Called when the request starts; what it returns reports the request as failed. */
  const requestReporter = (api: 'fetch' | 'xhr', method: string, url: string) => {
    const started = performance.now();
    return (status: number, reason: 'http' | 'network' | 'timeout', body?: string) => {
      const { code, message } = readErrorBody(body);
      push(`r:${method}:${url.split('?')[0]}:${status}:${reason}:${code ?? ''}`, {
        type: 'request-failed', api, method: method.toUpperCase().slice(0, 16), url: url.slice(0, 2_000), status, reason, durationMs: Math.max(0, performance.now() - started),
        ...(code ? { errorCode: code.slice(0, 200) } : {}), ...(message ? { errorMessage: message.slice(0, 500) } : {}), count: 1, at: Date.now(),
      });
    };
  };

  const originalFetch = window.fetch;
  window.fetch = function (this: unknown, input: RequestInfo | URL, init?: RequestInit) {
    const request = input instanceof Request ? input : null;
    const report = requestReporter('fetch', init?.method ?? request?.method ?? 'GET', request ? request.url : String(input));
    let settled = false;
    const timeout = setTimeout(() => !settled && report(0, 'timeout'), TIMEOUT_MS);
    const result = originalFetch.call(this, input as RequestInfo, init);
    const settle = () => {
      settled = true;
      clearTimeout(timeout);
    };
    result.then(
      (response) => {
        settle();
        if (response.ok || response.type === 'opaque') return;
        // Read a clone's body for the platform's error code; the page reads the original.
        const failed = (text?: string) => report(response.status, 'http', text);
        response.clone().text().then(failed, () => failed());
      },
      (error: unknown) => {
        settle();
        if (!(error instanceof DOMException && error.name === 'AbortError')) report(0, 'network');
      },
    );
    return result;
  } as typeof fetch;

  const xhrRequests = new WeakMap<XMLHttpRequest, [method: string, url: string]>();
  const xhr = XMLHttpRequest.prototype;
  const originalOpen = xhr.open;
  const originalSend = xhr.send;
  xhr.open = function (this: XMLHttpRequest, method: string, url: string | URL, ...rest: unknown[]) {
    xhrRequests.set(this, [method, String(url)]);
    return (originalOpen as (...args: unknown[]) => void).call(this, method, url, ...rest);
  } as typeof xhr.open;
  xhr.send = function (this: XMLHttpRequest, body?: Document | XMLHttpRequestBodyInit | null) {
    const request = xhrRequests.get(this);
    if (request) {
      const report = requestReporter('xhr', ...request);
      const onEnd = (event: Event) => {
        if (event.type !== 'load') report(0, event.type === 'error' ? 'network' : 'timeout');
        else if (this.status >= 400) report(this.status, 'http', this.responseType === '' || this.responseType === 'text' ? this.responseText : undefined);
      };
      for (const type of ['load', 'error', 'timeout']) this.addEventListener(type, onEnd, { once: true });
    }
    return originalSend.call(this, body);
  };

  // ---- client-side navigations of single-page back-offices
  for (const name of ['pushState', 'replaceState'] as const) {
    const original = history[name];
    history[name] = function (this: History, ...args: Parameters<History['pushState']>) {
      const result = original.apply(this, args);
      push(`n:${location.href}`, { type: 'navigation', url: location.href.slice(0, 2_000), at: Date.now() });
      return result;
    };
  }
}

/**
 * Past this many console.error calls in a second, calls are counted, not read.
 * WHY: Chrome treats a console message whose calling frame is an extension script as an
 * extension's own message (a full stack trace is captured and sent to the browser for its error
 * console), ~180 µs a call more than the page's own call. Under a flood the page must call the
 * native console.error itself, with no frame of ours on the stack.
 */
export const CONSOLE_READ_PER_SECOND = 50;

/**
 * Taps console.error without changing what the console shows: `console.error` becomes an
 * accessor whose getter hands out a wrapper (which records the call, then calls the original)
 * for the first CONSOLE_READ_PER_SECOND reads a second, and the page's own console.error after
 * that, counting each read as an overflowing call. A page that assigns its own console.error gets
 * it back from then on (libraries that wrap the console keep working).
 */
export function installConsoleTap(record: (values: unknown[]) => void, overflow: () => void): void {
  const original = console.error;
  const wrapper = function (this: Console, ...values: unknown[]) {
    record(values);
    return original.apply(this, values);
  };
  let assigned: unknown;
  let windowStart = 0;
  let reads = 0;
  Object.defineProperty(console, 'error', {
    configurable: true,
    enumerable: true,
    get() {
      if (assigned) return assigned;
      const now = Date.now();
      if (now - windowStart >= 1_000) {
        windowStart = now;
        reads = 0;
      }
      if (++reads <= CONSOLE_READ_PER_SECOND) return wrapper;
      overflow();
      return original;
    },
    set(value: unknown) {
      assigned = value;
    },
  });
}

/** The platform's error code and message from a JSON error body, whatever its shape. */
export function readErrorBody(body: string | undefined): { code?: string; message?: string } {
  if (!body || body.length > MAX_BODY_CHARS || !/^\s*[{[]/.test(body)) return {};
  try {
    const json = JSON.parse(body) as Record<string, unknown>;
    const first = Array.isArray(json.errors) ? (json.errors[0] as Record<string, unknown> | undefined) : undefined;
    const nested = json.error && typeof json.error === 'object' ? (json.error as Record<string, unknown>) : undefined;
    const code = first?.code ?? nested?.code ?? json.code ?? json.error_code ?? json.errorCode ?? (typeof json.error === 'string' ? json.error : undefined);
    const message = first?.message ?? nested?.message ?? json.message ?? json.msg ?? json.error_description ?? json.error_msg;
    return {
      ...(code !== undefined && code !== null && code !== '' ? { code: String(code) } : {}),
      ...(typeof message === 'string' && message ? { message } : {}),
    };
  } catch {
    return {};
  }
}
