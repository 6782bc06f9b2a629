import type { FaultBoard } from './fault-board';
import type { OverlayStrings } from './strings';

/**
 * The overlay's larger parts — the list panel with its buttons, the markers on the page and the
 * top bar for a failed call — are not part of the content script: a healthy page shows only the
 * SOS control. The content script asks the background to inject them (entrypoints/overlay-parts.ts,
 * `scripting.executeScript` into the extension's isolated world, shared with the content script)
 * the first time they are needed: the seller presses the control (to open the list or move it),
 * or a fault can be marked. The
 * injected script registers its factory here; the page's own scripts cannot see this world.
 */

/** Where the SOS control is: its distance from the right and bottom edges, in CSS pixels. */
export interface Position {
  right: number;
  bottom: number;
}

/** What the page-side overlay lends its parts. */
export interface OverlayHost {
  /** The element inside the overlay's shadow root that holds everything. */
  root: HTMLElement;
  control: HTMLButtonElement;
  board: FaultBoard;
  /** The page session the overlay was mounted in: its capture and side-panel requests name it. */
  pageId: string;
  strings(): OverlayStrings;
  /** Ends with the content script (extension reload, page left). */
  signal: AbortSignal;
  /** Moves the control (kept inside the window) when given a position; returns where it is. */
  place(position?: Position): Position;
  /** Where the seller's chosen position is kept in storage.local (one per platform). */
  positionKey: string;
  /** Presses, clicks and arrow keys on the control that came before the parts, in order. */
  early: readonly Event[];
}

export interface OverlayParts {
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
