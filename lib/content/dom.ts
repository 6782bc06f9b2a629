/**
 * DOM reading helpers shared by the detectors. They read open shadow roots too: Amazon builds
 * its UI from web components, and a banner inside one is still a banner.
 */

/** Seller SOS's own on-page overlay: never read as part of the page (it repeats fault texts). */
export const OVERLAY_TAG = 'seller-sos-overlay';
const SKIPPED = ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', OVERLAY_TAG.toUpperCase()];
/** Both cases: HTML tag names are upper case, SVG and XHTML ones lower case (no string copied per element). */
export const SKIPPED_TAGS = new Set([...SKIPPED, ...SKIPPED.map((tag) => tag.toLowerCase())]);

// Node.* constants read once: a global lookup per node adds up over a page adding rows by the hundred.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const FRAGMENT_NODE = 11;
const NOT_BLANK = /\S/;
/** Spinner and skeleton components name themselves in their tag or class. */
const LOADING_HINT = /spinner|loading|loader|skeleton|shimmer|placeholder-glow/i;
/** Rows of tables and grids. */
export const TABLE_ROW = 'tr,[role="row"]';

/** A tag or class that names a spinner or a skeleton ("loader", "skeleton-row"). */
export function namedAsLoading(element: Element): boolean {
  return LOADING_HINT.test(`${element.localName} ${element.getAttribute('class')}`);
}

/** Visible means rendered, not transparent, not hidden from assistive technology, with an area. */
export function isVisible(element: Element): boolean {
  if (!element.isConnected) return false;
  if (typeof element.checkVisibility === 'function') {
    if (!element.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  } else {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0') return false;
  }
  const rect = element.getBoundingClientRect();
  if (rect.width < 2 || rect.height < 2) return false;
  return !closestComposed(element, '[aria-hidden="true"]');
}

/** Element.closest that climbs out of shadow roots into their hosts. */
export function closestComposed(element: Element, selector: string): Element | null {
  let current: Element | null = element;
  while (current) {
    const found = current.closest(selector);
    if (found) return found;
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

/** Node.contains that also looks inside open shadow roots. */
export function composedContains(ancestor: Element, node: Element): boolean {
  for (let current: Element | null = node; current; current = composedParent(current)) if (current === ancestor) return true;
  return false;
}

/** The parent element, crossing from a shadow root to its host. */
export function composedParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The text an element shows, including its open shadow root and the accessible label, with
 * white space folded and a cap so a huge container costs little.
 */
export function shownText(element: Element, cap = 1200, skip?: string): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Node): void => {
    if (length >= cap) return;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const value = node.nodeValue!;
      if (NOT_BLANK.test(value)) {
        parts.push(value);
        length += value.length;
      }
      return;
    }
    if (type !== ELEMENT_NODE && type !== FRAGMENT_NODE) return;
    if (type === ELEMENT_NODE) {
      const child = node as Element;
      if (SKIPPED_TAGS.has(child.tagName) || (skip && child !== element && child.matches(skip))) return;
      if (child.shadowRoot) visit(child.shadowRoot);
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(element);
  const label = element.getAttribute('aria-label');
  if (label) parts.unshift(label);
  return parts.join(' ').replace(/\s+/g, ' ').trim().slice(0, cap);
}

/** Calls `onText` and `onElement` for every node under `root`, entering open shadow roots. */
export function walk(root: Node, onText: (text: Text) => void, onElement: (element: Element) => void, onShadowRoot: (shadow: ShadowRoot) => void): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      onText(node as Text);
      continue;
    }
    if (type === ELEMENT_NODE) {
      const element = node as Element;
      if (SKIPPED_TAGS.has(element.tagName)) continue;
      onElement(element);
      if (element.shadowRoot) {
        onShadowRoot(element.shadowRoot);
        stack.push(element.shadowRoot);
      }
    }
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** Red-ish text, background or border: the visual cue of an error message. */
export function hasErrorColour(element: Element): boolean {
  const style = getComputedStyle(element);
  return [style.backgroundColor, style.borderLeftColor, style.borderTopColor, style.color].some(isReddish);
}

function isReddish(colour: string): boolean {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(colour);
  if (!match) return false;
  const [red, green, blue, alpha] = [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
  if (alpha < 0.2) return false;
  // Saturated reds (#d32f2f) and the pale pinks of error backgrounds (#fdecea) both qualify.
  return red > 150 && red - green > 40 && red - blue > 30;
}
