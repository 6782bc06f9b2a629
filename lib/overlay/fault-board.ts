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

type Listener = () => void;

export class FaultBoard {
  readonly faults = new Map<string, BoardFault>();
  /** The row that shows each order, so faults judged by the background can be marked too. */
  private readonly orderRows = new Map<string, Element>();
  private readonly listeners = new Set<Listener>();
  private scheduled = false;

  report(draft: SignalDraftInput, element: Element | null): void {
    const existing = this.faults.get(draft.fingerprint);
    if (existing) {
      existing.element = element ?? existing.element;
      existing.message = draft.message;
      if (!draft.live) existing.count += draft.count ?? 1;
    } else {
      const orderId = draft.details?.orderId;
      this.faults.set(draft.fingerprint, {
        fingerprint: draft.fingerprint,
        kind: draft.kind,
        severity: draft.severity,
        message: draft.message,
        details: draft.details ?? {},
        element: element ?? (typeof orderId === 'string' ? (this.orderRows.get(orderId) ?? null) : null),
        live: draft.live ?? false,
        count: draft.count ?? 1,
        at: draft.at,
      });
    }
    this.changed();
  }

  clear(fingerprint: string): void {
    if (this.faults.delete(fingerprint)) this.changed();
  }

  noteOrderRow(orderId: string, row: Element): void {
    this.orderRows.set(orderId, row);
    let moved = false;
    for (const fault of this.faults.values()) {
      if (fault.details.orderId === orderId && fault.element !== row) {
        fault.element = row;
        moved = true;
      }
    }
    if (moved) this.changed();
  }

  /** A new page session: nothing of the old page is shown any more. */
  reset(): void {
    this.faults.clear();
    this.orderRows.clear();
    this.changed();
  }

  /** Faults that count (warning and above), as the toolbar badge counts them. */
  openFaults(): BoardFault[] {
    return [...this.faults.values()].filter((fault) => fault.severity !== 'info');
  }

  subscribe(listener: Listener, signal: AbortSignal): void {
    this.listeners.add(listener);
    signal.addEventListener('abort', () => this.listeners.delete(listener), { once: true });
  }

  /** Listeners run once per frame however many faults changed in it. */
  private changed(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      this.scheduled = false;
      for (const listener of this.listeners) listener();
    });
  }
}
