import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OVERLAY_TAG } from '../content/dom';
import type { Platform } from '../rules/types';
import type { BoardFault, FaultBoard } from './fault-board';
import { markerLabel } from './labels';
import { fill, type OverlayStrings } from './strings';
import { OVERLAY_CSS } from './style';

/**
 * The on-page overlay: a small SOS control (all clear / n faults) and markers drawn over the
 * back-office where each fault was noticed. Plain DOM in an isolated shadow root, no framework:
 * it ships on every back-office page.
 *
 * - It never changes the page's layout: one fixed, zero-size host at the end of <html>; markers
 *   are absolutely placed boxes that ignore the pointer (`pointer-events: none`).
 * - It does no work while nothing is wrong beyond the idle control; the list and the markers
 *   are built the first time they are needed and updated only when the faults change (and on
 *   scroll or resize while markers are shown).
 */

export { OVERLAY_TAG };

export interface OverlayActions {
  /** Capture evidence of this tab; resolves to what to tell the seller. */
  capture(): Promise<string>;
  openSidePanel(): Promise<boolean>;
}

export type OverlayMode = 'shown' | 'minimised' | 'hidden';

export interface OverlayOptions {
  platform: Platform;
  strings: OverlayStrings;
  mode: OverlayMode;
  board: FaultBoard;
  actions: OverlayActions;
}

export interface Overlay {
  /** Hides the overlay (and the markers, unless the seller keeps them in) while a screenshot is taken. */
  setCapturing(capturing: boolean): void;
  setStrings(strings: OverlayStrings): void;
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
  let strings = options.strings;
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

  // ---- lazily built parts
  let panel: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let markers: HTMLElement | null = null;
  let topBar: HTMLElement | null = null;
  let capturing = false;
  /** The seller's choice in the panel: markers in the screenshot or not (not by default). */
  let keepMarkersWhileCapturing = false;

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

  function buildPanel(): HTMLElement {
    panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-modal', 'false');
    panel.id = 'seller-sos-panel';
    panel.hidden = true;
    const heading = document.createElement('h2');
    heading.textContent = strings.overlayTitle;
    panel.setAttribute('aria-label', strings.overlayTitle);
    list = document.createElement('ul');
    list.className = 'list';
    status = document.createElement('p');
    status.className = 'status';
    status.setAttribute('role', 'status');
    const actionsRow = document.createElement('div');
    actionsRow.className = 'actions';
    const captureButton = button(strings.overlayCapture, 'primary', async () => {
      captureButton.disabled = true;
      status!.textContent = await actions.capture().catch((error: unknown) => fill(strings.overlayCaptureFailed, String(error)));
      captureButton.disabled = false;
    });
    const keep = document.createElement('label');
    keep.className = 'keep';
    const keepBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    keepBox.addEventListener('change', () => (keepMarkersWhileCapturing = keepBox.checked));
    keep.append(keepBox, strings.overlayKeepMarkers);
    const panelButton = button(strings.overlayOpenPanel, '', async () => {
      if (!(await actions.openSidePanel().catch(() => false))) status!.textContent = strings.overlayPanelFallback;
    });
    const minimise = button(strings.overlayMinimise, 'quiet', () => {
      root.classList.add('minimised');
      closePanel();
    });
    const close = button(strings.overlayClose, 'quiet', () => closePanel());
    actionsRow.append(captureButton, panelButton, minimise, close);
    panel.append(heading, list, actionsRow, keep, status);
    root.append(panel);
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        closePanel();
        control.focus();
      }
    });
    return panel;
  }

  function button(text: string, variant: string, onClick: () => void | Promise<void>): HTMLButtonElement {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    if (variant) element.className = variant;
    // Only the seller's own clicks: a page script can call .click() on an open shadow root's
    // buttons, and a page must never make Seller SOS act (isTrusted is false for those).
    element.addEventListener('click', (event) => event.isTrusted && void onClick());
    return element;
  }

  function openPanel(): void {
    (panel ?? buildPanel()).hidden = false;
    root.classList.remove('minimised');
    control.setAttribute('aria-expanded', 'true');
    render();
    (panel!.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  function closePanel(): void {
    if (panel) panel.hidden = true;
    control.setAttribute('aria-expanded', 'false');
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
    if (panel && !panel.hidden) closePanel();
    else openPanel();
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
    if (list && panel && !panel.hidden) {
      list.replaceChildren(
        ...(open.length
          ? open.map((fault) => {
              const item = document.createElement('li');
              item.className = fault.severity;
              const label = document.createElement('strong');
              label.textContent = markerLabel(fault, strings);
              const message = document.createElement('span');
              message.textContent = fault.message + (fault.count > 1 ? ` ×${fault.count}` : '');
              item.append(label, message);
              return item;
            })
          : [Object.assign(document.createElement('li'), { textContent: strings.overlayAllClear, className: 'empty' })]),
      );
    }
    renderMarkers();
  }

  function renderMarkers(): void {
    const marked = [...board.faults.values()].filter((fault) => fault.element?.isConnected && fault.severity !== 'info');
    const requests = board.openFaults().filter((fault) => fault.kind === 'network-error' || (fault.kind === 'failed-load' && !fault.element));
    const visible = !capturing || keepMarkersWhileCapturing;
    if (!marked.length && !requests.length && !markers) return;
    markers ??= Object.assign(document.createElement('div'), { className: 'markers' });
    topBar ??= Object.assign(document.createElement('div'), { className: 'top-bar' });
    if (!markers.isConnected) root.prepend(markers, topBar);
    markers.hidden = !visible;
    topBar.hidden = !visible || !requests.length;
    topBar.textContent = requests.length ? markerLabel(requests[requests.length - 1]!, strings) + (requests.length > 1 ? ` (+${requests.length - 1})` : '') : '';
    const boxes = marked.map((fault) => markerBox(fault));
    markers.replaceChildren(...boxes.filter((box): box is HTMLElement => box !== null));
    trackScrolling(marked.length > 0);
  }

  function markerBox(fault: BoardFault): HTMLElement | null {
    const rect = fault.element!.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return null;
    const box = document.createElement('div');
    box.className = `marker ${fault.kind === 'banner' ? 'banner' : 'row'} ${fault.severity}`;
    box.style.transform = `translate(${Math.round(rect.left)}px, ${Math.round(rect.top)}px)`;
    box.style.width = `${Math.round(rect.width)}px`;
    box.style.height = `${Math.round(rect.height)}px`;
    box.dataset.fingerprint = fault.fingerprint;
    const label = document.createElement('span');
    label.className = 'label';
    label.textContent = markerLabel(fault, strings);
    box.append(label);
    return box;
  }

  // Markers follow the page while there are any: scroll (any scroller) and resize, once a frame.
  let tracking: AbortController | null = null;
  let frame = 0;
  function trackScrolling(on: boolean): void {
    if (on && !tracking) {
      tracking = new AbortController();
      const schedule = () => {
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          renderMarkers();
        });
      };
      addEventListener('scroll', schedule, { capture: true, passive: true, signal: tracking.signal });
      addEventListener('resize', schedule, { passive: true, signal: tracking.signal });
      ctx.signal.addEventListener('abort', () => tracking?.abort(), { once: true });
    } else if (!on && tracking) {
      tracking.abort();
      tracking = null;
    }
  }

  addEventListener('resize', () => placeControl(), { passive: true, signal: ctx.signal });
  board.subscribe(render, ctx.signal);
  render();

  return {
    setCapturing(value) {
      capturing = value;
      root.classList.toggle('capturing', value);
      renderMarkers();
    },
    setStrings(next) {
      strings = next;
      render();
    },
    pageChanged() {
      if (!tracking) return;
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        renderMarkers();
      });
    },
  };
}
