import type { ContentToBackgroundInput } from '../messages';

/**
 * The one extension API the content script needs. Chrome MV3 and Firefox both return a promise
 * from runtime.sendMessage, so the page-side bundle skips webextension-polyfill.
 */
interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}
const api = ((globalThis as { browser?: RuntimeLike }).browser ?? (globalThis as unknown as { chrome: RuntimeLike }).chrome);

export function sendToBackground(message: ContentToBackgroundInput): Promise<unknown> {
  return api.runtime.sendMessage(message);
}
