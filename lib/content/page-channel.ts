import type { PageEvent } from '../messages-content';
import { PAGE_CHANNEL } from '../messages-page';
import { checkPageEnvelope } from './message-checks';

/**
 * Receives the page probe's batches. The page can post anything on window, so every envelope
 * is checked field by field against the protocol (lib/content/message-checks.ts, in step with
 * the zod schema) and the channel is rate-limited; it only ever carries data into the
 * detectors — nothing the page sends can make the extension act.
 */

/** The probe flushes at most every 250 ms; a page posting far more is forging or flooding. */
const MAX_ENVELOPES_PER_SECOND = 20;

export function listenToPageProbe(onEvent: (event: PageEvent) => void, signal: AbortSignal): void {
  let windowStart = 0;
  let inWindow = 0;
  window.addEventListener(
    'message',
    (message: MessageEvent) => {
      const data: unknown = message.data;
      // Other scripts' messages on window do not count against the rate.
      if (message.source !== window || (data as { channel?: unknown } | null | undefined)?.channel !== PAGE_CHANNEL) return;
      const now = Date.now();
      if (now - windowStart >= 1_000) {
        windowStart = now;
        inWindow = 0;
      }
      // Past the rate, and envelopes that do not check out, are dropped whole.
      if (++inWindow > MAX_ENVELOPES_PER_SECOND) return;
      for (const event of checkPageEnvelope(data) ?? []) onEvent(event);
    },
    { signal },
  );
}
