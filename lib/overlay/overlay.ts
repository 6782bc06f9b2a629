import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_TAG } from '../content/dom';
import type { Platform } from '../rules/types';
import type { FaultBoard } from './fault-board';
import { overlayPartsFactory, type OverlayActions, type OverlayParts } from './parts-provider';
import { fill, type OverlayStrings } from './strings';
import { OVERLAY_CSS } from './style';

/**
 * The on-page overlay: a small SOS control (all clear / n faults) and markers drawn over the
 * back-office where each fault was noticed. Plain DOM in an isolated shadow root, no framework.
 * Only the control ships on every back-office page; the list panel, the markers and the top bar
 * are injected the first time they are needed (./parts-provider.ts, ./parts.ts).
 *
 * - It never changes the page's layout: one fixed, zero-size host at the end of <html>; markers
 *   are absolutely placed boxes that ignore the pointer (`pointer-events: none`).
 * - It does no work while nothing is wrong beyond the idle control; the list and the markers
 *   are built the first time they are needed and updated only when the faults change (and on
 *   scroll or resize while markers are shown).
 */

export { OVERLAY_TAG };

export type { OverlayActions };

export type OverlayMode = 'shown' | 'minimised' | 'hidden';

export interface OverlayOptions {
  platform: Platform;
  strings: OverlayStrings;
  mode: OverlayMode;
  board: FaultBoard;
  actions: OverlayActions;
  /** Asks the background to inject the overlay's parts into this page; false when it could not. */
  loadParts(): Promise<boolean>;
}

export interface Overlay {
  /** Hides the overlay (and the markers, unless the seller keeps them in) while a screenshot is taken. */
  setCapturing(capturing: boolean): void;
  /** The page changed (a DOM batch): marked elements may have moved. */
  pageChanged(): void;
}

interface Position {
  /** Distance of the control from the right and bottom edges, in CSS pixels. */
  right: number;
  bottom: number;
}

const positionKey = (platform: Platform) => `overlayPosition:${platform}`;
const CONTROL_SIZE = 44;
const EDGE = 16;
/** The platform's own primary actions: the control's default place must not cover them. */
const PRIMARY_ACTIONS = 'button,[role="button"],a.btn,a.button,input[type="submit"],input[type="button"]';

interface StorageLike {
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> } };
}
const api = ((globalThis as { browser?: StorageLike }).browser ?? (globalThis as unknown as { chrome: StorageLike }).chrome);

/**
 * The overlay's host: a custom element at the end of <html> with an open shadow root and the
 * same `:host { all: initial }` reset as WXT's createShadowRootUi. Attached directly because
 * createShadowRootUi would add ~8 KB (async mount helpers, a custom-element-name validator) to
 * every back-office page. Keystrokes stop at the shadow root, so typing in the overlay never
 * reaches the page's shortcuts.
 */
function attachIsolatedRoot(ctx: ContentScriptContext): HTMLElement {
  const host = document.createElement(OVERLAY_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}${OVERLAY_CSS}`;
  const root = document.createElement('div');
  root.className = 'root';
  shadow.append(style, root);
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (event) => event.stopPropagation());
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return root;
}

export async function mountOverlay(ctx: ContentScriptContext, options: OverlayOptions): Promise<Overlay | null> {
  if (options.mode === 'hidden') return null;
  const strings = options.strings;
  const { board, platform, actions } = options;

  const root = attachIsolatedRoot(ctx);

  // ---- the control
  const control = document.createElement('button');
  control.type = 'button';
  control.className = 'control clear';
  control.setAttribute('aria-haspopup', 'dialog');
  control.setAttribute('aria-expanded', 'false');
  const controlLabel = document.createElement('span');
  controlLabel.className = 'sos';
  controlLabel.textContent = 'SOS';
  const controlCount = document.createElement('span');
  controlCount.className = 'count';
  control.append(controlLabel, controlCount);
  root.append(control);
  if (options.mode === 'minimised') root.classList.add('minimised');

  let position: Position = { right: EDGE, bottom: EDGE };
  const saved: Record<string, unknown> = await api.storage.local.get(positionKey(platform)).catch(() => ({}));
  const stored = saved[positionKey(platform)] as Position | undefined;
  position = stored && Number.isFinite(stored.right) && Number.isFinite(stored.bottom) ? stored : defaultPosition();
  placeControl();

  // ---- the parts injected on demand: the list panel, markers and top bar
  let parts: OverlayParts | null = null;
  let loading: Promise<OverlayParts | null> | null = null;
  const loadParts = (): Promise<OverlayParts | null> =>
    (loading ??= (async () => {
      if (!overlayPartsFactory()) await options.loadParts().catch(() => false);
      const create = overlayPartsFactory();
      // Not injected (the background was restarting): try again the next time they are needed.
      if (!create || ctx.signal.aborted) return (loading = null);
      parts = create({ root, control, board, actions, strings: () => strings, signal: ctx.signal });
      return parts;
    })());

  function placeControl(): void {
    const maxRight = Math.max(EDGE, innerWidth - CONTROL_SIZE - EDGE);
    const maxBottom = Math.max(EDGE, innerHeight - CONTROL_SIZE - EDGE);
    root.style.setProperty('--right', `${Math.min(Math.max(position.right, 0), maxRight)}px`);
    root.style.setProperty('--bottom', `${Math.min(Math.max(position.bottom, 0), maxBottom)}px`);
  }

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
    for (const [x, y] of [[left + 4, top + 4], [left + CONTROL_SIZE - 4, top + 4], [left + 4, top + CONTROL_SIZE - 4], [left + CONTROL_SIZE - 4, top + CONTROL_SIZE - 4], [left + CONTROL_SIZE / 2, top + CONTROL_SIZE / 2]] as const) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit.localName !== OVERLAY_TAG && hit.closest(PRIMARY_ACTIONS)) return true;
    }
    return false;
  }

  // ---- dragging (a press that moves is a drag, one that does not is a click)
  let drag: { x: number; y: number; start: Position; moved: boolean } | null = null;
  control.addEventListener('pointerdown', (event) => {
    drag = { x: event.clientX, y: event.clientY, start: { ...position }, moved: false };
    control.setPointerCapture(event.pointerId);
  });
  control.addEventListener('pointermove', (event) => {
    if (!drag) return;
    const dx = event.clientX - drag.x;
    const dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 5) return;
    drag.moved = true;
    position = { right: drag.start.right - dx, bottom: drag.start.bottom - dy };
    placeControl();
  });
  control.addEventListener('pointerup', () => {
    if (drag?.moved) void api.storage.local.set({ [positionKey(platform)]: position }).catch(() => undefined);
  });
  control.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    if (drag?.moved) {
      drag = null;
      event.preventDefault();
      return;
    }
    drag = null;
    void loadParts().then((loaded) => loaded?.togglePanel());
  });
  control.addEventListener('keydown', (event) => {
    // Arrow keys move the control for people who do not drag.
    const step = event.shiftKey ? 40 : 10;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    position = { right: position.right + move[0], bottom: position.bottom + move[1] };
    placeControl();
    void api.storage.local.set({ [positionKey(platform)]: position }).catch(() => undefined);
  });

  // ---- rendering
  function render(): void {
    const open = board.openFaults();
    const worst = open.some((fault) => fault.severity === 'error' || fault.severity === 'critical') ? 'error' : open.length ? 'warning' : 'clear';
    control.className = `control ${worst}`;
    controlCount.textContent = open.length ? String(open.length) : '✓';
    const summary = open.length ? fill(strings.overlayFaultCount, open.length) : strings.overlayAllClear;
    control.setAttribute('aria-label', `${strings.overlayTitle}: ${summary}. ${strings.overlayOpenList}`);
    control.title = `${strings.overlayTitle}: ${summary}`;
    if (parts) parts.render();
    else if (needsMarkers()) void loadParts().then((loaded) => loaded?.render());
  }

  /** A fault the overlay can point at: an element on the page, or a failed call for the top bar. */
  function needsMarkers(): boolean {
    return (
      [...board.faults.values()].some((fault) => fault.element?.isConnected && fault.severity !== 'info') ||
      board.openFaults().some((fault) => fault.kind === 'network-error' || fault.kind === 'failed-load')
    );
  }

  addEventListener('resize', () => placeControl(), { passive: true, signal: ctx.signal });
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
