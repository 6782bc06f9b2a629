import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayHost, OverlayParts } from '../../lib/overlay/parts-provider';
import { OVERLAY_STRING_KEYS, type OverlayStrings } from '../../lib/overlay/strings';
import { OVERLAY_CSS } from '../../lib/overlay/style';

/**
 * The SOS control before its parts arrive (lib/overlay/overlay.ts): moving the control and opening
 * the list are injected on the first press, so what the seller does meanwhile is kept and handed
 * to the parts in order; what a page script dispatches fetches nothing; a failed injection drops
 * what was kept, so a later press does not replay it.
 */

const strings = Object.fromEntries(OVERLAY_STRING_KEYS.map((key) => [key, key])) as OverlayStrings;

/** Events a seller makes are trusted; happy-dom's dispatched events are not, so say they are. */
function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

let sent: unknown[];
let injectWorks: boolean;
let handed: { types: string[]; host: OverlayHost }[];
let controller: AbortController;

async function mount() {
  const { mountOverlay } = await import('../../lib/overlay/overlay');
  const { createFaultBoard } = await import('../../lib/overlay/fault-board');
  const ctx = { signal: controller.signal, onInvalidated: (callback: () => void) => controller.signal.addEventListener('abort', callback) } as unknown as ContentScriptContext;
  await mountOverlay(ctx, { platform: 'ozon', mode: 'shown', strings, style: OVERLAY_CSS, board: createFaultBoard(), pageId: 'page-1' });
  return document.querySelector('seller-sos-overlay')!.shadowRoot!.querySelector('.control') as HTMLButtonElement;
}

beforeEach(async () => {
  vi.resetModules();
  document.documentElement.querySelector('seller-sos-overlay')?.remove();
  sent = [];
  handed = [];
  injectWorks = true;
  controller = new AbortController();
  delete (globalThis as Record<string, unknown>).__sellerSosOverlayParts;
  const { provideOverlayParts } = await import('../../lib/overlay/parts-provider');
  vi.stubGlobal('browser', {
    runtime: {
      id: 'seller-sos',
      // The background injects the parts: here they register a factory that records what it is handed.
      sendMessage: async (message: { type: string }) => {
        sent.push(message);
        await new Promise((resolve) => setTimeout(resolve, 5));
        if (message.type === 'overlay/load' && injectWorks) {
          provideOverlayParts((host): OverlayParts => {
            handed.push({ types: host.early.map((event) => event.type), host });
            return { render: () => undefined, setCapturing: () => undefined, pageChanged: () => undefined };
          });
        }
        return { ok: true };
      },
    },
    storage: { local: { get: async () => ({}), set: async () => undefined } },
  });
});
afterEach(() => {
  controller.abort();
  vi.unstubAllGlobals();
});

describe('the SOS control before its parts arrive', () => {
  it('keeps a press, its moves and the click, in order, and hands them to the parts', async () => {
    const control = await mount();
    control.setPointerCapture = () => undefined;
    // Moves before any press (hovering) are not kept and fetch nothing.
    control.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: 1, clientY: 1 })));
    expect(sent).toEqual([]);
    control.dispatchEvent(trusted(new PointerEvent('pointerdown', { clientX: 10, clientY: 10 })));
    control.dispatchEvent(trusted(new PointerEvent('pointermove', { clientX: 40, clientY: 60 })));
    control.dispatchEvent(trusted(new PointerEvent('pointerup', { clientX: 40, clientY: 60 })));
    control.dispatchEvent(trusted(new MouseEvent('click')));
    await vi.waitFor(() => expect(handed).toHaveLength(1));
    expect(handed[0]!.types).toEqual(['pointerdown', 'pointermove', 'pointerup', 'click']);
    expect(sent).toEqual([{ type: 'overlay/load', pageId: 'page-1' }]);
    // Once the parts are here they listen themselves: nothing more is kept or fetched.
    control.dispatchEvent(trusted(new MouseEvent('click')));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toHaveLength(1);
    expect(handed[0]!.host.early).toHaveLength(0);
  });

  it('an arrow key is kept and does not scroll the page; other keys fetch nothing', async () => {
    const control = await mount();
    const other = trusted(new KeyboardEvent('keydown', { key: 'a', cancelable: true }));
    control.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    expect(sent).toEqual([]);
    const arrow = trusted(new KeyboardEvent('keydown', { key: 'ArrowLeft', cancelable: true }));
    control.dispatchEvent(arrow);
    expect(arrow.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(handed).toHaveLength(1));
    expect(handed[0]!.types).toEqual(['keydown']);
  });

  it('what a page script dispatches on the control fetches nothing', async () => {
    const control = await mount();
    control.click();
    control.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft', cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(sent).toEqual([]);
  });

  it('after a failed injection, a later press is handed over alone', async () => {
    injectWorks = false;
    const control = await mount();
    control.dispatchEvent(trusted(new MouseEvent('click')));
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(handed).toEqual([]);
    injectWorks = true;
    control.dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'ArrowUp', cancelable: true })));
    await vi.waitFor(() => expect(handed).toHaveLength(1));
    expect(handed[0]!.types).toEqual(['keydown']);
    expect(sent).toHaveLength(2);
  });
});
