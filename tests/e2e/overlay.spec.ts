import { grantOptionalHostPermission, pressShortcut } from '../support/browser-actions.ts';
import type { ExtensionHarness, ExtPage } from '../support/harness.ts';
import { expect, test } from './support/fixtures.ts';
import { openBackOffice } from './support/back-office.ts';

/**
 * The on-page overlay, in Chromium and Firefox, on the demo back-offices at their real hosts:
 * the SOS control and its count, markers on the failing banner and the stuck order rows that
 * follow re-renders, no layout shift, and the page's own controls still answering clicks.
 */

/** Playwright's and puppeteer's pages share these two calls: real input events. */
interface RealInput {
  mouse: { click(x: number, y: number): Promise<void> };
  keyboard: { press(key: string): Promise<void> };
}
const input = (page: ExtPage) => page.raw as RealInput;

const open = (ext: ExtensionHarness, url: string) => openBackOffice(ext, url, { width: 1280, height: 900 });

/** What the overlay shows, read from its open shadow root in the page. */
function overlayState(page: ExtPage) {
  return page.evaluate(() => {
    const root = document.querySelector('seller-sos-overlay')?.shadowRoot;
    if (!root) return null;
    const rect = (element: Element) => {
      const box = element.getBoundingClientRect();
      return { x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) };
    };
    const control = root.querySelector('.control');
    return {
      count: root.querySelector('.control .count')?.textContent ?? null,
      controlClass: control?.className ?? '',
      control: control ? rect(control) : null,
      markers: [...root.querySelectorAll('.marker')].map((marker) => ({ ...rect(marker), label: marker.querySelector('.label')?.textContent ?? '', kind: marker.classList.contains('banner') ? 'banner' : 'row' })),
      topBar: (root.querySelector('.top-bar') as HTMLElement | null)?.hidden === false ? root.querySelector('.top-bar')!.textContent : null,
      panelOpen: (root.querySelector('.panel') as HTMLElement | null)?.hidden === false,
      items: [...root.querySelectorAll('.list li')].map((item) => item.textContent ?? ''),
    };
  });
}

/** Rectangles of the rows that show each order id. */
function rowsOf(page: ExtPage, ids: string[]) {
  return page.evaluate((wanted) => {
    const found: Record<string, { x: number; y: number; width: number; height: number }[]> = {};
    for (const id of wanted) {
      found[id] = [...document.querySelectorAll('tr, .order-card, [role="row"], li, article')]
        .filter((row) => (row.textContent ?? '').includes(id) && !row.querySelector('tr, .order-card'))
        .map((row) => {
          const box = row.getBoundingClientRect();
          return { x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) };
        });
    }
    return found;
  }, ids);
}

test.describe('the SOS control', () => {
  test('shows all clear on a healthy page, and the number of faults where there are some', async ({ ext }) => {
    const clean = await open(ext, 'https://seller.ozon.ru/app/settings/api-keys');
    await expect.poll(() => overlayState(clean).then((state) => state?.count)).toBe('✓');
    expect((await overlayState(clean))?.controlClass).toContain('clear');

    const faulty = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=banner,overdue');
    await expect.poll(() => ext.badgeText(faulty)).not.toBe('');
    await expect.poll(async () => (await overlayState(faulty))?.count).toBe(await ext.badgeText(faulty));
    expect((await overlayState(faulty))?.controlClass).toContain('error');
  });

  test('opens its list from the keyboard and closes it with Escape', async ({ ext }) => {
    const page = await open(ext, 'https://sellercentral.amazon.com/orders-v3?faults=banner');
    await expect.poll(() => overlayState(page).then((state) => state?.count)).toBe('1');
    await page.evaluate(() => (document.querySelector('seller-sos-overlay')!.shadowRoot!.querySelector('.control') as HTMLElement).focus());
    await input(page).keyboard.press('Enter');
    await expect.poll(() => overlayState(page).then((state) => state?.panelOpen)).toBe(true);
    expect((await overlayState(page))!.items.join('\n')).toContain("We couldn't load your orders");
    await input(page).keyboard.press('Escape');
    await expect.poll(() => overlayState(page).then((state) => state?.panelOpen)).toBe(false);
  });

  test('remembers where the seller dragged it, per platform', async ({ ext }) => {
    const page = await open(ext, 'https://seller.shopee.sg/portal/sale/order');
    await expect.poll(() => overlayState(page).then((state) => Boolean(state?.control))).toBe(true);
    const before = (await overlayState(page))!.control!;
    await page.evaluate(() => (document.querySelector('seller-sos-overlay')!.shadowRoot!.querySelector('.control') as HTMLElement).focus());
    // Arrow keys move it like a drag does (and keep it reachable without a mouse).
    for (let step = 0; step < 5; step += 1) await input(page).keyboard.press('ArrowLeft');
    await expect.poll(async () => (await overlayState(page))!.control!.x).toBe(before.x - 50);
    await page.reload();
    await expect.poll(async () => (await overlayState(page))?.control?.x).toBe(before.x - 50);
  });

  test('can be hidden per site from the settings', async ({ ext }) => {
    await ext.setSettings({ overlayPerSite: { 'seller.ozon.ru': 'hidden' } });
    const page = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=banner');
    await expect.poll(() => ext.badgeText(page)).not.toBe('');
    expect(await overlayState(page)).toBeNull();
  });
});

test.describe('markers', () => {
  test('land on the failing banner and on the stuck order rows, with the reason', async ({ ext }) => {
    const page = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=banner,overdue');
    const late = await ext.waitForRows('signals', (signal) => signal.details.reason === 'deadline-passed');
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? 0).toBeGreaterThanOrEqual(late.length + 1);
    const state = (await overlayState(page))!;

    const bannerBox = await page.evaluate(() => {
      const box = document.querySelector('[role="alert"]:not([style*="none"])')!.getBoundingClientRect();
      return { x: Math.round(box.left), y: Math.round(box.top), width: Math.round(box.width), height: Math.round(box.height) };
    });
    expect(state.markers.filter((marker) => marker.kind === 'banner')).toContainEqual(expect.objectContaining({ ...bannerBox }));

    const rows = await rowsOf(page, late.map((signal) => String(signal.details.orderId)));
    for (const signal of late) {
      const [row] = rows[String(signal.details.orderId)]!;
      expect(state.markers, `no marker on order ${String(signal.details.orderId)}`).toContainEqual(expect.objectContaining({ ...row, kind: 'row', label: expect.stringMatching(/ship-by passed .+ ago/) }));
    }
  });

  test('follow the rows when the page re-renders the list', async ({ ext }) => {
    const page = await open(ext, 'https://seller.shopee.com.br/portal/sale/order?faults=rerender,overdue');
    const [late] = await ext.waitForRows('signals', (signal) => signal.details.reason === 'deadline-passed');
    const orderId = String(late!.details.orderId);
    // The demo rebuilds its rows every 2 s from markup captured at load: tag the current rows,
    // wait until none of them is in the page any more, then the marker must sit on the new row.
    await page.evaluate(() => document.querySelectorAll('.order-list > *').forEach((row) => row.setAttribute('data-old', '')));
    await page.waitForFunction(() => document.querySelector('.order-list > *') && !document.querySelector('[data-old]'), undefined, { timeoutMs: 8_000, message: 'the list to be rebuilt' });
    await expect
      .poll(async () => {
        const [row] = (await rowsOf(page, [orderId]))[orderId]!;
        const markers = (await overlayState(page))!.markers;
        return markers.some((marker) => marker.kind === 'row' && marker.x === row!.x && marker.y === row!.y && marker.width === row!.width);
      })
      .toBe(true);
  });

  test('show a thin top bar for a failed back-office call', async ({ ext }) => {
    const page = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=api429');
    await expect.poll(async () => (await overlayState(page))?.topBar ?? '').toContain('429');
    expect((await overlayState(page))!.topBar).toContain('rate limited');
  });

  test('disappear when the fault clears', async ({ ext }) => {
    const page = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=banner');
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? 0).toBe(1);
    await page.evaluate(() => document.querySelector('[role="alert"]:not([style*="none"])')!.remove());
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? -1).toBe(0);
  });
});

test.describe('the page is left as it was', () => {
  /** Positions of the page's own landmarks: headings, the banner, every order row, buttons. */
  const layout = (page: ExtPage) =>
    page.evaluate(() =>
      [...document.querySelectorAll('h1, [role="alert"], tr, .order-card, button, main')]
        .filter((element) => !element.closest('seller-sos-overlay'))
        .map((element) => {
          const box = element.getBoundingClientRect();
          return `${element.tagName}:${Math.round(box.left)},${Math.round(box.top)},${Math.round(box.width)}x${Math.round(box.height)}`;
        }),
    );

  test('no layout shift: the page lays out the same with and without the overlay', async ({ ext }) => {
    const url = 'https://seller.ozon.ru/app/postings/fbs?faults=banner,overdue';
    await ext.setSettings({ overlayPerSite: { 'seller.ozon.ru': 'hidden' } });
    const without = await open(ext, url);
    await ext.waitForRows('signals', (signal) => signal.kind === 'banner');
    const plain = await layout(without);
    await without.close();

    await ext.setSettings({ overlayPerSite: {} });
    const withOverlay = await open(ext, url);
    await expect.poll(async () => (await overlayState(withOverlay))?.markers.length ?? 0).toBeGreaterThan(1);
    expect(await layout(withOverlay)).toEqual(plain);
  });

  test('clicks on the page\'s own controls under markers and beside the control still work', async ({ ext }) => {
    const page = await open(ext, 'https://seller.ozon.ru/app/postings/fbs?faults=banner,overdue');
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? 0).toBeGreaterThan(1);
    // The banner's own button sits under the banner's marker; a row's checkbox under a row's.
    const targets = await page.evaluate(() => {
      const clicked: string[] = [];
      (window as unknown as { __clicked: string[] }).__clicked = clicked;
      const centre = (element: Element, name: string) => {
        element.addEventListener('click', (event) => {
          event.preventDefault();
          clicked.push(name);
        });
        const box = element.getBoundingClientRect();
        return { name, x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      };
      const bannerButton = document.querySelector('[role="alert"]:not([style*="none"]) button, [role="alert"]:not([style*="none"]) a')!;
      const rowCheckbox = document.querySelector('.deadline--late')!.closest('tr')!.querySelector('input[type="checkbox"]')!;
      return [centre(bannerButton, 'banner-button'), centre(rowCheckbox, 'row-checkbox')];
    });
    for (const target of targets) await input(page).mouse.click(target.x, target.y);
    // Beside the control: the page under the point just left of it.
    const control = (await overlayState(page))!.control!;
    const beside = await page.evaluate(({ x, y }) => {
      const element = document.elementFromPoint(x, y)!;
      element.addEventListener('click', (event) => {
        event.preventDefault();
        (window as unknown as { __clicked: string[] }).__clicked.push('beside-control');
      });
      return element.tagName;
    }, { x: control.x - 6, y: control.y + control.height / 2 });
    expect(beside).not.toBe('SELLER-SOS-OVERLAY');
    await input(page).mouse.click(control.x - 6, control.y + control.height / 2);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __clicked: string[] }).__clicked)).toEqual(['banner-button', 'row-checkbox', 'beside-control']);
  });
});

/** How many pixels along a marker's top edge are the marker's red, in the stored screenshot. */
function markerRedOnScreenshot(ext: ExtensionHarness, captureId: number, edge: { x: number; y: number; width: number }, viewportWidth: number): Promise<number> {
  return ext.evalInExtension(
    async (_api, { captureId, edge, viewportWidth }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('seller-sos');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const capture = await new Promise<{ screenshot: Blob | null }>((resolve, reject) => {
        const read = db.transaction('captures', 'readonly').objectStore('captures').get(captureId);
        read.onsuccess = () => resolve(read.result as { screenshot: Blob | null });
        read.onerror = () => reject(read.error);
      });
      db.close();
      if (!capture.screenshot) throw new Error('the capture has no screenshot');
      const bitmap = await createImageBitmap(capture.screenshot);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const scale = bitmap.width / viewportWidth;
      // The marker's 2 px border: its top edge, a little in from the corners.
      const { data } = context.getImageData(Math.round((edge.x + 8) * scale), Math.round(edge.y * scale), Math.max(1, Math.round((edge.width - 16) * scale)), Math.max(1, Math.round(2 * scale)));
      let red = 0;
      for (let index = 0; index < data.length; index += 4) if (data[index]! > 170 && data[index + 1]! < 90 && data[index + 2]! < 90) red += 1;
      return red;
    },
    { captureId, edge, viewportWidth },
  );
}

test.describe('capture from the overlay', () => {
  const url = 'https://seller.ozon.ru/app/postings/fbs?faults=overdue';

  /** Opens the overlay's panel with a real click and returns where its buttons are. */
  async function openPanel(page: ExtPage): Promise<Record<string, { x: number; y: number }>> {
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? 0).toBeGreaterThan(0);
    const { control, panelOpen } = (await overlayState(page))!;
    if (!panelOpen) await input(page).mouse.click(control!.x + control!.width / 2, control!.y + control!.height / 2);
    await expect.poll(() => overlayState(page).then((state) => state?.panelOpen)).toBe(true);
    return page.evaluate(() => {
      const root = document.querySelector('seller-sos-overlay')!.shadowRoot!;
      const centre = (element: Element) => {
        const box = element.getBoundingClientRect();
        return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
      };
      return { capture: centre(root.querySelector('.actions .primary')!), keep: centre(root.querySelector('.keep input')!) };
    });
  }

  const status = (page: ExtPage) => page.evaluate(() => document.querySelector('seller-sos-overlay')?.shadowRoot?.querySelector('.status')?.textContent ?? '');

  test('without the screenshot permission, asks once through the settings page, then points to the toolbar button and the shortcut', async ({ ext }) => {
    const page = await open(ext, url);
    const buttons = await openPanel(page);
    await input(page).mouse.click(buttons.capture!.x, buttons.capture!.y);
    await expect.poll(() => status(page)).toContain('permission');
    // The options page opened at its evidence section, which explains why and asks.
    await expect.poll(async () => (await ext.evalInExtension(async (api) => (await api.tabs.query({})).map((tab) => tab.url ?? '')))).toContainEqual(expect.stringMatching(/options\.html#evidence$/));
    // The seller closes that tab without granting, and tries the overlay again.
    await ext.evalInExtension(async (api, tabId) => {
      const tabs = await api.tabs.query({});
      await api.tabs.remove(tabs.filter((tab) => tab.url?.endsWith('#evidence')).map((tab) => tab.id!));
      await api.tabs.update(tabId, { active: true });
    }, page.tabId);
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('visible');
    // The panel grew with the message: find the button again.
    const again = await openPanel(page);
    await input(page).mouse.click(again.capture!.x, again.capture!.y);
    await expect.poll(() => status(page)).toBe('Screenshots from this button need your permission. The Seller SOS toolbar button and the keyboard shortcut work without it.');
    expect(await ext.readDatabase('captures')).toEqual([]);
  });

  test('a script in the page cannot press the overlay\'s capture button', async ({ ext }) => {
    const page = await open(ext, url);
    await openPanel(page);
    await page.evaluate(() => (document.querySelector('seller-sos-overlay')!.shadowRoot!.querySelector('.actions .primary') as HTMLButtonElement).click());
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await status(page)).toBe('');
    const tabs = await ext.evalInExtension(async (api) => (await api.tabs.query({})).map((tab) => tab.url ?? ''));
    expect(tabs.filter((tabUrl) => tabUrl.includes('#evidence'))).toEqual([]);
  });

  test('markers are left out of the screenshot unless the seller keeps them in', async ({ ext }) => {
    const page = await open(ext, url);
    const [late] = await ext.waitForRows('signals', (signal) => signal.details.reason === 'deadline-passed');
    const orderId = String(late!.details.orderId);
    await expect.poll(async () => (await overlayState(page))?.markers.some((marker) => marker.kind === 'row') ?? false).toBe(true);
    const viewportWidth = await page.evaluate(() => innerWidth);
    const [row] = (await rowsOf(page, [orderId]))[orderId]!;
    const capture = async (keepMarkers: boolean): Promise<number> => {
      const before = (await ext.readDatabase('captures')).length;
      if (ext.browserName === 'firefox') {
        // Firefox: the overlay's own button, with the optional permission granted by a real click.
        const buttons = await openPanel(page);
        const kept = await page.evaluate(() => (document.querySelector('seller-sos-overlay')!.shadowRoot!.querySelector('.keep input') as HTMLInputElement).checked);
        if (kept !== keepMarkers) await input(page).mouse.click(buttons.keep!.x, buttons.keep!.y);
        await input(page).mouse.click(buttons.capture!.x, buttons.capture!.y);
        await expect.poll(() => status(page), { timeout: 15_000 }).toBe('Evidence saved on this computer');
      } else {
        // Chromium cannot grant the optional permission headless: the shortcut (activeTab) takes
        // the screenshot, and the overlay hides itself the same way for every capture.
        expect(keepMarkers).toBe(false);
        await pressShortcut(ext, page, 'capture-evidence');
      }
      const captures = await ext.waitForRows('captures', () => true, 15_000).then(async () => {
        await expect.poll(async () => (await ext.readDatabase('captures')).length, { timeout: 15_000 }).toBeGreaterThan(before);
        return ext.readDatabase('captures');
      });
      const newest = captures.sort((a, b) => b.at - a.at)[0]!;
      if (ext.browserName === 'firefox') expect(newest.trigger).toBe('overlay');
      return markerRedOnScreenshot(ext, newest.id!, { x: row!.x, y: row!.y, width: row!.width }, viewportWidth);
    };
    if (ext.browserName === 'firefox') await grantOptionalHostPermission(ext, ['<all_urls>']);
    expect(await capture(false)).toBe(0);
    if (ext.browserName === 'firefox') expect(await capture(true)).toBeGreaterThan(20);
    // After the screenshot the markers are back on the page.
    await expect.poll(async () => (await overlayState(page))?.markers.length ?? 0).toBeGreaterThan(0);
  });
});
