import { expect, test } from './support/fixtures.ts';

/**
 * Self-checks of the harness itself, in both browsers: the router answers at the real host names
 * (documents, sub-resources, fetch and XHR, request bodies, redirects, held responses), and no
 * request — from a page, an extension page or the background — leaves the machine.
 */

test.describe('interception at the real host names', () => {
  test('serves a back-office page with its assets and its fetch() data call', async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto('https://seller.ozon.ru/app/postings/fbs');
    await page.waitForText('23713478-0018-3');
    const servedPaths = () =>
      ext
        .requests()
        .filter((request) => request.source === 'page' && request.outcome === 'fulfilled')
        .map((request) => `${request.method} ${new URL(request.url).pathname}`);
    // The page's script calls its data API after load: wait for it rather than race it.
    await expect.poll(servedPaths).toContain('POST /api/posting-service/seller-ui/postings/fbs/list');
    const paths = servedPaths();
    expect(paths).toContain('GET /app/postings/fbs');
    expect(paths.some((path) => /^GET \/static\/.+\.css$/.test(path)), paths.join('\n')).toBe(true);
    expect(paths.some((path) => /^GET \/static\/.+\.js$/.test(path)), paths.join('\n')).toBe(true);
  });

  test("serves a page's XMLHttpRequest data call", async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto('https://seller.shopee.sg/portal/sale/order');
    await expect
      .poll(() => ext.requests().some((request) => request.outcome === 'fulfilled' && request.url.includes('/api/v3/order/get_order_list')))
      .toBe(true);
  });

  test('passes request bodies to the router', async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto('https://seller.ozon.ru/app/postings/fbs');
    const answer = await page.evaluate(async (number) => {
      const response = await fetch('/api/posting-service/seller-ui/postings/fbs/get', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ posting_number: number }),
      });
      return { status: response.status, body: (await response.json()) as { result?: { posting_number?: string } } };
    }, '23713478-0018-3');
    expect(answer.status).toBe(200);
    expect(answer.body.result?.posting_number).toBe('23713478-0018-3');
  });

  test('follows redirects', async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto('https://seller.ozon.ru/');
    await expect.poll(() => page.url()).toBe('https://seller.ozon.ru/app/postings/fbs');
    // Chromium: Playwright never routes a redirect's second leg; the harness proxy serves it and
    // still knows it belongs to the page.
    expect(ext.requests()).toContainEqual(
      expect.objectContaining({ source: 'page', url: 'https://seller.ozon.ru/app/postings/fbs', outcome: 'fulfilled', status: 200 }),
    );
  });

  test('holds a response for its delayMs', async ({ ext }) => {
    const page = await ext.newPage();
    const started = Date.now();
    await page.goto('https://sellercentral.amazon.fr/orders-v3?faults=slow');
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
  });
});

test.describe('nothing leaves the machine', () => {
  test.use({ allowForeignExtensionRequests: true });

  test('a page request to a host the router does not serve is aborted', async ({ ext }) => {
    const page = await ext.newPage();
    await page.goto('https://example.com/');
    const outcome = await page.evaluate(async () => {
      try {
        return String((await fetch('https://tracker.example.net/pixel')).status);
      } catch (error) {
        return (error as Error).name;
      }
    });
    expect(outcome).toBe('TypeError');
    expect(ext.requests()).toContainEqual(expect.objectContaining({ source: 'page', url: 'https://tracker.example.net/pixel', outcome: 'aborted' }));
  });

  test("an extension page's request is recorded as the extension's, and aborted", async ({ ext }) => {
    const outcome = await ext.evalInExtension(async (_api, url) => {
      try {
        return String((await fetch(url)).status);
      } catch (error) {
        return (error as Error).name;
      }
    }, 'https://tracker.example.net/from-extension-page');
    expect(outcome).toBe('TypeError');
    expect(ext.extensionRequests()).toContainEqual(
      expect.objectContaining({ source: 'extension-page', url: 'https://tracker.example.net/from-extension-page', outcome: 'aborted' }),
    );
  });

  test("the background's request is recorded as the extension's, and refused", async ({ ext }) => {
    const outcome = await ext.fetchFromBackground('https://tracker.example.net/from-background');
    expect(outcome).toMatch(/TypeError/);
    // Chromium's routing sees the worker's request itself; Firefox's event page is invisible to
    // BiDi, so there only the harness proxy sees it, without knowing who sent it.
    const expected =
      ext.browserName === 'chromium'
        ? { source: 'background', url: 'https://tracker.example.net/from-background', outcome: 'aborted' }
        : { source: 'unattributed', url: 'https://tracker.example.net/from-background', outcome: 'refused' };
    await expect.poll(() => ext.extensionRequests()).toContainEqual(expect.objectContaining(expected));
  });

  test("the extension's back-office requests are answered by the router, not the network", async ({ ext }) => {
    const status = await ext.evalInExtension(async (_api, url) => (await fetch(url)).status, 'https://seller.ozon.ru/app/postings/fbs');
    expect(status).toBe(200);
    expect(ext.extensionRequests()).toContainEqual(
      expect.objectContaining({ source: 'extension-page', url: 'https://seller.ozon.ru/app/postings/fbs', outcome: 'fulfilled' }),
    );
  });

  test("the background's back-office requests are answered by the router too", async ({ ext }) => {
    const url = 'https://seller.ozon.ru/app/postings/fbs';
    await expect(ext.fetchFromBackground(url)).resolves.toBe('200');
    const source = ext.browserName === 'chromium' ? 'background' : 'unattributed';
    expect(ext.extensionRequests()).toContainEqual(expect.objectContaining({ source, url, outcome: 'fulfilled' }));
  });
});
