import { redactText } from '../redact';
import { walk } from './dom';

/**
 * Hides buyers' personal data on the page while a screenshot is taken, and puts everything back
 * right after. Nothing is removed and nothing moves: the text stays in the DOM, only its glyphs
 * stop being painted (`color: transparent` on a grey box), so the layout the screenshot shows is
 * the page's own. Styles are set through the CSSOM (`element.style`), which a page's Content
 * Security Policy does not block, and every value touched is saved and restored exactly.
 *
 * What counts as personal data:
 * - elements marked `data-pii` (and a `data-pii` attribute anywhere a platform uses one);
 * - the value next to one of the platform's `piiLabels` ("Phone:", «Телефон», "Ship to"…): in the
 *   same text, in the next element, in the element after the label's, or down a table column;
 * - e-mail addresses, formatted phone numbers and tokens anywhere in the text (lib/redact.ts
 *   patterns; a bare number such as an SKU is left alone).
 *
 * Plain DOM and small on purpose: it ships with every back-office page.
 */

const GREY = '#8c8c8c';
/** On the element that holds the data: a grey box, no glyphs. */
const BOX: [string, string][] = [
  ['color', 'transparent'],
  ['-webkit-text-fill-color', 'transparent'],
  ['text-shadow', 'none'],
  ['text-decoration-color', 'transparent'],
  ['caret-color', 'transparent'],
  ['background-color', GREY],
  ['background-image', 'none'],
];
/** Pictures inside it (an avatar, a QR code) keep their place but are not painted. */
const PICTURE = 'img,svg,video,canvas,picture,object,embed';
/** Text longer than this around a match is not hidden whole: only the match's line boxes are covered. */
const SMALL_TEXT = 200;
/** Label cells: "Адрес доставки" in a <dt> is a label even though the rules only say «Адрес». */
const LABEL_TAGS = new Set(['DT', 'TH', 'LABEL']);
const MAX_TARGETS = 3000;
/**
 * A bare run of digits on its own (an SKU, a barcode, an id) is evidence, not a phone: phones
 * are caught by their label («Телефон», "Phone") or by their formatting ("+7 912 345-67-89").
 */
const BARE_NUMBER = /^\d{6,15}$/;

interface SavedStyle {
  element: HTMLElement | SVGElement;
  hadStyle: boolean;
  values: [name: string, value: string, priority: string][];
}

export class PageMask {
  private saved: SavedStyle[] = [];
  private readonly masked = new Set<Element>();
  private readonly coveredTexts = new Set<Text>();
  private cover: HTMLElement | null = null;
  private observer: MutationObserver | null = null;

  constructor(private readonly labels: readonly string[]) {}

  /** Hides every piece of personal data found now and whatever the page adds until restore(). */
  apply(root: Document = document): number {
    this.scan(root);
    const observer = new MutationObserver((records) => {
      // Our own cover boxes are additions too; re-scanning is idempotent, so they cost one pass.
      if (this.observer === observer && records.some((record) => record.target !== this.cover && record.target.parentNode !== this.cover)) this.scan(root);
    });
    this.observer = observer;
    observer.observe(root.documentElement, { childList: true, subtree: true, characterData: true });
    return this.masked.size + this.coveredTexts.size;
  }

  restore(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.cover?.remove();
    this.cover = null;
    for (const { element, hadStyle, values } of this.saved.reverse()) {
      for (const [name, value, priority] of values) {
        if (value) element.style.setProperty(name, value, priority);
        else element.style.removeProperty(name);
      }
      if (hadStyle) continue;
      // Chromium writes CSSOM changes back to the attribute lazily, and a pending write-back
      // would bring back an empty style="" after the removal: read it first to settle it.
      element.getAttribute('style');
      element.removeAttribute('style');
    }
    this.saved = [];
    this.masked.clear();
    this.coveredTexts.clear();
  }

  private scan(root: Document): void {
    const texts: Text[] = [];
    walk(
      root.documentElement,
      (text) => texts.push(text),
      (element) => {
        if (element.hasAttribute('data-pii')) this.hide(element);
      },
      () => undefined,
    );
    for (const text of texts) {
      if (this.masked.size >= MAX_TARGETS) return;
      const value = text.data.trim();
      if (!value || this.isHidden(text)) continue;
      const rests = this.labels.filter((label) => value.startsWith(label)).map((label) => value.slice(label.length));
      if (rests.some((rest) => isLabelOnly(rest, text.parentElement))) this.hideValueAfter(text);
      else if (rests.some((rest) => /^\s*[:：]\s*\S/.test(rest)) || (!BARE_NUMBER.test(value) && redactText(value) !== value)) this.hideText(text);
    }
  }

  private isHidden(text: Text): boolean {
    if (this.coveredTexts.has(text)) return true;
    for (let element = text.parentElement; element; element = element.parentElement) if (this.masked.has(element)) return true;
    return false;
  }

  /** A label on its own: the value is the next thing after it, or the next cell of its column. */
  private hideValueAfter(label: Text): void {
    let next = label.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && !next.textContent?.trim()) next = next.nextSibling;
    if (next instanceof Element) return this.hide(next);
    if (next instanceof Text) return this.hideText(next);
    // The label is its element's only text: <dt>Phone</dt><dd>…</dd>, <th>Buyer</th>, <h2>Ship to</h2><address>…
    let holder = label.parentElement;
    for (let depth = 0; holder && depth < 2; depth += 1, holder = holder.parentElement) {
      if (holder.tagName === 'TH') return this.hideColumn(holder as HTMLTableCellElement);
      if (holder.nextElementSibling) return this.hide(holder.nextElementSibling);
    }
  }

  private hideColumn(header: HTMLTableCellElement): void {
    const table = header.closest('table');
    const column = header.cellIndex;
    if (!table || column < 0) return;
    for (const row of Array.from(table.rows)) {
      const cell = row.cells[column];
      if (cell && cell !== header && cell.tagName === 'TD') this.hide(cell);
    }
  }

  /** Text with personal data: its element when that holds little else, otherwise boxes over its lines. */
  private hideText(text: Text): void {
    const parent = text.parentElement;
    if (!parent) return;
    if ((parent.textContent ?? '').trim().length <= SMALL_TEXT) return this.hide(parent);
    this.coveredTexts.add(text);
    const range = document.createRange();
    range.selectNodeContents(text);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width < 1 || rect.height < 1) continue;
      const box = document.createElement('div');
      setStyles(box, [
        ['position', 'fixed'],
        ['left', `${rect.left}px`],
        ['top', `${rect.top}px`],
        ['width', `${rect.width}px`],
        ['height', `${rect.height}px`],
        ['background', GREY],
      ]);
      this.coverLayer().append(box);
    }
  }

  /** One fixed, zero-size layer above the page for the boxes: nothing in the page moves. */
  private coverLayer(): HTMLElement {
    if (this.cover?.isConnected) return this.cover;
    this.cover = document.createElement('div');
    setStyles(this.cover, [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['inset', '0 auto auto 0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
      ['pointer-events', 'none'],
    ]);
    document.documentElement.append(this.cover);
    return this.cover;
  }

  private hide(element: Element): void {
    if (this.masked.has(element) || this.masked.size >= MAX_TARGETS) return;
    this.masked.add(element);
    this.style(element, BOX);
    for (const inner of Array.from(element.querySelectorAll('*'))) {
      this.style(inner, inner.matches(PICTURE) ? [['visibility', 'hidden']] : BOX);
    }
  }

  private style(element: Element, properties: [string, string][]): void {
    if (!(element instanceof HTMLElement || element instanceof SVGElement)) return;
    this.saved.push({
      element,
      hadStyle: element.hasAttribute('style'),
      values: properties.map(([name]) => [name, element.style.getPropertyValue(name), element.style.getPropertyPriority(name)]),
    });
    for (const [name, value] of properties) element.style.setProperty(name, value, 'important');
  }
}

/**
 * Whether a text that starts with a label is only a label: the label and a colon ("Phone:"),
 * or a short label phrase in a label cell or ending with a colon ("Адрес доставки", "Phone
 * number:"). "Address verification failed" in a banner is not one: a banner is never hidden.
 */
function isLabelOnly(rest: string, holder: Element | null): boolean {
  if (/^\s*[:：]?$/.test(rest)) return true;
  return rest.length <= 24 && (/[:：]\s*$/.test(rest) || LABEL_TAGS.has(holder?.tagName ?? ''));
}

function setStyles(element: HTMLElement, properties: [string, string][]): void {
  for (const [name, value] of properties) element.style.setProperty(name, value, 'important');
}
