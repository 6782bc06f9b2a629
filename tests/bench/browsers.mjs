// The two browsers of the bench: Chromium with the extension (the e2e harness itself,
// tests/support/launch.ts) and the same Chromium without it — same flags, same harness proxy,
// same interception by tests/fixtures/router.mjs — so a difference between them is the extension.

import { createServer } from 'node:net';
import { chromium } from '@playwright/test';
import { tsImport } from 'tsx/esm/api';

const { launchExtension } = await tsImport('../support/launch.ts', import.meta.url);
const { NetworkGuard, startHarnessProxy, isInterceptable } = await tsImport('../support/network.ts', import.meta.url);
const { BROWSER_EXECUTABLES } = await tsImport('../support/paths.ts', import.meta.url);

/** A free TCP port for --remote-debugging-port (the bench reaches the service worker through it). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Chromium with the built extension, through the e2e harness. WHY the debugging port: Playwright
 * gives no CDP session for a service worker; the bench reads the worker's heap over the port's
 * WebSocket (cdp.mjs).
 */
export async function launchWithExtension(extensionDir) {
  const debuggingPort = await freePort();
  const ext = await launchExtension({ browser: 'chromium', headless: true, ...(extensionDir ? { extensionDir } : {}), chromiumArgs: [`--remote-debugging-port=${debuggingPort}`] });
  return { ext, debuggingPort };
}

/**
 * Chromium WITHOUT the extension, otherwise launched exactly like tests/support/chromium.ts: a
 * persistent context (same process model and cache behaviour), the harness proxy, the same flags
 * and one context-wide route answered by the same NetworkGuard/router.
 */
export async function launchWithoutExtension() {
  const guard = new NetworkGuard();
  const proxy = await startHarnessProxy(guard);
  const debuggingPort = await freePort();
  const context = await chromium.launchPersistentContext('', {
    executablePath: BROWSER_EXECUTABLES.chromium,
    headless: true,
    viewport: { width: 1280, height: 800 },
    proxy: { server: proxy.url },
    ignoreHTTPSErrors: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE ${proxy.host}`,
      '--ignore-certificate-errors',
      '--test-type',
      '--headless=new',
      `--remote-debugging-port=${debuggingPort}`,
    ],
  });
  await context.route(
    (url) => isInterceptable(url.href),
    async (route) => {
      const request = route.request();
      const decision = guard.decide('page', request.method(), request.url(), request.postDataBuffer()?.toString('utf8') ?? '');
      if (decision.action === 'abort') return route.abort('failed').catch(() => undefined);
      const { response } = decision;
      if (response.delayMs && !(await guard.hold(response.delayMs))) return;
      await route.fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers }).catch(() => undefined);
    },
  );
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    debuggingPort,
    close: async () => {
      guard.close();
      await context.close().catch(() => undefined);
      await proxy.close();
    },
  };
}

/**
 * Serves one URL from a cached answer in a context (a later route wins in Playwright). WHY: the
 * 5 000-row page takes the router ~1 s to render; answering it from memory keeps the load-time
 * comparison about the browser, not about Node rendering HTML, and equal for both browsers.
 */
export async function serveCached(context, url, response) {
  await context.route(url, (route) =>
    route.fulfill({ status: response.status, contentType: response.contentType, body: response.body, headers: response.headers }).catch(() => undefined),
  );
}
