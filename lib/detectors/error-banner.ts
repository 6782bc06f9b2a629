import { defineDetector } from '../content/define-detector';
import { closestComposed, composedContains, composedParent, hasErrorColour, isVisible, shownText, TABLE_ROW } from '../content/dom';
import { fingerprintOf } from '../fingerprint';

/**
 * Error banners and toasts: a visible, short message in error words, shown the way pages show
 * alerts (ARIA alert roles and live regions, alert-like components, red colours). Class names
 * are one cue among several, never enough alone. Quiet on hidden elements, success and info
 * messages, "error" in product titles, help links and FAQ text, and "0 errors" summaries.
 */

/** Elements that announce messages; their text is read as one message. */
const ALERT_CONTAINER = '[role="alert"],[role="alertdialog"],[role="status"],[aria-live],output';
/** Text inside these is navigation or help, not a message ("What to do about errors?"). */
const NOT_A_MESSAGE = 'a,button,[role="link"],[role="button"],[role="tab"],[role="menuitem"],nav,[role="navigation"],details,summary,[role="tooltip"],label,select,option,textarea,input,h1,h2,h3,h4,h5,h6,th,[contenteditable="true"]';
/** Controls inside a message, left out of its text. */
const ACTIONS = 'button,[role="button"],[aria-hidden="true"]';
/** Alert-like components name themselves in their tag or variant (kat-alert, toast-message). */
const STRONG_HINT = /error|danger|alert|critical|fail/i;
const WEAK_HINT = /toast|notif|banner|message|snackbar|notice|warning/i;
/** Web components often carry their message in attributes rather than in text. */
const TEXT_ATTRIBUTES = ['header', 'heading', 'description', 'message', 'text', 'label'];
const MAX_MESSAGE_LENGTH = 400;
/** Climbing further than this from a text finds page sections, not messages. */
const MAX_CLIMB = 6;
/** Gone within this long of showing: a toast — it happened, it did not "clear". */
const TOAST_LIFETIME_MS = 10_000;
/** Longer than the fade-in animations of toast libraries (150-300 ms). */
const FADE_IN_MS = 400;

interface Shown {
  fingerprint: string;
  since: number;
}

export default defineDetector({
  id: 'error-banner',
  start(context) {
    const { classifyMessage, mayBeError, mayContainError } = context.words;
    const shown = new Map<Element, Shown>();
    const rejected = new WeakMap<Element, string>();

    const hintsOf = (element: Element): string =>
      [element.localName, element.getAttribute('class') ?? '', element.getAttribute('variant') ?? '', element.getAttribute('type') ?? '', element.getAttribute('data-type') ?? ''].join(' ');

    const messageOf = (element: Element): string => {
      // Buttons ("Refresh", "Dismiss") and decorative icons are not part of what went wrong.
      const text = shownText(element, MAX_MESSAGE_LENGTH * 2, ACTIONS);
      // A component may both carry its message in attributes and render it in its shadow root.
      const attributes = TEXT_ATTRIBUTES.map((name) => element.getAttribute(name)?.trim()).filter((value): value is string => !!value && !text.includes(value));
      return [...attributes, text].join(' ').replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+/u, '').trim();
    };

    /** One message is one banner: a container inside or around a reported one is the same. */
    const overlapsShown = (container: Element): boolean => {
      for (const element of shown.keys()) if (composedContains(element, container) || composedContains(container, element)) return true;
      return false;
    };

    /** The element that holds the whole message a piece of error text belongs to. */
    const containerOf = (start: Element): Element | null => {
      // Attributes first: an alert or a row within reach decides without reading any text.
      let current: Element | null = start;
      for (let depth = 0; current && depth < MAX_CLIMB; depth += 1) {
        if (current.matches(ALERT_CONTAINER) || (current.localName.includes('-') && STRONG_HINT.test(hintsOf(current)))) return current;
        // A row of a table or grid shows a record ("Футболка \"Error 404\""), never a banner
        // (an alert inside a row is found above, before its row is reached).
        if (current.matches(TABLE_ROW)) return null;
        current = composedParent(current);
      }
      // Otherwise the largest short block around the text is the message.
      let candidate = start;
      current = composedParent(start);
      for (let depth = 1; current && depth < MAX_CLIMB; depth += 1) {
        if (shownText(current, MAX_MESSAGE_LENGTH + 1).length <= MAX_MESSAGE_LENGTH) candidate = current;
        current = composedParent(current);
      }
      return candidate;
    };

    /** Role, live region and component hints: read from attributes, no style or layout. */
    const hintScore = (element: Element): number => {
      let points = 0;
      const role = element.getAttribute('role');
      const live = element.getAttribute('aria-live');
      if (role === 'alert' || role === 'alertdialog') points += 3;
      else if (live === 'assertive') points += 2;
      else if (live === 'polite' || role === 'status' || element.localName === 'output') points += 1;
      const hints = hintsOf(element);
      if (STRONG_HINT.test(hints)) points += 2;
      else if (WEAK_HINT.test(hints)) points += 1;
      return points;
    };
    /** Computed colours need styles (not layout): asked only when the hints fall short. */
    const score = (element: Element): number => {
      const points = hintScore(element);
      if (points >= 3) return points;
      return hasErrorColour(element) || [...element.children].slice(0, 3).some(hasErrorColour) ? points + 2 : points;
    };

    /** Toasts fade in from opacity 0: an invisible candidate is looked at once more, shortly after. */
    const retried = new WeakSet<Element>();
    let retryLater: Element[] = [];
    const retry = (container: Element): void => {
      if (retried.has(container)) return;
      retried.add(container);
      if (!retryLater.length) {
        context.setTimeout(() => {
          const due = retryLater;
          retryLater = [];
          for (const element of due) consider(element);
        }, FADE_IN_MS);
      }
      retryLater.push(container);
    };

    // Cheapest checks first: a page that adds rows by the hundred must not pay a layout
    // (isVisible) for each piece of text that merely contains an error word.
    const consider = (container: Element): void => {
      if (shown.has(container) || overlapsShown(container)) return;
      const inAlert = container.matches(ALERT_CONTAINER);
      if (!inAlert && closestComposed(container, NOT_A_MESSAGE)) return;
      const message = messageOf(container);
      if (rejected.get(container) === message) return;
      const isMessage = message.length >= 3 && message.length <= MAX_MESSAGE_LENGTH && !/[??]$/.test(message) && classifyMessage(message) === 'error' && score(container) >= 2;
      if (!isMessage) {
        rejected.set(container, message);
        return;
      }
      if (!isVisible(container)) {
        if (container.isConnected) retry(container);
        return;
      }
      const fingerprint = fingerprintOf('banner', message);
      const role = container.getAttribute('role') ?? container.getAttribute('aria-live') ?? 'visual';
      shown.set(container, { fingerprint, since: context.now() });
      context.report({
        kind: 'banner',
        severity: score(container) >= 3 ? 'error' : 'warning',
        message,
        fingerprint,
        live: true,
        element: container,
        details: { cue: role, inShadowRoot: container.getRootNode() instanceof ShadowRoot, element: container.localName },
      });
    };

    /** A banner that went away after it had stayed a while has cleared. */
    const checkShown = (): void => {
      for (const [element, entry] of shown) {
        if (element.isConnected && isVisible(element) && fingerprintOf('banner', messageOf(element)) === entry.fingerprint) continue;
        shown.delete(element);
        if (context.now() - entry.since >= TOAST_LIFETIME_MS) context.clear(entry.fingerprint);
      }
    };

    return {
      onDom(batch) {
        if (shown.size && (batch.removed || batch.changed.length)) checkShown();
        const containers = new Set<Element>();
        const fromText = (text: Text) => {
          const value = text.nodeValue;
          const parent = text.parentElement ?? (text.parentNode instanceof ShadowRoot ? text.parentNode.host : null);
          const container = parent && value && value.length < 2000 && mayBeError(value) ? containerOf(parent) : null;
          if (container) containers.add(container);
        };
        for (const text of batch.texts()) fromText(text);
        // A row of a list is walked only when some error word may be in it.
        for (const element of batch.plain()) if (mayContainError(batch.textOf(element))) for (const text of batch.textsIn(element)) fromText(text);
        for (const element of batch.elements()) {
          // An alert component whose message lives in attributes or its shadow root.
          if (element.localName.includes('-') && STRONG_HINT.test(hintsOf(element))) containers.add(element);
        }
        for (const element of batch.changed) {
          const alert = closestComposed(element, ALERT_CONTAINER);
          if (alert) containers.add(alert);
          else if (mayBeError(shownText(element, MAX_MESSAGE_LENGTH))) {
            const container = containerOf(element);
            if (container) containers.add(container);
          }
          // A hidden alert revealed by a class or style change on its wrapper.
          const inner = element.querySelectorAll(ALERT_CONTAINER);
          for (let index = 0; index < inner.length && index < 20; index += 1) containers.add(inner[index]!);
        }
        for (const container of containers) consider(container);
      },
    };
  },
});
