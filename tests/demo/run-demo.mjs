#!/usr/bin/env node
// `npm run demo` — the extension at work on the demo back-offices, in a real browser.
//
//   npm run demo                          Chromium, headed: opens the demo pages, the popup and the
//                                         side panel, and runs until you close the browser
//   npm run demo -- --headless            waits for the extension to notice the faults, writes PNG
//                                         screenshots to demo-output/ and exits
//   npm run demo -- --browser firefox     the same in Firefox ESR (combinable with --headless)
//   npm run demo -- --all                 every page of DEMO_PAGES instead of the showcase three
//
// It uses the e2e harness itself (tests/support/launch.ts): same build loading, same interception
// of the REAL back-office host names by tests/fixtures/router.mjs, nothing reaching the network.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { DEMO_PAGES } from '../fixtures/router.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUTPUT = join(ROOT, 'demo-output');
// The harness is TypeScript (shared with the Playwright specs); tsx loads it here.
const { launchExtension, BUILD_COMMANDS } = await tsImport('../support/launch.ts', import.meta.url);
const { UI_LANGUAGES } = await tsImport('../support/locales.ts', import.meta.url);

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    browser: { type: 'string', default: 'chromium' },
    all: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (options.help) {
  console.log('Usage: npm run demo -- [--headless] [--browser chromium|firefox] [--all]');
  process.exit(0);
}
const browser = options.browser === 'firefox' ? 'firefox' : options.browser === 'chromium' ? 'chromium' : null;
if (!browser) fail(`--browser must be chromium or firefox, not "${options.browser}"`);
if (!options.headless && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail('No display ($DISPLAY is not set), so a headed browser cannot open here.\nRun `npm run demo -- --headless` to get screenshots in demo-output/ instead.');
}

/** A demo page with several faults at once; `base` names a clean page of DEMO_PAGES. */
function combined(base, faults, name) {
  const page = DEMO_PAGES.find((candidate) => candidate.name === base);
  if (!page) fail(`DEMO_PAGES has no page named "${base}" (tests/fixtures/router.mjs changed?)`);
  // Commas left readable (URLSearchParams would write %2C); the router reads both.
  const url = `${page.url}${page.url.includes('?') ? '&' : '?'}faults=${faults.join(',')}`;
  return { platform: page.platform, name, url, faults };
}

function demoPage(name) {
  const page = DEMO_PAGES.find((candidate) => candidate.name === name);
  if (!page) fail(`DEMO_PAGES has no page named "${name}" (tests/fixtures/router.mjs changed?)`);
  return page;
}

/** The showcase: one broken page per platform, each with the faults that show the most. */
const SHOWCASE = [
  combined('Ozon — FBS orders (clean)', ['banner', 'overdue', 'api429'], 'Ozon — FBS orders: error banner, overdue postings, rate-limited API (429)'),
  combined('Shopee SG — My Orders (clean)', ['toast', 'duplicate'], 'Shopee SG — My Orders: error toast, duplicate order'),
  demoPage('Amazon US — error banner (shadow DOM)'),
];

/** popup.html and sidepanel.html, sized like the real surfaces. */
const SURFACES = [
  { file: 'popup.html', viewport: { width: 400, height: 600 } },
  { file: 'sidepanel.html', viewport: { width: 480, height: 900 } },
];

const slug = (text) => text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

function fail(message) {
  console.error(`demo: ${message}`);
  process.exit(1);
}

// ------------------------------------------------------------------------------------------ stages
// Each stage gets the shared `demo` state. Headless runs all of them; headed runs the first two
// and then hands the browser to the person.

/** Opens every demo page in its own tab. */
async function openDemoPages(demo) {
  for (const page of demo.pages) {
    const tab = await demo.ext.newPage();
    await tab.goto(page.url, { timeoutMs: 60_000 });
    demo.tabs.push({ page, tab });
    console.log(`  tab ${tab.tabId}: ${page.name}\n           ${page.url}`);
  }
}

/** Opens the popup and the side panel as tabs, pointed at the first demo tab. */
async function openExtensionPages(demo) {
  const target = demo.tabs[0]?.tab.tabId;
  for (const surface of SURFACES) {
    // An extension page opened as a tab is its own "active tab"; ?tabId= says which tab to show
    // (the popup and side panel honour it when present).
    const path = target === undefined ? surface.file : `${surface.file}?tabId=${target}`;
    const tab = await demo.ext.openExtensionPage(path, { viewport: surface.viewport });
    console.log(`  tab ${tab.tabId}: ${demo.ext.extensionBaseUrl}${path}`);
  }
}

/** Waits (a few seconds) until the extension has noticed faults on every demo page. */
async function waitForFaults(demo) {
  await Promise.all(
    demo.tabs.map(async ({ page, tab }) => {
      try {
        let state = await demo.ext.waitForTabState(tab, (candidate) => candidate.openFaults > 0, 20_000);
        // Faults arrive over a few seconds (toasts, failed data calls): settle on a stable count.
        for (let stable = 0, deadline = Date.now() + 10_000; stable < 3 && Date.now() < deadline; ) {
          await new Promise((resolve) => setTimeout(resolve, 500));
          const next = await demo.ext.tabState(tab);
          stable = next.openFaults === state.openFaults ? stable + 1 : 0;
          state = next;
        }
        console.log(`  ${page.name}: ${state.openFaults} open fault(s)${state.incidentId !== null ? `, incident #${state.incidentId}` : ''}`);
      } catch (error) {
        console.warn(`  ${page.name}: no fault noticed yet — ${error.message.split('\n')[0]}`);
      }
    }),
  );
}

/** Screenshots of every demo page. */
async function screenshotDemoPages(demo) {
  for (const [index, { page, tab }] of demo.tabs.entries()) {
    demo.files.push(await tab.screenshot(join(OUTPUT, `${String(index + 1).padStart(2, '0')}-${slug(page.name)}.png`)));
  }
}

/** Screenshots of the popup and the side panel in every UI language. */
async function screenshotExtensionPages(demo) {
  const target = demo.tabs[0]?.tab.tabId;
  for (const language of UI_LANGUAGES) {
    await demo.ext.setSettings({ language });
    for (const surface of SURFACES) {
      const path = target === undefined ? surface.file : `${surface.file}?tabId=${target}`;
      const tab = await demo.ext.openExtensionPage(path, { viewport: surface.viewport });
      // Let the UI read the database and settle (live queries, fonts) before the picture.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      demo.files.push(await tab.screenshot(join(OUTPUT, `${surface.file.replace('.html', '')}-${language}.png`)));
      await tab.close();
    }
  }
}

// Later stages (the support report: its text and attachments written to demo-output/) go here,
// after the screenshots, as `async function writeSupportReport(demo)` pushing to demo.files.

/**
 * The first demo tab's support report as the side panel shows it, in every report language
 * (report-<lang>.txt and .md, exactly the preview's text), and its evidence ZIP as downloaded.
 */
async function writeSupportReport(demo) {
  const target = demo.tabs[0]?.tab.tabId;
  if (target === undefined) return;
  await demo.ext.setSettings({ language: 'en' });
  const panel = await demo.ext.openExtensionPage(`sidepanel.html?tabId=${target}`, { viewport: { width: 480, height: 800 } });
  try {
    await panel.waitForSelector('[data-control="report-preview"]', { timeoutMs: 15_000 });
    const choose = (selector, value) =>
      panel.evaluate(
        ([sel, wanted]) => {
          const element = document.querySelector(sel);
          const prototype = element instanceof HTMLSelectElement ? HTMLSelectElement.prototype : HTMLTextAreaElement.prototype;
          Object.getOwnPropertyDescriptor(prototype, 'value').set.call(element, wanted);
          element.dispatchEvent(new Event('change', { bubbles: true }));
        },
        [selector, value],
      );
    const previewOf = (format) => panel.evaluate((wanted) => document.querySelector(`[data-control="report-preview"][data-format="${wanted}"]`)?.value ?? null, format);
    for (const language of ['en', 'zh_CN', 'ru']) {
      await choose('[data-control="report-language"]', language);
      await new Promise((resolve) => setTimeout(resolve, 300));
      for (const [format, extension] of [['text', 'txt'], ['markdown', 'md']]) {
        await panel.click(`.report__formats [data-format="${format}"]`);
        await panel.waitForSelector(`[data-control="report-preview"][data-format="${format}"]`);
        const file = join(OUTPUT, `report-${language}.${extension}`);
        writeFileSync(file, (await previewOf(format)) ?? '');
        demo.files.push(file);
      }
    }
    // The ZIP: the object URL handed to the download link is read in the page before it is revoked.
    await panel.evaluate(() => {
      window.__blobs = new Map();
      const create = URL.createObjectURL.bind(URL);
      URL.createObjectURL = (blob) => {
        const url = create(blob);
        window.__blobs.set(url, blob);
        return url;
      };
      HTMLAnchorElement.prototype.click = function () {
        const blob = window.__blobs.get(this.href);
        const name = this.download;
        if (blob) void blob.arrayBuffer().then((buffer) => (window.__zip = { name, bytes: Array.from(new Uint8Array(buffer)) }));
      };
    });
    await panel.click('[data-action="download-zip"]');
    const zip = await panel.waitForFunction(() => window.__zip, undefined, { timeoutMs: 30_000 });
    const file = join(OUTPUT, zip.name);
    writeFileSync(file, Uint8Array.from(zip.bytes));
    demo.files.push(file);
    console.log(`  ${relative(ROOT, file)}: ${zip.bytes.length} bytes`);
  } catch (error) {
    console.warn(`  no support report written — ${error.message.split('\n')[0]}`);
  } finally {
    await panel.close();
  }
}

const HEADLESS_STAGES = [openDemoPages, waitForFaults, screenshotDemoPages, screenshotExtensionPages, writeSupportReport];
const HEADED_STAGES = [openDemoPages, openExtensionPages];

// -------------------------------------------------------------------------------------------- main

console.log(`Building the extension for ${browser} (${BUILD_COMMANDS[browser]})…`);
try {
  execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), browser === 'firefox' ? ['build', '-b', 'firefox'] : ['build'], { cwd: ROOT, stdio: 'pipe' });
} catch (error) {
  process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
  fail('the build failed (output above)');
}

console.log(`Starting ${browser}${options.headless ? ' (headless)' : ''} with the extension…`);
const ext = await launchExtension({ browser, headless: options.headless });
const demo = { ext, pages: options.all ? [...DEMO_PAGES] : SHOWCASE, tabs: [], files: [] };
const stop = async (code) => {
  await ext.close().catch(() => undefined);
  process.exit(code);
};
process.once('SIGINT', () => void stop(130));
process.once('SIGTERM', () => void stop(143));
console.log(`${ext.browserVersion}, extension at ${ext.extensionBaseUrl}`);

try {
  if (options.headless) {
    rmSync(OUTPUT, { recursive: true, force: true });
    mkdirSync(OUTPUT, { recursive: true });
    for (const run of HEADLESS_STAGES) {
      console.log(`\n${run.name}`);
      await run(demo);
    }
    console.log(`\nWrote ${demo.files.length} files to ${relative(ROOT, OUTPUT)}/:`);
    for (const file of readdirSync(OUTPUT).sort()) console.log(`  ${relative(ROOT, OUTPUT)}/${file}`);
    await stop(0);
  } else {
    for (const run of HEADED_STAGES) {
      console.log(`\n${run.name}`);
      await run(demo);
    }
    console.log('\nEverything is open. Close the browser window (or press Ctrl-C) to end the demo.');
    await ext.closed;
    await stop(0);
  }
} catch (error) {
  console.error(error);
  await stop(1);
}
