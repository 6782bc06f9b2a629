/**
 * Hiding parts of a screenshot before it goes into a report (components/capture/RegionEditor.tsx):
 * the seller drags rectangles over the picture and chooses, for each, to blur it or box it.
 * Plain pixel work on RGBA data, so it is the same in every browser and testable without one.
 *
 * "Blur" is a coarse mosaic, not a Gaussian blur: a soft blur of text can be reversed or read,
 * blocks of a flat average colour cannot. "Box" paints the rectangle one solid colour.
 */

export type RegionMode = 'blur' | 'box';

export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
  mode: RegionMode;
}

export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The box colour: near black, like a redaction bar. */
export const BOX_RGB = [0x1f, 0x23, 0x28] as const;
/** Regions smaller than this (image pixels) are a stray click, not a selection. */
export const MIN_REGION = 4;

/** The rectangle between two corner points, clamped to the picture, or null when too small. */
export function regionBetween(from: { x: number; y: number }, to: { x: number; y: number }, bounds: { width: number; height: number }, mode: RegionMode): Region | null {
  const clampX = (value: number) => Math.min(Math.max(Math.round(value), 0), bounds.width);
  const clampY = (value: number) => Math.min(Math.max(Math.round(value), 0), bounds.height);
  const x = clampX(Math.min(from.x, to.x));
  const y = clampY(Math.min(from.y, to.y));
  const width = clampX(Math.max(from.x, to.x)) - x;
  const height = clampY(Math.max(from.y, to.y)) - y;
  if (width < MIN_REGION || height < MIN_REGION) return null;
  return { x, y, width, height, mode };
}

/** Mosaic blocks scale with the picture, so text stays unreadable on a high-density screen too. */
export function mosaicBlock(imageWidth: number): number {
  return Math.max(12, Math.round(imageWidth / 80));
}

/**
 * Hides the regions in place. `block` is the mosaic size; pass the whole picture's
 * mosaicBlock() when `pixels` is only a part of it, so a preview looks like the saved picture.
 */
export function applyRegions(pixels: Pixels, regions: readonly Region[], block = mosaicBlock(pixels.width)): void {
  for (const region of regions) {
    if (region.mode === 'box') fill(pixels, region);
    else mosaic(pixels, region, block);
  }
}

function fill({ data, width }: Pixels, region: Region): void {
  for (let y = region.y; y < region.y + region.height; y += 1) {
    for (let x = region.x; x < region.x + region.width; x += 1) {
      const index = (y * width + x) * 4;
      data[index] = BOX_RGB[0];
      data[index + 1] = BOX_RGB[1];
      data[index + 2] = BOX_RGB[2];
      data[index + 3] = 255;
    }
  }
}

function mosaic({ data, width }: Pixels, region: Region, block: number): void {
  const right = region.x + region.width;
  const bottom = region.y + region.height;
  for (let top = region.y; top < bottom; top += block) {
    for (let left = region.x; left < right; left += block) {
      const blockRight = Math.min(left + block, right);
      const blockBottom = Math.min(top + block, bottom);
      const sum = [0, 0, 0, 0];
      let count = 0;
      for (let y = top; y < blockBottom; y += 1) {
        for (let x = left; x < blockRight; x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) sum[channel]! += data[index + channel]!;
          count += 1;
        }
      }
      const average = sum.map((total) => Math.round(total / count));
      for (let y = top; y < blockBottom; y += 1) {
        for (let x = left; x < blockRight; x += 1) {
          const index = (y * width + x) * 4;
          for (let channel = 0; channel < 4; channel += 1) data[index + channel] = average[channel]!;
        }
      }
    }
  }
}
