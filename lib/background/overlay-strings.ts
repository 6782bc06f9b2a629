import { browser } from 'wxt/browser';
import { FALLBACK_STRINGS, OVERLAY_STRING_KEYS, type OverlayStrings } from '../overlay/strings';
import type { Settings } from '../settings';

/**
 * The overlay's words in the seller's language. A content script cannot follow the language
 * setting itself (browser.i18n speaks the browser's language only), so the background resolves
 * them and sends them with the page settings. `$1`… stay in the text; the overlay fills them.
 */
const POSITIONAL = ['$1', '$2', '$3'];
/** Untyped: WXT types getMessage by the keys it saw at build time, and these are looked up by name. */
const getMessage = (key: string, substitutions: string[]): string => (browser.i18n.getMessage as (key: string, substitutions: string[]) => string)(key, substitutions);

export async function overlayStrings(language: Settings['language']): Promise<OverlayStrings> {
  const strings = { ...FALLBACK_STRINGS };
  if (language === 'auto') {
    for (const key of OVERLAY_STRING_KEYS) strings[key] = getMessage(key, POSITIONAL) || strings[key];
    return strings;
  }
  try {
    const response = await fetch(browser.runtime.getURL(`/_locales/${language}/messages.json` as '/popup.html'));
    const messages = (await response.json()) as Record<string, { message?: string }>;
    for (const key of OVERLAY_STRING_KEYS) strings[key] = messages[key]?.message || strings[key];
  } catch {
    // A missing locale file leaves the English words: the overlay still works.
  }
  return strings;
}
