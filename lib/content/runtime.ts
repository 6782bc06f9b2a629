import type { ContentToBackgroundInput } from '../messages';

/**
 * The extension APIs the page side uses (content script, overlay parts). Chrome MV3 and Firefox
 * both have the promise-based `browser`/`chrome` API, so the page-side bundles skip
 * webextension-polyfill; one lookup serves every page-side module.
 */
type MessageListener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined;
export interface PageSideApi {
  runtime: {
    id: string;
    sendMessage(message: unknown): Promise<unknown>;
    onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
  };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
export type { MessageListener };

export const api: PageSideApi = (globalThis as { browser?: PageSideApi }).browser ?? (globalThis as unknown as { chrome: PageSideApi }).chrome;

export function sendToBackground(message: ContentToBackgroundInput): Promise<unknown> {
  return api.runtime.sendMessage(message);
}
