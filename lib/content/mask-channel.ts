import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BackgroundToContent } from '../messages-content';
import { checkBackgroundToContent } from './message-checks';
import { pageMaskFactory, type PageMaskLike } from './mask-provider';
import { api, type MessageListener } from './runtime';

/**
 * The content script's side of an evidence capture: the background asks it to prepare the page
 * (hide personal data and Seller SOS's own overlay), takes the screenshot, then asks it to put the
 * page back. Only the extension's own background is listened to — never the page, never another
 * content script — and every message is validated.
 *
 * The masking code itself is injected by the background just before it asks (see
 * ./mask-provider.ts); without it a masked capture is not answered, so it fails as such
 * instead of showing a buyer's data.
 *
 * The page restores itself after `holdMs` whatever happens: a Manifest V3 service worker can be
 * stopped between the two messages, and a seller must never be left with a greyed-out page.
 */

/**
 * `piiLabels`: the page's rules come from the background, so they may still be on their way.
 * `onCapturing`: Seller SOS's overlay hides itself while capturing (lib/overlay).
 */
export function answerCaptureRequests(ctx: ContentScriptContext, piiLabels: () => Promise<readonly string[]>, onCapturing: (capturing: boolean) => void): void {
  let mask: PageMaskLike | undefined;
  let current: { token: string; timer: ReturnType<typeof setTimeout> } | null = null;

  const finish = (): void => {
    if (!current) return;
    clearTimeout(current.timer);
    current = null;
    mask?.restore();
    onCapturing(false);
  };

  const handle = async (message: BackgroundToContent): Promise<unknown> => {
    if (message.type === 'capture/finish') {
      const intact = current?.token === message.token;
      if (intact) finish();
      return { token: message.token, intact };
    }
    // A retried capture (new token) replaces one the background never finished.
    finish();
    if (message.mask) {
      const create = pageMaskFactory();
      if (!create) return undefined;
      mask ??= create(await piiLabels());
    }
    onCapturing(true);
    const masked = message.mask && mask ? mask.apply() : 0;
    current = { token: message.token, timer: setTimeout(finish, message.holdMs) };
    await painted();
    return { token: message.token, masked };
  };

  const listener: MessageListener = (message, sender, sendResponse) => {
    // tabs.sendMessage from the background: our id, no tab. A content script's message has a tab.
    if (sender.id !== api.runtime.id || sender.tab) return undefined;
    const checked = checkBackgroundToContent(message);
    if (!checked) return undefined;
    handle(checked).then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => {
    api.runtime.onMessage.removeListener(listener);
    finish();
  });
}

/** Two frames: the hidden state has been painted and composited before the screenshot is taken. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    // A throttled page may not run animation frames at all: never wait more than 150 ms (whichever
    // comes second resolves nothing more).
    setTimeout(resolve, 150);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });
}
