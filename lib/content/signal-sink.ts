import type { ContentToBackgroundInput, OrderSighting } from '../messages';
import type { SignalDraftInput } from '../signals';
import { checkDeliveryAnswer } from './message-checks';

/**
 * Batches what the detectors find and sends it to the background. It coalesces repeats (a
 * flood of the same error becomes one signal with a count), caps how many distinct signals a
 * page can produce, and keeps unsent batches to retry: a Manifest V3 service worker can be
 * stopped and restarted at any moment, and nothing may be lost when that happens.
 */

/** A new fault goes out almost at once; repeats of known ones ride along every second. */
const FIRST_DELAY_MS = 10;
const REPEAT_DELAY_MS = 1_000;
/** Distinct signals one page session may report; past that only counts grow. */
const MAX_DISTINCT = 300;
const MAX_ATTEMPTS = 8;

export type Send = (message: ContentToBackgroundInput) => Promise<unknown>;

export interface SignalSink {
  report(draft: SignalDraftInput): void;
  clear(fingerprint: string): void;
  reportOrders(orders: OrderSighting[]): void;
  /** Sends everything pending; resolves when the background has stored it. */
  flush(): Promise<void>;
}

// A closure, not a class: its state is local variables the minifier can shorten (issue #8).
export function createSignalSink(pageId: string, send: Send, pageUrl: () => string): SignalSink {
  let pending = new Map<string, SignalDraftInput>();
  let clears = new Set<string>();
  let orders: OrderSighting[] = [];
  /** Live faults currently reported and not cleared: re-reporting them adds nothing. */
  const active = new Set<string>();
  const known = new Set<string>();
  let dropped = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let timerDue = Infinity;
  let sending: Promise<void> = Promise.resolve();

  /** One diagnostic instead of thousands of rows: the page produced more faults than we keep. */
  const reportFlood = (): void => {
    const fingerprint = 'diagnostic:flood';
    const details = { reason: 'too-many-signals', dropped };
    const queued = pending.get(fingerprint);
    if (queued) {
      queued.details = details;
      return;
    }
    pending.set(fingerprint, {
      kind: 'diagnostic',
      severity: 'warning',
      message: `This page produced more than ${MAX_DISTINCT} different faults; further new ones are counted, not stored`,
      fingerprint,
      url: pageUrl(),
      at: Date.now(),
      details,
    });
    schedule(REPEAT_DELAY_MS);
  };

  const schedule = (delay: number): void => {
    const due = Date.now() + delay;
    if (timer !== undefined && timerDue <= due) return;
    clearTimeout(timer);
    timerDue = due;
    timer = setTimeout(() => {
      timer = undefined;
      timerDue = Infinity;
      void flush();
    }, delay);
  };

  const flush = (): Promise<void> => {
    const signals = [...pending.values()];
    const cleared = [...clears];
    const sighted = orders;
    pending = new Map();
    clears = new Set();
    orders = [];
    const messages: ContentToBackgroundInput[] = [];
    for (let index = 0; index < signals.length; index += 200) messages.push({ type: 'signals/report', pageId, signals: signals.slice(index, index + 200) });
    if (cleared.length) messages.push({ type: 'signals/cleared', pageId, fingerprints: cleared.slice(0, 500), at: Date.now() });
    if (sighted.length) messages.push({ type: 'orders/seen', pageId, url: pageUrl(), orders: sighted.slice(-5000), at: Date.now() });
    // One message at a time, in order: a clear must not overtake the report it clears.
    sending = sending.then(async () => {
      for (const message of messages) await deliver(message);
    });
    return sending;
  };

  /**
   * Delivered only when the background says it stored the report ({ ok: true }). A refusal that
   * will not pass (the report does not parse) is dropped at once; anything else — no answer, a
   * stopped or restarting service worker, a full disk — is tried again, a few times.
   */
  const deliver = async (message: ContentToBackgroundInput): Promise<void> => {
    let problem: unknown;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = checkDeliveryAnswer(await send(message));
        if (answer?.ok) return;
        problem = answer?.reason ?? 'no answer';
        if (answer && answer.reason !== 'storage-full') break;
      } catch (error) {
        problem = error;
      }
      if (attempt >= MAX_ATTEMPTS) break;
      await new Promise((resolve) => setTimeout(resolve, Math.min(100 * 2 ** attempt, 5_000)));
    }
    console.warn('Seller SOS: a report was not stored:', message.type, problem);
  };

  return {
    report(draft) {
      const { fingerprint } = draft;
      if (draft.live) {
        const repeat = clears.delete(fingerprint) || active.has(fingerprint);
        active.add(fingerprint);
        if (repeat) return;
      }
      const queued = pending.get(fingerprint);
      if (queued) {
        queued.count = (queued.count ?? 1) + (draft.count ?? 1);
        queued.message = draft.message;
        return;
      }
      const isNew = !known.has(fingerprint);
      if (isNew && known.size >= MAX_DISTINCT) {
        dropped += draft.count ?? 1;
        reportFlood();
        return;
      }
      known.add(fingerprint);
      pending.set(fingerprint, { ...draft });
      schedule(isNew ? FIRST_DELAY_MS : REPEAT_DELAY_MS);
    },
    clear(fingerprint) {
      if (!active.delete(fingerprint)) return;
      pending.delete(fingerprint);
      clears.add(fingerprint);
      schedule(REPEAT_DELAY_MS);
    },
    reportOrders(sightings) {
      orders.push(...sightings);
      schedule(REPEAT_DELAY_MS);
    },
    flush,
  };
}
