import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The content script's side of a capture (lib/content/mask-channel.ts): it answers only the
 * extension's own background, validates every message, hides the buyer's data until told to
 * put it back — and puts it back by itself when the background never says so.
 */

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (answer: unknown) => void) => boolean | undefined;

let listener: Listener | undefined;
const capturing: boolean[] = [];
let invalidate: () => void = () => undefined;

beforeEach(async () => {
  vi.resetModules();
  listener = undefined;
  capturing.length = 0;
  vi.stubGlobal('browser', {
    runtime: { id: 'seller-sos', onMessage: { addListener: (added: Listener) => (listener = added), removeListener: () => (listener = undefined) } },
  });
  document.body.innerHTML = '<dl><dt>Телефон</dt><dd id="phone">+7 916 123-45-67</dd></dl>';
  // The background injects the mask before a masked capture (entrypoints/page-mask.ts).
  const { PageMask } = await import('../../lib/content/mask');
  const { providePageMask } = await import('../../lib/content/mask-provider');
  providePageMask((labels) => new PageMask(labels));
  const { answerCaptureRequests } = await import('../../lib/content/mask-channel');
  const ctx = { onInvalidated: (callback: () => void) => (invalidate = callback) } as unknown as ContentScriptContext;
  answerCaptureRequests(ctx, async () => ['Телефон'], (on) => capturing.push(on));
});

afterEach(() => {
  invalidate();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const fromBackground = { id: 'seller-sos' };
/** Sends a message as the browser would and resolves with the answer (undefined: not answered). */
function send(message: unknown, sender: { id?: string; tab?: unknown } = fromBackground): Promise<unknown> {
  return new Promise((resolve) => {
    const async = listener!(message, sender, resolve);
    if (async !== true) resolve(undefined);
  });
}
const phoneHidden = () => (document.querySelector('#phone') as HTMLElement).style.getPropertyValue('color') === 'transparent';

describe('mask channel', () => {
  it('prepare hides and answers once painted; finish restores and says the page stayed prepared', async () => {
    await expect(send({ type: 'capture/prepare', token: 't1', mask: true, holdMs: 5_000 })).resolves.toEqual({ token: 't1', masked: 1 });
    expect(phoneHidden()).toBe(true);
    expect(capturing).toEqual([true]);
    await expect(send({ type: 'capture/finish', token: 't1' })).resolves.toEqual({ token: 't1', intact: true });
    expect(phoneHidden()).toBe(false);
    expect(capturing).toEqual([true, false]);
  });

  it('masking off for one capture: only the overlay hides', async () => {
    await expect(send({ type: 'capture/prepare', token: 't2', mask: false, holdMs: 5_000 })).resolves.toEqual({ token: 't2', masked: 0 });
    expect(phoneHidden()).toBe(false);
    expect(capturing).toEqual([true]);
  });

  it('restores by itself when the background never finishes (a stopped service worker)', async () => {
    await send({ type: 'capture/prepare', token: 't3', mask: true, holdMs: 150 });
    expect(phoneHidden()).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(phoneHidden()).toBe(false);
    // A late finish learns the screenshot may not have shown the prepared page.
    await expect(send({ type: 'capture/finish', token: 't3' })).resolves.toEqual({ token: 't3', intact: false });
  });

  it('a retried capture replaces one that was never finished', async () => {
    await send({ type: 'capture/prepare', token: 'old', mask: true, holdMs: 5_000 });
    await send({ type: 'capture/prepare', token: 'new', mask: true, holdMs: 5_000 });
    await expect(send({ type: 'capture/finish', token: 'old' })).resolves.toEqual({ token: 'old', intact: false });
    expect(phoneHidden()).toBe(true);
    await expect(send({ type: 'capture/finish', token: 'new' })).resolves.toEqual({ token: 'new', intact: true });
    expect(phoneHidden()).toBe(false);
  });

  it('a masked capture before the mask was injected is not answered (it fails, never shows the data)', async () => {
    delete (globalThis as { __sellerSosPageMask?: unknown }).__sellerSosPageMask;
    await expect(send({ type: 'capture/prepare', token: 't5', mask: true, holdMs: 5_000 })).resolves.toBeUndefined();
    expect(capturing).toEqual([]);
    // Without masking nothing needs injecting.
    await expect(send({ type: 'capture/prepare', token: 't6', mask: false, holdMs: 5_000 })).resolves.toEqual({ token: 't6', masked: 0 });
  });

  it('ignores other senders and anything that does not validate', async () => {
    await expect(send({ type: 'capture/prepare', token: 'x', mask: true, holdMs: 5_000 }, { id: 'seller-sos', tab: { id: 3 } })).resolves.toBeUndefined();
    await expect(send({ type: 'capture/prepare', token: 'x', mask: true, holdMs: 5_000 }, { id: 'another-extension' })).resolves.toBeUndefined();
    await expect(send({ type: 'capture/prepare', token: 'x', mask: 'yes', holdMs: 5_000 })).resolves.toBeUndefined();
    await expect(send({ type: 'capture/prepare', token: 'x', mask: true, holdMs: 10 ** 9 })).resolves.toBeUndefined();
    await expect(send({ type: 'capture/screenshot-everything' })).resolves.toBeUndefined();
    expect(phoneHidden()).toBe(false);
    expect(capturing).toEqual([]);
  });
});
