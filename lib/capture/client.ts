import { browser } from 'wxt/browser';
import { captureOutcomeSchema, type CaptureNote, type CaptureOutcome, type CaptureRequestMessage } from '../messages';
import { onPermissionsChanged } from '../permissions';
import { CAPTURE_ERROR_TEXT, CAPTURE_NOTE_TEXT } from './notes';

/**
 * Evidence capture for extension pages (popup, side panel, options):
 *
 *   const outcome = await requestCapture({ tabId, trigger: 'popup' });
 *   if (outcome.ok) … outcome.captureId …; else t(captureMessageKey(outcome))
 *
 * The request is a zod-typed message to the background. It is resent with the same key until the
 * background answers: a Manifest V3 service worker can be stopped in the middle of a capture, and
 * the key makes the retried request find (or finish) the same capture instead of taking another.
 */

export type PageTrigger = CaptureRequestMessage['trigger'];

export interface CaptureRequestOptions {
  tabId: number;
  trigger: PageTrigger;
  /** Hide personal data for this screenshot; leave out for the seller's default (settings.captureMaskByDefault). */
  mask?: boolean;
  /** Give up after this long without an answer (the background is retried meanwhile). */
  timeoutMs?: number;
}

const RETRY_MS = [100, 200, 400, 800, 1_500, 2_000];

export async function requestCapture({ tabId, trigger, mask, timeoutMs = 60_000 }: CaptureRequestOptions): Promise<CaptureOutcome> {
  const key = crypto.randomUUID();
  const message: CaptureRequestMessage = { type: 'capture/request', key, tabId, trigger, ...(mask === undefined ? {} : { mask }) };
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer = captureOutcomeSchema.safeParse(await browser.runtime.sendMessage(message));
      if (answer.success && answer.data.key === key) return answer.data;
      // No valid answer: the worker was starting and had no listener yet. Ask again.
    } catch {
      // The worker was stopped while handling the request, or is restarting. Ask again.
    }
    if (Date.now() >= deadline) {
      return { ok: false, key, error: 'no-answer', message: CAPTURE_ERROR_TEXT['no-answer'].english };
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]));
  }
}

/** The i18n key (public/_locales) of what to tell the seller about an outcome. */
export function captureMessageKey(outcome: CaptureOutcome): string {
  if (!outcome.ok) return CAPTURE_ERROR_TEXT[outcome.error].i18n;
  return outcome.note ? CAPTURE_NOTE_TEXT[outcome.note].i18n : 'captureEvidenceDone';
}

/** The i18n key of a stored capture's `note` ('permission-needed' → 'captureNotePermissionNeeded'), or null. */
export function captureNoteKey(note: string | null): string | null {
  return note && note in CAPTURE_NOTE_TEXT ? CAPTURE_NOTE_TEXT[note as CaptureNote].i18n : null;
}

// ---------------------------------------------------------------- the optional permission for screenshots without a click

/** What the side panel's button and automatic capture need (wxt.config.ts optional_host_permissions). */
export const SCREENSHOT_PERMISSION = { origins: ['<all_urls>'] };

export function hasScreenshotPermission(): Promise<boolean> {
  return browser.permissions.contains(SCREENSHOT_PERMISSION).catch(() => false);
}

/** Calls `listener` whenever any permission is granted or withdrawn, until `signal` aborts. */
export const onScreenshotPermissionChanged = onPermissionsChanged;

/**
 * Shows the browser's prompt. There is deliberately no "drop" counterpart: in Chromium,
 * permissions.remove({ origins: ['<all_urls>'] }) also withdraws the back-office hosts it
 * contains. Turning automatic capture off is enough; the browser's extension settings withdraw
 * the permission itself.
 * Call it directly in a click handler, before any `await` — both
 * browsers refuse once the user gesture is used up — next to the reason (i18n
 * `capturePermissionWhy`).
 */
export function requestScreenshotPermission(): Promise<boolean> {
  return browser.permissions.request(SCREENSHOT_PERMISSION);
}
