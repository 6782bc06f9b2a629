/**
 * Where the content script finds the capture mask. The mask (lib/content/mask.ts, with the full
 * redactor it uses to recognise phones, e-mails and tokens) is needed only while a screenshot is
 * taken, so it is not part of the content script: the background injects it on demand
 * (entrypoints/page-mask.ts, `scripting.executeScript` into the extension's isolated world, which
 * content scripts of the same extension share) and it registers itself here. The page's own
 * scripts live in another world and can neither see nor replace it.
 */

export interface PageMaskLike {
  /** Hides personal data; returns how many elements were hidden. */
  apply(): number;
  /** Puts back exactly what was there. */
  restore(): void;
}
export type PageMaskFactory = (piiLabels: readonly string[]) => PageMaskLike;

const KEY = '__sellerSosPageMask';
type Registry = { [KEY]?: PageMaskFactory };

export function providePageMask(factory: PageMaskFactory): void {
  (globalThis as Registry)[KEY] = factory;
}

/** The injected mask, or undefined when the background has not injected it (yet). */
export function pageMaskFactory(): PageMaskFactory | undefined {
  return (globalThis as Registry)[KEY];
}
