import { browser } from 'wxt/browser';
import { injectIntoTab } from './inject';
import { capturePreparedSchema, captureFinishedSchema, type BackgroundToContent } from '../messages';

/**
 * The background's side of preparing a page for a screenshot (lib/content/mask-channel.ts):
 * ask the tab's content script to hide personal data, wait for its answer, and afterwards ask
 * it to put the page back. Both answers are validated; no answer within the time limit counts
 * as a failure, never as success.
 */

/** A page that does not answer in this time is not prepared (a busy page gets a few seconds). */
export const PREPARE_TIMEOUT_MS = 5_000;
/** How long the page stays prepared on its own; longer than prepare + screenshot ever take. */
export const HOLD_MS = PREPARE_TIMEOUT_MS + 4_000;
const FINISH_TIMEOUT_MS = 2_000;

async function ask(tabId: number, message: BackgroundToContent, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    // frameId 0: the content scripts run in the top frame only.
    return await Promise.race([browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the page confirmed it is prepared (personal data hidden when `mask`). */
export async function preparePage(tabId: number, token: string, mask: boolean): Promise<boolean> {
  // The capture mask is not part of the content script (every back-office page would carry it).
  // If it cannot be injected, the content script does not answer a masked prepare and the
  // capture is stored as `mask-failed`.
  if (mask) await injectIntoTab(tabId, '/page-mask.js');
  const answer = capturePreparedSchema.safeParse(await ask(tabId, { type: 'capture/prepare', token, mask, holdMs: HOLD_MS }, PREPARE_TIMEOUT_MS));
  return answer.success && answer.data.token === token;
}

/**
 * Puts the page back. True when the page was still prepared for this token up to now — i.e. the
 * screenshot taken before this call showed the prepared page.
 */
export async function finishPage(tabId: number, token: string): Promise<boolean> {
  const answer = captureFinishedSchema.safeParse(await ask(tabId, { type: 'capture/finish', token }, FINISH_TIMEOUT_MS));
  return answer.success && answer.data.token === token && answer.data.intact;
}
