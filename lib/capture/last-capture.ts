import { browser } from 'wxt/browser';
import type { Trigger } from '../db';
import type { CaptureOutcome } from '../messages';

/**
 * The outcome of the latest capture, whoever asked for it, in storage.local `lastCapture`. The
 * keyboard shortcut, the context-menu item and automatic capture have no page to answer to, so
 * the popup and side panel show this ("Evidence saved at 14:02", "…without a screenshot: …",
 * "the disk is full").
 */
export const LAST_CAPTURE_KEY = 'lastCapture';

export interface LastCapture {
  at: number;
  trigger: Trigger;
  outcome: CaptureOutcome;
  /** True when pinned evidence alone is above the size cap: only the seller can make room (i18n captureStorageOverCap). */
  overCap: boolean;
}

export async function readLastCapture(): Promise<LastCapture | null> {
  const stored = await browser.storage.local.get(LAST_CAPTURE_KEY);
  return (stored[LAST_CAPTURE_KEY] as LastCapture | undefined) ?? null;
}

export function onLastCapture(listener: (last: LastCapture) => void, signal: AbortSignal): void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[LAST_CAPTURE_KEY];
    if (area === 'local' && change?.newValue) listener(change.newValue as LastCapture);
  };
  browser.storage.onChanged.addListener(handler);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(handler), { once: true });
}
