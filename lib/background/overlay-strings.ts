import { createTranslator } from '../i18n';
import { OVERLAY_STRING_KEYS, type OverlayStrings } from '../overlay/strings';
import type { Settings } from '../settings';

/**
 * The overlay's words in the seller's language. A content script cannot follow the language
 * setting itself (browser.i18n speaks the browser's language only), so the background resolves
 * them with the extension pages' translator and sends them with the page settings. `$1`… are
 * passed through as themselves and filled in page-side.
 */
export async function overlayStrings(language: Settings['language']): Promise<OverlayStrings> {
  const translator = await createTranslator(language);
  const strings = {} as OverlayStrings;
  for (const key of OVERLAY_STRING_KEYS) strings[key] = translator.t(key, '$1', '$2', '$3');
  return strings;
}
