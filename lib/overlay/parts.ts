import { checkOverlayCaptureAnswer } from '../content/message-checks';
import { api, sendToBackground } from '../content/runtime';
import { markerLabel } from './labels';
import type { OverlayHost, OverlayParts, Position } from './parts-provider';
import type { BoardFault } from './fault-board';
import { fill } from './strings';
import { OVERLAY_PARTS_CSS } from './style';

/**
 * The overlay's list panel, markers and top bar (see ./parts-provider.ts for why they are
 * injected on demand). Markers are fixed-position boxes that ignore the pointer, redrawn when the
 * faults change, on scroll and on resize, so the page neither moves nor loses a click.
 */
export function createOverlayParts(host: OverlayHost): OverlayParts {
  const { root, control, board, pageId, signal } = host;
  const actions = {
    /** Evidence of this tab; resolves to what to tell the seller. */
    async capture(): Promise<string> {
      const strings = host.strings();
      const answer = checkOverlayCaptureAnswer(await sendToBackground({ type: 'overlay/capture', pageId, key: crypto.randomUUID() }));
      const said = { captured: strings.overlayCaptureDone, 'permission-asked': strings.overlayCapturePermissionAsked, 'permission-declined': strings.overlayCaptureDeclined }[answer?.outcome as string];
      return said ?? fill(strings.overlayCaptureFailed, answer?.detail ?? '—');
    },
    async openSidePanel(): Promise<boolean> {
      return ((await sendToBackground({ type: 'overlay/open-side-panel', pageId })) as { ok?: boolean } | undefined)?.ok === true;
    },
  };
  const style = document.createElement('style');
  style.textContent = OVERLAY_PARTS_CSS;
  root.before(style);

  let panel: HTMLElement | null = null;
  let list: HTMLElement | null = null;
  let status: HTMLElement | null = null;
  let markers: HTMLElement | null = null;
  let topBar: HTMLElement | null = null;
  let capturing = false;
  /** The seller's choice in the panel: markers in the screenshot or not (not by default). */
  let keepMarkersWhileCapturing = false;

  function buildPanel(): HTMLElement {
    const strings = host.strings();
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
      status!.textContent = await actions.capture().catch((error: unknown) => fill(host.strings().overlayCaptureFailed, String(error)));
      captureButton.disabled = false;
    });
    const keep = document.createElement('label');
    keep.className = 'keep';
    const keepBox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    keepBox.addEventListener('change', () => (keepMarkersWhileCapturing = keepBox.checked));
    keep.append(keepBox, strings.overlayKeepMarkers);
    const panelButton = button(strings.overlayOpenPanel, '', async () => {
      if (!(await actions.openSidePanel().catch(() => false))) status!.textContent = host.strings().overlayPanelFallback;
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

  function render(): void {
    if (list && panel && !panel.hidden) {
      const strings = host.strings();
      const open = board.openFaults();
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
    const strings = host.strings();
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
    label.textContent = markerLabel(fault, host.strings());
    box.append(label);
    return box;
  }

  // Markers follow the page while there are any: scroll (any scroller) and resize, once a frame.
  let tracking: AbortController | null = null;
  let frame = 0;
  const scheduleMarkers = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      renderMarkers();
    });
  };
  function trackScrolling(on: boolean): void {
    if (on && !tracking) {
      tracking = new AbortController();
      addEventListener('scroll', scheduleMarkers, { capture: true, passive: true, signal: tracking.signal });
      addEventListener('resize', scheduleMarkers, { passive: true, signal: tracking.signal });
      signal.addEventListener('abort', () => tracking?.abort(), { once: true });
    } else if (!on && tracking) {
      tracking.abort();
      tracking = null;
    }
  }

  // Moving the control: a press that moves is a drag, one that does not is a click (which opens
  // the list); arrow keys move it for people who do not drag. Where it ends up is kept per platform.
  let drag: { x: number; y: number; start: Position; moved: boolean } | null = null;
  const savePosition = () => void api.storage.local.set({ [host.positionKey]: host.place() }).catch(() => undefined);
  const handlers: Record<string, (event: never) => void> = {
    pointerdown(event: PointerEvent) {
      drag = { x: event.clientX, y: event.clientY, start: { ...host.place() }, moved: false };
    },
    pointermove(event: PointerEvent) {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      const dy = event.clientY - drag.y;
      if (!drag.moved && Math.hypot(dx, dy) < 5) return;
      drag.moved = true;
      host.place({ right: drag.start.right - dx, bottom: drag.start.bottom - dy });
    },
    pointerup() {
      if (drag?.moved) savePosition();
    },
    click(event: MouseEvent) {
      if (!event.isTrusted) return;
      const dragged = drag?.moved;
      drag = null;
      if (dragged) event.preventDefault();
      else togglePanel();
    },
    keydown(event: KeyboardEvent) {
      const step = event.shiftKey ? 40 : 10;
      const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
      const move = moves[event.key];
      if (!move) return;
      event.preventDefault();
      const position = host.place();
      host.place({ right: position.right + move[0], bottom: position.bottom + move[1] });
      savePosition();
    },
  };
  for (const [type, handler] of Object.entries(handlers)) control.addEventListener(type, handler as (event: Event) => void, { signal });
  for (const event of host.early) (handlers[event.type] as (event: Event) => void)(event);

  function togglePanel(): void {
    if (panel && !panel.hidden) closePanel();
    else openPanel();
  }

  return {
    render,
    setCapturing(value) {
      capturing = value;
      renderMarkers();
    },
    pageChanged() {
      if (tracking) scheduleMarkers();
    },
  };
}
