import { browser } from 'wxt/browser';
import { SCREENSHOT_PERMISSION } from '../capture/client';
import type { OverlayCaptureAnswer } from '../messages-content';
import { captureEvidence } from './capture';

/**
 * "Capture evidence" from the on-page overlay. A click in a page grants no `activeTab`, so a
 * screenshot from there needs the optional `<all_urls>` permission. The first time it is
 * missing, the options page opens at its evidence section, which explains why and asks; if the
 * seller did not grant it, later clicks say so and point to the toolbar button and the keyboard
 * shortcut, which need no permission — the overlay never nags with a new tab twice.
 */
const ASKED_KEY = 'overlayCapturePermissionAsked';

export async function captureFromOverlay(tabId: number, key: string): Promise<OverlayCaptureAnswer> {
  if (!(await browser.permissions.contains(SCREENSHOT_PERMISSION))) {
    const asked = (await browser.storage.local.get(ASKED_KEY))[ASKED_KEY];
    if (asked) return { outcome: 'permission-declined' };
    await browser.storage.local.set({ [ASKED_KEY]: Date.now() });
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#evidence' as '/options.html') });
    return { outcome: 'permission-asked' };
  }
  const outcome = await captureEvidence({ key, tabId, trigger: 'overlay' });
  return outcome.ok ? { outcome: 'captured' } : { outcome: 'failed', detail: outcome.message.slice(0, 500) };
}
