import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_TAG } from '../content/dom';
import type { Platform } from '../rules/types';
import type { FaultBoard } from './fault-board';
import { api, sendToBackground } from '../content/runtime';
import { overlayPartsFactory, type OverlayParts, type Position } from './parts-provider';
import { fill, type OverlayStrings } from './strings';

/**
 * The on-page overlay: a small SOS control (all clear / n faults) and markers drawn over the
 * back-office where each fault was noticed. Plain DOM in an isolated shadow root, no framework.
 * Only the control ships on every back-office page; the list panel, the markers, the top bar and
 * the code that moves the control (drag, arrow keys) are injected the first time they are needed
 * (./parts-provider.ts, ./parts.ts).
 *
 * - It never changes the page's layout: one fixed, zero-size host at the end of <html>; markers
 *   are absolutely placed boxes that ignore the pointer (`pointer-events: none`).
 * - It does no work while nothing is wrong beyond the idle control; the list and the markers
 *   are built the first time they are needed and updated only when the faults change (and on
 *   scroll or resize while markers are shown).
 */

export { OVERLAY_TAG };

export type OverlayMode = 'shown' | 'minimised' | 'hidden';

export interface OverlayOptions {
  platform: Platform;
  strings: OverlayStrings;
  /** The control's stylesheet (./style.ts OVERLAY_CSS): the background sends it with the page's rules. */
  style: string;
  mode: OverlayMode;
  board: FaultBoard;
  /** The page session: the background injects the parts into the tab it came from. */
  pageId: string;
}

export interface Overlay {
  /** Hides the overlay (and the markers, unless the seller keeps them in) while a screenshot is taken. */
  setCapturing(capturing: boolean): void;
  /** The page changed (a DOM batch): marked elements may have moved. */
  pageChanged(): void;
}

const CONTROL_SIZE = 44;
const EDGE = 16;
/** The platform's own primary actions: the control's default place must not cover them. */
const PRIMARY_ACTIONS = 'button,[role="button"],a.btn,a.button,input[type="submit"],input[type="button"]';

/**
 * The overlay's host: a custom element at the end of <html> with an open shadow root and the
 * same `:host { all: initial }` reset as WXT's createShadowRootUi. Attached directly because
 * createShadowRootUi would add ~8 KB (async mount helpers, a custom-element-name validator) to
 * every back-office page. Keystrokes stop at the shadow root, so typing in the overlay never
 * reaches the page's shortcuts.
 */
function attachIsolatedRoot(ctx: ContentScriptContext, style: string): HTMLElement {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  create('style', shadow).textContent = style;
  const root = create('div', shadow, 'root');
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return root;
}

/** A new element at the end of `parent`. */
function create<K extends keyof HTMLElementTagNameMap>(tag: K, parent: ParentNode, className = ''): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  parent.append(element);
  return element;
}

export async function mountOverlay(ctx: ContentScriptContext, options: OverlayOptions): Promise<Overlay | null> {
  if (options.mode === 'hidden') return null;
  const { board, platform, pageId, strings } = options;

  const root = attachIsolatedRoot(ctx, options.style);

  // ---- the control
  const control = create('button', root, 'control clear');
  control.type = 'button';
  control.setAttribute('aria-haspopup', 'dialog');
  control.setAttribute('aria-expanded', 'false');
  create('span', control, 'sos').textContent = 'SOS';
  const controlCount = create('span', control, 'count');
  if (options.mode === 'minimised') root.classList.add('minimised');

  const positionKey = `overlayPosition:${platform}`;
  const saved: Record<string, unknown> = await api.storage.local.get(positionKey).catch(() => ({}));
  const stored = saved[positionKey] as Position | undefined;
  let position = stored && Number.isFinite(stored.right) && Number.isFinite(stored.bottom) ? stored : defaultPosition();
  const place = (next?: Position): Position => {
    position = next ?? position;
    const set = (edge: keyof Position, size: number) => root.style.setProperty(`--${edge}`, `${Math.min(Math.max(position[edge], 0), Math.max(EDGE, size - CONTROL_SIZE - EDGE))}px`);
    set('right', innerWidth);
    set('bottom', innerHeight);
    return position;
  };
  place();

  // ---- the parts injected on demand: the list panel, markers and top bar, and moving the control
  let parts: OverlayParts | null = null;
  let loading: Promise<OverlayParts | null> | null = null;
  const loadParts = (): Promise<OverlayParts | null> =>
    (loading ??= (async () => {
      if (!overlayPartsFactory()) await sendToBackground({ type: 'overlay/load', pageId }).catch(() => undefined);
      const create = overlayPartsFactory();
      if (create && !ctx.signal.aborted) parts = create({ root, control, board, pageId, strings: () => strings, signal: ctx.signal, place, positionKey, early });
      early.length = 0;
      // Not injected (the background was restarting): try again the next time they are needed,
      // without replaying what was pressed meanwhile.
      return parts ?? (loading = null);
    })());

  /**
   * A press, a click or an arrow key on the control before the parts are here is kept and handed
   * to them when they arrive (they move the control and open the list), so a drag that starts at
   * once still moves it. The pointer is captured at once (only possible while pressed), and an
   * arrow key must not scroll the page meanwhile.
   */
  const early: Event[] = [];
  const keep = (event: Event) => {
    // A page's own scripts can dispatch events on the control: those do not fetch anything.
    if (parts || !event.isTrusted) return;
    early.push(event);
    void loadParts();
  };
  control.addEventListener('pointerdown', (event) => {
    control.setPointerCapture(event.pointerId);
    keep(event);
  });
  control.addEventListener('click', keep);
  control.addEventListener('keydown', (event) => {
    if (parts || !event.key.startsWith('Arrow')) return;
    event.preventDefault();
    keep(event);
  });
  for (const type of ['pointermove', 'pointerup']) control.addEventListener(type, (event) => early.length && keep(event));

  /** Bottom-right unless a primary action is there; then the other corners, then higher up. */
  function defaultPosition(): Position {
    const candidates: Position[] = [
      { right: EDGE, bottom: EDGE },
      { right: innerWidth - CONTROL_SIZE - EDGE, bottom: EDGE },
      { right: EDGE, bottom: 96 },
      { right: EDGE, bottom: innerHeight / 2 },
    ];
    return candidates.find((candidate) => !coversPrimaryAction(candidate)) ?? candidates[0]!;
  }

  function coversPrimaryAction({ right, bottom }: Position): boolean {
    const left = innerWidth - right - CONTROL_SIZE;
    const top = innerHeight - bottom - CONTROL_SIZE;
    // The four corners, 4 px in, and the centre.
    for (const [x, y] of [[4, 4], [40, 4], [4, 40], [40, 40], [22, 22]] as const) {
      const hit = document.elementFromPoint(left + x, top + y);
      if (hit && hit.localName !== OVERLAY_TAG && hit.closest(PRIMARY_ACTIONS)) return true;
    }
    return false;
  }

  // ---- rendering
  function render(): void {
    const open = board.openFaults();
    const worst = open.some((fault) => fault.severity === 'error' || fault.severity === 'critical') ? 'error' : open.length ? 'warning' : 'clear';
    control.className = `control ${worst}`;
    controlCount.textContent = open.length ? String(open.length) : '✓';
    const summary = open.length ? fill(strings.overlayFaultCount, open.length) : strings.overlayAllClear;
    control.title = `${strings.overlayTitle}: ${summary}`;
    control.setAttribute('aria-label', `${control.title}. ${strings.overlayOpenList}`);
    if (parts) parts.render();
    // A fault the overlay can point at (an element on the page, or a failed call for the top bar) needs the parts.
    else if (open.some((fault) => fault.element?.isConnected || fault.kind === 'network-error' || fault.kind === 'failed-load')) void loadParts().then((loaded) => loaded?.render());
  }

  addEventListener('resize', () => place(), { passive: true, signal: ctx.signal });
  board.subscribe(render, ctx.signal);
  render();

  return {
    setCapturing(value) {
      root.classList.toggle('capturing', value);
      parts?.setCapturing(value);
    },
    pageChanged() {
      parts?.pageChanged();
    },
  };
}
