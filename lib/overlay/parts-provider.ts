import type { FaultBoard } from './fault-board';
import type { OverlayStrings } from './strings';

/**
 * The overlay's larger parts — the list panel with its buttons, the markers on the page and the
 * top bar for a failed call — are not part of the content script: a healthy page shows only the
 * SOS control. The content script asks the background to inject them (entrypoints/overlay-parts.ts,
 * `scripting.executeScript` into the extension's isolated world, shared with the content script)
 * the first time they are needed: the seller opens the list, or a fault can be marked. The
 * injected script registers its factory here; the page's own scripts cannot see this world.
 */

export interface OverlayActions {
  /** Capture evidence of this tab; resolves to what to tell the seller. */
  capture(): Promise<string>;
  openSidePanel(): Promise<boolean>;
}

/** What the page-side overlay lends its parts. */
export interface OverlayHost {
  /** The element inside the overlay's shadow root that holds everything. */
  root: HTMLElement;
  control: HTMLButtonElement;
  board: FaultBoard;
  actions: OverlayActions;
  strings(): OverlayStrings;
  /** Ends with the content script (extension reload, page left). */
  signal: AbortSignal;
}

export interface OverlayParts {
  /** Opens the list, or closes it when open. */
  togglePanel(): void;
  /** Redraws the list (when open) and the markers from the board. */
  render(): void;
  setCapturing(capturing: boolean): void;
  /** The page changed: marked elements may have moved. */
  pageChanged(): void;
}

export type OverlayPartsFactory = (host: OverlayHost) => OverlayParts;

const KEY = '__sellerSosOverlayParts';
type Registry = { [KEY]?: OverlayPartsFactory };

export function provideOverlayParts(factory: OverlayPartsFactory): void {
  (globalThis as Registry)[KEY] = factory;
}

export function overlayPartsFactory(): OverlayPartsFactory | undefined {
  return (globalThis as Registry)[KEY];
}
