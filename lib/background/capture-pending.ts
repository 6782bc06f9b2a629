import { browser } from 'wxt/browser';
import type { Trigger } from '../db';
import type { Platform } from '../rules/types';

/**
 * Captures in flight, kept in storage.session (not in memory): Manifest V3 stops an idle service
 * worker after 30 s and may stop a busy one, and a capture that was asked for must still end up
 * stored. A record is written before the screenshot is taken and removed once the capture is
 * stored (or definitely refused). A worker that starts again — for the retrying page's message,
 * for the retry alarm, or for anything else — finds the record and finishes the capture; the
 * capture's key makes sure it is stored once (lib/background/capture.ts).
 */

export interface PendingCapture {
  key: string;
  tabId: number;
  windowId: number;
  trigger: Trigger;
  mask: boolean;
  requestedAt: number;
  /** Attempts started so far; a capture interrupted too often is stored without a screenshot. */
  attempts: number;
  platform: Platform;
  host: string;
  region: string;
  /** The page when the capture was asked for (redacted), to notice that it changed meanwhile. */
  url: string;
  title: string;
}

const PREFIX = 'capturePending:';
export const CAPTURE_RETRY_ALARM = 'seller-sos-capture-retry';
/** Chrome's shortest alarm; it only matters when nothing else wakes the worker. */
const RETRY_DELAY_MINUTES = 0.5;

export async function savePending(pending: PendingCapture): Promise<void> {
  await browser.storage.session.set({ [PREFIX + pending.key]: pending });
  await browser.alarms.create(CAPTURE_RETRY_ALARM, { delayInMinutes: RETRY_DELAY_MINUTES });
}

export async function getPending(key: string): Promise<PendingCapture | undefined> {
  const stored = await browser.storage.session.get(PREFIX + key);
  return stored[PREFIX + key] as PendingCapture | undefined;
}

export async function allPending(): Promise<PendingCapture[]> {
  const stored = await browser.storage.session.get(null);
  return Object.entries(stored)
    .filter(([name]) => name.startsWith(PREFIX))
    .map(([, value]) => value as PendingCapture)
    .sort((a, b) => a.requestedAt - b.requestedAt);
}

export async function removePending(key: string): Promise<void> {
  await browser.storage.session.remove(PREFIX + key);
  if ((await allPending()).length === 0) await browser.alarms.clear(CAPTURE_RETRY_ALARM);
}
