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

export class SignalSink {
  private pending = new Map<string, SignalDraftInput>();
  private clears = new Set<string>();
  private orders: OrderSighting[] = [];
  /** Live faults currently reported and not cleared: re-reporting them adds nothing. */
  private readonly active = new Set<string>();
  private readonly known = new Set<string>();
  private dropped = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerDue = Infinity;
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly pageId: string,
    private readonly send: Send,
    private readonly pageUrl: () => string,
  ) {}

  report(draft: SignalDraftInput): void {
    const { fingerprint } = draft;
    if (draft.live) {
      if (this.clears.delete(fingerprint) || this.active.has(fingerprint)) {
        this.active.add(fingerprint);
        return;
      }
      this.active.add(fingerprint);
    }
    const queued = this.pending.get(fingerprint);
    if (queued) {
      queued.count = (queued.count ?? 1) + (draft.count ?? 1);
      queued.message = draft.message;
      return;
    }
    const isNew = !this.known.has(fingerprint);
    if (isNew && this.known.size >= MAX_DISTINCT) {
      this.dropped += draft.count ?? 1;
      this.reportFlood();
      return;
    }
    this.known.add(fingerprint);
    this.pending.set(fingerprint, { ...draft });
    this.schedule(isNew ? FIRST_DELAY_MS : REPEAT_DELAY_MS);
  }

  clear(fingerprint: string): void {
    if (!this.active.delete(fingerprint)) return;
    this.pending.delete(fingerprint);
    this.clears.add(fingerprint);
    this.schedule(REPEAT_DELAY_MS);
  }

  reportOrders(orders: OrderSighting[]): void {
    this.orders.push(...orders);
    this.schedule(REPEAT_DELAY_MS);
  }

  /** One diagnostic instead of thousands of rows: the page produced more faults than we keep. */
  private reportFlood(): void {
    const fingerprint = 'diagnostic:flood';
    const queued = this.pending.get(fingerprint);
    if (queued) {
      queued.details = { reason: 'too-many-signals', dropped: this.dropped };
      return;
    }
    this.pending.set(fingerprint, {
      kind: 'diagnostic',
      severity: 'warning',
      message: `This page produced more than ${MAX_DISTINCT} different faults; further new ones are counted, not stored`,
      fingerprint,
      url: this.pageUrl(),
      at: Date.now(),
      details: { reason: 'too-many-signals', dropped: this.dropped },
    });
    this.schedule(REPEAT_DELAY_MS);
  }

  private schedule(delay: number): void {
    const due = Date.now() + delay;
    if (this.timer !== undefined && this.timerDue <= due) return;
    clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerDue = Infinity;
      void this.flush();
    }, delay);
  }

  /** Sends everything pending; resolves when the background has stored it. */
  flush(): Promise<void> {
    const signals = [...this.pending.values()];
    const clears = [...this.clears];
    const orders = this.orders;
    this.pending = new Map();
    this.clears = new Set();
    this.orders = [];
    const messages: ContentToBackgroundInput[] = [];
    for (let index = 0; index < signals.length; index += 200) messages.push({ type: 'signals/report', pageId: this.pageId, signals: signals.slice(index, index + 200) });
    if (clears.length) messages.push({ type: 'signals/cleared', pageId: this.pageId, fingerprints: clears.slice(0, 500), at: Date.now() });
    if (orders.length) messages.push({ type: 'orders/seen', pageId: this.pageId, url: this.pageUrl(), orders: orders.slice(-5000), at: Date.now() });
    // One message at a time, in order: a clear must not overtake the report it clears.
    this.sending = this.sending.then(async () => {
      for (const message of messages) await this.deliver(message);
    });
    return this.sending;
  }

  /**
   * Delivered only when the background says it stored the report ({ ok: true }). A refusal that
   * will not pass (the report does not parse) is dropped at once; anything else — no answer, a
   * stopped or restarting service worker, a full disk — is tried again, a few times.
   */
  private async deliver(message: ContentToBackgroundInput): Promise<void> {
    let problem: unknown;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const answer = checkDeliveryAnswer(await this.send(message));
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
  }
}
