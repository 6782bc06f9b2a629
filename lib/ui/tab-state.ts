import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { describeIssues, tabStateSchema, type TabState } from '../messages';

/** What the background says about a tab, or why there is nothing to show. */
export type TabStateResult =
  | { status: 'loading' }
  | { status: 'ready'; state: TabState }
  /** 'no-answer': the background did not answer; 'invalid-answer': it answered something else. */
  | { status: 'unavailable'; reason: 'no-tab' | 'no-answer' | 'invalid-answer' };

/** Asks the background for a tab's state and validates the answer. Never throws. */
export async function fetchTabState(tabId: number): Promise<TabStateResult> {
  let answer: unknown;
  try {
    answer = await browser.runtime.sendMessage({ type: 'ui/tab-state', tabId });
  } catch (error) {
    console.warn('Seller SOS: the background did not answer ui/tab-state:', error);
    return { status: 'unavailable', reason: 'no-answer' };
  }
  if (answer === undefined || answer === null) return { status: 'unavailable', reason: 'no-answer' };
  const parsed = tabStateSchema.safeParse(answer);
  if (!parsed.success) {
    console.warn('Seller SOS: unexpected ui/tab-state answer:', describeIssues(parsed.error));
    return { status: 'unavailable', reason: 'invalid-answer' };
  }
  if (parsed.data.tabId !== tabId) return { status: 'unavailable', reason: 'invalid-answer' };
  return { status: 'ready', state: parsed.data };
}

/**
 * The state of `tabId`, fetched again whenever `refreshKey` changes (the pages pass a summary
 * of the tab's signals, so a new fault shows without polling). Keeps showing the last answer
 * while a refresh is on its way.
 */
export function useTabState(tabId: number | null | undefined, refreshKey: unknown): TabStateResult {
  const [result, setResult] = useState<TabStateResult>({ status: 'loading' });
  const [lastTabId, setLastTabId] = useState(tabId);
  if (lastTabId !== tabId) {
    // Another tab: never show the previous tab's state under it.
    setLastTabId(tabId);
    setResult({ status: 'loading' });
  }
  useEffect(() => {
    if (tabId === undefined) return;
    if (tabId === null) {
      setResult({ status: 'unavailable', reason: 'no-tab' });
      return;
    }
    let current = true;
    void fetchTabState(tabId).then((next) => {
      if (current) setResult(next);
    });
    return () => {
      current = false;
    };
  }, [tabId, refreshKey]);
  return result;
}
