import type { SignalDraftInput, SignalKind, Severity } from '../signals';

/**
 * What the content script knows is wrong on this page, with the element each fault is about:
 * the on-page overlay draws from it. It lives page-side only; elements never leave the page.
 */
export interface BoardFault {
  fingerprint: string;
  kind: SignalKind;
  severity: Severity;
  message: string;
  details: Record<string, string | number | boolean | null>;
  /** The banner, order row or spinner the fault is about; null for page-wide events. */
  element: Element | null;
  live: boolean;
  count: number;
  at: number;
}

export interface FaultBoard {
  readonly faults: Map<string, BoardFault>;
  report(draft: SignalDraftInput, element: Element | null): void;
  clear(fingerprint: string): void;
  /** The row that shows an order, so faults judged by the background can be marked too. */
  noteOrderRow(orderId: string, row: Element): void;
  /** A new page session: nothing of the old page is shown any more. */
  reset(): void;
  /** Faults that count (warning and above), as the toolbar badge counts them. */
  openFaults(): BoardFault[];
  subscribe(listener: () => void, signal: AbortSignal): void;
}

// A closure, not a class: its private state is local variables the minifier can shorten.
export function createFaultBoard(): FaultBoard {
  const faults = new Map<string, BoardFault>();
  const orderRows = new Map<string, Element>();
  /** The faults about each order: a row noted is one lookup, not a pass over every fault (it runs per order row). */
  const byOrder = new Map<string, Set<BoardFault>>();
  const listeners = new Set<() => void>();
  let scheduled = false;

  /** Listeners run once per frame however many faults changed in it. */
  const changed = (): void => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      for (const listener of listeners) listener();
    });
  };

  return {
    faults,
    report(draft, element) {
      const existing = faults.get(draft.fingerprint);
      if (existing) {
        existing.element = element ?? existing.element;
        existing.message = draft.message;
        if (!draft.live) existing.count += draft.count ?? 1;
      } else {
        const orderId = draft.details?.orderId;
        const isOrder = typeof orderId === 'string';
        // The draft's other fields (url, stack…) ride along unused.
        const fault: BoardFault = {
          ...draft,
          details: draft.details ?? {},
          element: element ?? (isOrder ? (orderRows.get(orderId) ?? null) : null),
          live: !!draft.live,
          count: draft.count ?? 1,
        };
        faults.set(draft.fingerprint, fault);
        if (isOrder) (byOrder.get(orderId) ?? byOrder.set(orderId, new Set()).get(orderId)!).add(fault);
      }
      changed();
    },
    clear(fingerprint) {
      const fault = faults.get(fingerprint);
      if (!fault) return;
      faults.delete(fingerprint);
      byOrder.get(fault.details.orderId as string)?.delete(fault);
      changed();
    },
    noteOrderRow(orderId, row) {
      orderRows.set(orderId, row);
      let moved = false;
      for (const fault of byOrder.get(orderId) ?? []) {
        if (fault.element !== row) {
          fault.element = row;
          moved = true;
        }
      }
      if (moved) changed();
    },
    reset() {
      faults.clear();
      orderRows.clear();
      byOrder.clear();
      changed();
    },
    openFaults: () => [...faults.values()].filter((fault) => fault.severity !== 'info'),
    subscribe(listener, signal) {
      listeners.add(listener);
      signal.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  };
}
