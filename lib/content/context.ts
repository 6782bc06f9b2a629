/**
 * The content scripts' ContentScriptContext, slim. wxt.config.ts points
 * `wxt/utils/content-script-context` here in the content-script builds only: WXT's own class
 * (with its location watcher and timer wrappers Seller SOS never uses) was ~1 KB gzipped on
 * every back-office page (issue #8). It keeps what the content script uses — `signal` and
 * `onInvalidated` — and WXT's hand-over: a newly started copy of the script
 * (the extension was updated or reloaded) announces itself with the same event WXT uses, and the
 * old copy stops.
 */
import { api } from './runtime';

/**
 * Called with `new` by WXT's entry code; a function returning a plain object rather than a class,
 * so no member name but the used ones ships: `signal` and `onInvalidated` are all the content
 * script uses of it.
 */
export function ContentScriptContext(contentScriptName: string) {
  const controller = new AbortController();
  const signal = controller.signal;
  const messageId = Math.random().toString(36).slice(2);
  const ctx = {
    signal,
    onInvalidated(callback: () => void): () => void {
      signal.addEventListener('abort', callback);
      return () => signal.removeEventListener('abort', callback);
    },
  };
  const started = `${api?.runtime?.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId } }));
  document.addEventListener(
    started,
    (event) => {
      const detail = (event as CustomEvent<{ contentScriptName?: string; messageId?: string } | null>).detail;
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== messageId) controller.abort();
    },
    { signal },
  );
  return ctx;
}
