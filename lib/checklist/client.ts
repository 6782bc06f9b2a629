import { browser } from 'wxt/browser';
import type { ChecklistAnswer, ChecklistRecordMessage, UiToBackground } from '../messages';
import type { ChecklistStepId, StepDetails, StepOutcome } from './steps';

/**
 * The extension pages' side of the checklist: messages to the background (lib/background/checklist.ts),
 * resent for a short while when the background is starting (a stopped Manifest V3 worker has no
 * listener for its first moments).
 */

const RETRY_MS = [100, 250, 500, 1_000];

/** Sends a UI message and returns the background's answer, or `undefined` when none came. */
export async function askBackground<T extends { ok: boolean }>(message: UiToBackground | ChecklistRecordMessage): Promise<T | undefined> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      const answer: unknown = await browser.runtime.sendMessage(message);
      if (answer && typeof answer === 'object' && 'ok' in answer) return answer as T;
    } catch {
      // The worker was stopped or is restarting: ask again.
    }
    if (attempt >= RETRY_MS.length) return undefined;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
  }
}

const NO_ANSWER: ChecklistAnswer = { ok: false, error: 'no-answer', message: 'Seller SOS did not answer.' };

/** Stores one step in the tab's current incident. */
export async function recordStep(tabId: number, step: ChecklistStepId, outcome: StepOutcome, details: StepDetails = {}): Promise<ChecklistAnswer> {
  return (await askBackground<ChecklistAnswer>({ type: 'checklist/record', tabId, step, outcome, details })) ?? NO_ANSWER;
}

/**
 * Refresh, or the hard reload that bypasses the browser cache: the step is recorded first (the
 * page is about to go), then the tab reloads. A reload the browser refuses is recorded too.
 */
export async function reloadTab(tabId: number, bypassCache: boolean): Promise<ChecklistAnswer> {
  const step: ChecklistStepId = bypassCache ? 'hard-reload' : 'refresh';
  const recorded = await recordStep(tabId, step, 'done', { bypassCache });
  try {
    await browser.tabs.reload(tabId, { bypassCache });
  } catch (error) {
    return recordStep(tabId, step, 'failed', { bypassCache, error: String(error instanceof Error ? error.message : error).slice(0, 300) });
  }
  return recorded;
}

export async function clearSiteData(tabId: number): Promise<ChecklistAnswer> {
  return (await askBackground<ChecklistAnswer>({ type: 'checklist/clear-site-data', tabId })) ?? NO_ANSWER;
}

export async function checkNetwork(tabId: number): Promise<ChecklistAnswer> {
  return (await askBackground<ChecklistAnswer>({ type: 'checklist/network-check', tabId })) ?? NO_ANSWER;
}
