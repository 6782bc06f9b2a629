import { describe, expect, it } from 'vitest';
import { applyRegions, BOX_RGB, mosaicBlock, regionBetween, type Pixels } from '../../lib/capture/regions';

/** A picture of `width`×`height` whose every pixel differs: "text" that must not survive. */
function noisy(width: number, height: number): Pixels {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let index = 0; index < width * height; index += 1) data.set([(index * 37) % 256, (index * 91) % 256, (index * 13) % 256, 255], index * 4);
  return { data, width, height };
}
const pixel = ({ data, width }: Pixels, x: number, y: number) => Array.from(data.slice((y * width + x) * 4, (y * width + x) * 4 + 4));

describe('regions', () => {
  it('a drag becomes a rectangle inside the picture, in either direction; a click is not one', () => {
    expect(regionBetween({ x: 50.4, y: 40 }, { x: 10, y: 90.6 }, { width: 100, height: 80 }, 'box')).toEqual({ x: 10, y: 40, width: 40, height: 40, mode: 'box' });
    expect(regionBetween({ x: 5, y: 5 }, { x: 7, y: 7 }, { width: 100, height: 80 }, 'blur')).toBeNull();
  });

  it('box paints the rectangle solid and touches nothing else', () => {
    const picture = noisy(40, 30);
    const outside = pixel(picture, 0, 0);
    applyRegions(picture, [{ x: 10, y: 5, width: 12, height: 8, mode: 'box' }]);
    for (let y = 5; y < 13; y += 1) for (let x = 10; x < 22; x += 1) expect(pixel(picture, x, y)).toEqual([...BOX_RGB, 255]);
    expect(pixel(picture, 0, 0)).toEqual(outside);
    expect(pixel(picture, 22, 13)).toEqual(pixel(noisy(40, 30), 22, 13));
  });

  it('blur turns each block into one flat colour, so no detail inside survives', () => {
    const picture = noisy(48, 24);
    const block = mosaicBlock(picture.width);
    applyRegions(picture, [{ x: 0, y: 0, width: 48, height: 24, mode: 'blur' }]);
    const colours = new Set<string>();
    for (let y = 0; y < 24; y += 1) for (let x = 0; x < 48; x += 1) colours.add(pixel(picture, x, y).join());
    expect(colours.size).toBeLessThanOrEqual(Math.ceil(48 / block) * Math.ceil(24 / block));
    expect(block).toBeGreaterThanOrEqual(12);
  });

  it('a part of a picture gets the same blocks as the whole picture would', () => {
    const whole = noisy(960, 24);
    const part: Pixels = { data: whole.data.slice(), width: 960, height: 24 };
    applyRegions(whole, [{ x: 0, y: 0, width: 24, height: 24, mode: 'blur' }]);
    applyRegions(part, [{ x: 0, y: 0, width: 24, height: 24, mode: 'blur' }], mosaicBlock(960));
    expect(Array.from(part.data)).toEqual(Array.from(whole.data));
  });
});
