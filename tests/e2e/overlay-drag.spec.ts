import type { ExtensionHarness, ExtPage } from '../support/harness.ts';
import { expect, test } from './support/fixtures.ts';
import { openBackOffice } from './support/back-office.ts';

/**
 * Dragging the SOS control with the mouse, in Chromium and Firefox. Moving the control is code
 * the page loads only when the control is first pressed (lib/overlay/parts.ts): a drag that
 * starts before that code has arrived must still move it, and a press that does not move is a
 * click that opens the list.
 */

/** Playwright's and puppeteer's pages share these calls: real input events. */
interface RealMouse {
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<void>;
    down(): Promise<void>;
    up(): Promise<void>;
  };
}
const mouse = (page: ExtPage) => (page.raw as RealMouse).mouse;

const open = (ext: ExtensionHarness, url: string) => openBackOffice(ext, url, { width: 1280, height: 900 });

function controlState(page: ExtPage) {
  return page.evaluate(() => {
    const root = document.querySelector('seller-sos-overlay')?.shadowRoot;
    const control = root?.querySelector('.control');
    if (!root || !control) return null;
    const box = control.getBoundingClientRect();
    return {
      x: Math.round(box.left),
      y: Math.round(box.top),
      size: Math.round(box.width),
      panelOpen: (root.querySelector('.panel') as HTMLElement | null)?.hidden === false,
      // The parts add their own style sheet next to the control's.
      partsLoaded: root.querySelectorAll('style').length > 1,
    };
  });
}

test('a mouse drag that starts at once moves the control, is remembered, and does not open the list', async ({ ext }) => {
  const page = await open(ext, 'https://seller.shopee.sg/portal/sale/order');
  await expect.poll(() => controlState(page).then((state) => state?.size ?? 0)).toBeGreaterThan(0);
  const before = (await controlState(page))!;
  expect(before.partsLoaded).toBe(false);
  const centre = { x: before.x + before.size / 2, y: before.y + before.size / 2 };

  // Press and move straight away: the code that moves the control is fetched by this press.
  await mouse(page).move(centre.x, centre.y);
  await mouse(page).down();
  await mouse(page).move(centre.x - 60, centre.y - 120, { steps: 6 });
  await mouse(page).move(centre.x - 120, centre.y - 240, { steps: 6 });
  await expect.poll(async () => (await controlState(page))!.x).toBe(before.x - 120);
  await mouse(page).up();
  const dragged = (await controlState(page))!;
  expect(dragged.partsLoaded).toBe(true);
  expect(dragged.y).toBe(before.y - 240);
  expect(dragged.panelOpen).toBe(false);

  // Later moves work the same once the code is there, and the place is kept across a reload.
  await mouse(page).move(dragged.x + dragged.size / 2, dragged.y + dragged.size / 2);
  await mouse(page).down();
  await mouse(page).move(dragged.x + dragged.size / 2 - 30, dragged.y + dragged.size / 2, { steps: 4 });
  await mouse(page).up();
  await expect.poll(async () => (await controlState(page))!.x).toBe(before.x - 150);
  expect((await controlState(page))!.panelOpen).toBe(false);
  await page.reload();
  await expect.poll(async () => (await controlState(page))?.x).toBe(before.x - 150);
  expect((await controlState(page))!.y).toBe(before.y - 240);
});

test('a press that does not move is a click: it opens the list', async ({ ext }) => {
  const page = await open(ext, 'https://sellercentral.amazon.com/orders-v3?faults=banner');
  await expect.poll(() => controlState(page).then((state) => state?.size ?? 0)).toBeGreaterThan(0);
  const control = (await controlState(page))!;
  await mouse(page).move(control.x + control.size / 2, control.y + control.size / 2);
  await mouse(page).down();
  await mouse(page).move(control.x + control.size / 2 + 2, control.y + control.size / 2 + 1);
  await mouse(page).up();
  await expect.poll(() => controlState(page).then((state) => state?.panelOpen)).toBe(true);
  const after = (await controlState(page))!;
  expect({ x: after.x, y: after.y }).toEqual({ x: control.x, y: control.y });
});
