import type { OrderSighting, PageEvent, PageSettings } from '../messages';
import type { PageRules } from '../rules/page-rules';
import type { SignalDraftInput } from '../signals';
import type { MessageClassifier } from '../vocabulary';

/**
 * Detectors are pluggable modules, one per file in lib/detectors/, made with defineDetector().
 * A detector never names a platform: everything platform-specific comes from `context.rules`.
 */

/** What changed on the page since the last batch: detectors work only on this. */
export interface DomBatch {
  /** The first batch of a page session covers the whole document. */
  initial: boolean;
  /** Roots of added subtrees (none inside another). */
  added: readonly Node[];
  /** Elements whose attributes or text changed. */
  changed: readonly Element[];
  /** Something was removed: tracked elements may have gone. */
  removed: boolean;
  /** Text nodes under the added roots, open shadow roots included (walked once, on demand). */
  texts(): readonly Text[];
  /** Elements under the added roots, open shadow roots included. */
  elements(): readonly Element[];
  /**
   * Rows of lists left out of texts() and elements(): built like siblings that were walked and
   * held nothing but plain elements (no custom element, no loading indicator) and text. A
   * detector reads their text with textOf(), and walks one with textsIn() when that text is of
   * interest to it.
   */
  plain(): readonly Element[];
  /** The text content of a plain element, read once per batch. */
  textOf(element: Element): string;
  /** The text nodes under an element, open shadow roots included. */
  textsIn(element: Element): readonly Text[];
}

export interface DetectorContext {
  rules: PageRules;
  settings: PageSettings;
  /** Error and success words in the platform's languages (rules/vocabulary.ts). */
  words: MessageClassifier;
  /** The page URL as sent with signals (the background redacts it before storing). */
  pageUrl(): string;
  /** Whether the page path is one of the platform's orders pages. */
  onOrdersPage(): boolean;
  /** `element`: what the fault is about on the page (a banner, an order row), for the overlay's markers. */
  report(signal: Omit<SignalDraftInput, 'url' | 'at'> & { at?: number; element?: Element }): void;
  /** The fault a `live` signal described is no longer shown. */
  clear(fingerprint: string): void;
  reportOrders(orders: OrderSighting[]): void;
  /** The row that shows an order, so faults the background judges can be marked on it. */
  showsOrder(orderId: string, row: Element): void;
  now(): number;
  /** Aborted when the page session ends (navigation, extension reload). */
  signal: AbortSignal;
  /** A timer tied to the page session. */
  setTimeout(callback: () => void, ms: number): void;
}

/** A script or style sheet of the page that failed to load. */
export interface AssetFailure {
  asset: 'script' | 'stylesheet';
  url: string;
  at: number;
}

export interface DetectorHooks {
  onDom?(batch: DomBatch): void;
  onPageEvent?(event: PageEvent): void;
  onAssetFailure?(failure: AssetFailure): void;
}

export interface Detector {
  id: string;
  start(context: DetectorContext): DetectorHooks;
}

export function defineDetector(detector: Detector): Detector {
  return detector;
}
