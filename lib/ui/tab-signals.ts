import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '../db';
import { severityRank, type Severity, type Signal } from '../signals';

/** A tab's signals read live from the database, or why they are not there. */
export type TabSignalsResult = { status: 'loading' } | { status: 'ready'; signals: Signal[] } | { status: 'error' };

/** Every stored signal of one tab (all its pages), re-read whenever the background writes. */
export function useTabSignals(tabId: number | null | undefined): TabSignalsResult {
  const result = useLiveQuery(async (): Promise<TabSignalsResult> => {
    if (tabId === null || tabId === undefined) return { status: 'ready', signals: [] };
    try {
      const signals = await database()
        .signals.where('[tabId+pageId]')
        .between([tabId, Dexie.minKey], [tabId, Dexie.maxKey])
        .toArray();
      return { status: 'ready', signals };
    } catch (error) {
      console.warn('Seller SOS: could not read the signals of tab', tabId, error);
      return { status: 'error' };
    }
  }, [tabId]);
  return result ?? { status: 'loading' };
}

/** Changes whenever a signal of the tab is added, repeated or cleared: a cheap refresh trigger. */
export function signalsRevision(result: TabSignalsResult): string {
  if (result.status !== 'ready') return result.status;
  let lastAt = 0;
  let cleared = 0;
  let occurrences = 0;
  for (const signal of result.signals) {
    lastAt = Math.max(lastAt, signal.lastAt, signal.clearedAt ?? 0);
    if (signal.clearedAt !== null) cleared += 1;
    occurrences += signal.count;
  }
  return `${result.signals.length}:${cleared}:${occurrences}:${lastAt}`;
}

/** Highest severity among signals still showing (not cleared), or null when none is. */
export function highestOpenSeverity(signals: readonly Signal[]): Severity | null {
  let highest: Severity | null = null;
  for (const signal of signals) {
    if (signal.clearedAt !== null) continue;
    if (highest === null || severityRank(signal.severity) > severityRank(highest)) highest = signal.severity;
  }
  return highest;
}

/** What the popup's status colour says: all clear, needs a look, or needs action now. */
export type FaultTone = 'clear' | 'warning' | 'danger';

export function faultTone(openFaults: number, highest: Severity | null): FaultTone {
  if (openFaults <= 0) return 'clear';
  return highest === 'error' || highest === 'critical' ? 'danger' : 'warning';
}
