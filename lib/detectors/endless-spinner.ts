import { defineDetector } from '../content/define-detector';
import { isVisible, namedAsLoading } from '../content/dom';
import { fingerprintOf } from '../fingerprint';

/**
 * Spinners, skeletons and aria-busy regions that never resolve. A loading indicator is fine;
 * one still showing after the seller's timeout (default 15 s) is a failed load.
 */

/** Busy by ARIA, or an indeterminate progress indicator. */
const BUSY = '[aria-busy="true"],[role="progressbar"]:not([aria-valuenow]),progress:not([value])';

export default defineDetector({
  id: 'endless-spinner',
  start(context) {
    const timeoutMs = context.settings.spinnerTimeoutMs;
    const watched = new Map<Element, { since: number; fingerprint: string | null }>();

    const isBusy = (element: Element): boolean => {
      if (!element.isConnected) return false;
      // Attribute presence first: a selector match per added element is what a growing list pays for.
      if ((element.localName === 'progress' || element.hasAttribute('aria-busy') || element.hasAttribute('role')) && element.matches(BUSY)) return true;
      return namedAsLoading(element) && (element.textContent ?? '').trim().length < 80;
    };

    const describe = (element: Element): string => {
      const label = element.getAttribute('aria-label') ?? element.closest('[aria-label]')?.getAttribute('aria-label');
      return label ? `"${label.slice(0, 80)}"` : element.matches('[aria-busy="true"]') ? 'a busy region' : 'a loading spinner';
    };

    const check = (element: Element): void => {
      const entry = watched.get(element);
      if (!entry) return;
      if (!isBusy(element) || !isVisible(element)) {
        watched.delete(element);
        if (entry.fingerprint) context.clear(entry.fingerprint);
        return;
      }
      if (entry.fingerprint) return;
      // A spinner inside a busy region (or around one) is the same fault, reported once.
      for (const [other, otherEntry] of watched) {
        if (other !== element && otherEntry.fingerprint && (other.contains(element) || element.contains(other))) return;
      }
      const seconds = Math.round((context.now() - entry.since) / 1000);
      entry.fingerprint = fingerprintOf('failed-load', 'spinner', location.pathname, describe(element));
      context.report({
        kind: 'failed-load',
        severity: 'error',
        message: `The page is still loading after ${seconds} s: ${describe(element)} never finished`,
        fingerprint: entry.fingerprint,
        live: true,
        element,
        details: { reason: 'endless-spinner', seconds, element: element.localName },
      });
    };

    const watch = (element: Element): void => {
      if (watched.has(element) || !isBusy(element)) return;
      watched.set(element, { since: context.now(), fingerprint: null });
      context.setTimeout(() => check(element), timeoutMs);
    };

    return {
      onDom(batch) {
        for (const element of batch.elements()) watch(element);
        for (const element of batch.changed) {
          if (watched.has(element)) check(element);
          else watch(element);
        }
        if (batch.removed) for (const element of watched.keys()) if (!element.isConnected) check(element);
      },
    };
  },
});
