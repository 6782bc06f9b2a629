// The figures of `npm run bench` (issue #8). Each measure takes the bench state
// ({ ext, debuggingPort, plain, config, log }) and returns its figures plus details for the JSON.

import { gzipSync } from 'node:zlib';
import { unzipSync, zipSync } from 'fflate';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { routeRequest } from '../fixtures/router.mjs';
import { extensionTimeFromProfile, pageHeapUsed, profilePage, serviceWorkerHeapUsed } from './cdp.mjs';
import { serveCached } from './browsers.mjs';

const ORDERS = 'https://seller.ozon.ru/app/postings/fbs';
export const BENCH_URLS = {
  heavy: `${ORDERS}?bench=heavy&rows=5000`,
  mutations: `${ORDERS}?bench=mutations`,
  flood: `${ORDERS}?bench=flood`,
  banner: `${ORDERS}?bench=banner`,
  capture: 'https://seller.ozon.ru/app/postings/fbs/23713478-0018-3?faults=banner',
};

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}
export const median = (values) => percentile(values, 50);
const round = (value, digits = 1) => (value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits);

/** A tab of the extension's browser on `url`, once its content script has told the background about it. */
async function openBackOffice(ext, url, page) {
  const tab = page ?? (await ext.newPage());
  await tab.goto(url, { timeoutMs: 60_000 });
  await ext.waitForTabState(tab, (state) => state.platform !== null, 20_000);
  return tab;
}

// ------------------------------------------------------------------------------- 1. page load

/**
 * Load time of the 5 000-row orders page with and without the extension, alternating (ABBA, so
 * neither browser always goes first). Load time = responseStart → loadEventEnd of the navigation
 * entry: everything the browser does with the page (content scripts are injected at
 * document_start, the DOM is parsed under the extension's MutationObserver, document_idle work
 * may run before load), without the time the harness takes to hand over the 4 MB answer, which
 * is the same for both and only adds noise. Both browsers get the cached answer.
 */
export async function pageLoad({ ext, plain, config, log }) {
  const cached = routeRequest(BENCH_URLS.heavy);
  const withPage = await ext.newPage();
  const raw = withPage.raw;
  await serveCached(raw.context(), BENCH_URLS.heavy, cached);
  await serveCached(plain.context, BENCH_URLS.heavy, cached);
  const rowsShown = (await (async () => {
    await plain.page.goto(BENCH_URLS.heavy, { waitUntil: 'load', timeout: 60_000 });
    return plain.page.evaluate(() => document.querySelectorAll('.postings-table tbody tr').length);
  })());
  const loadOnce = async (page) => {
    await page.goto(BENCH_URLS.heavy, { waitUntil: 'load', timeout: 120_000 });
    const timing = await page.waitForFunction(() => {
      const entry = performance.getEntriesByType('navigation')[0];
      return entry && entry.loadEventEnd > 0 ? { load: entry.loadEventEnd - entry.responseStart, total: entry.loadEventEnd - entry.startTime } : null;
    }, undefined, { timeout: 60_000, polling: 50 });
    const value = await timing.jsonValue();
    // Let the background finish with this load (orders memory, page timings) before the next one.
    await sleep(config.loadSettleMs);
    return value;
  };
  for (let warm = 0; warm < config.loadWarmup; warm += 1) {
    await loadOnce(raw);
    await loadOnce(plain.page);
  }
  const pairs = [];
  let failed = 0;
  for (let index = 0; index < config.loadPairs; index += 1) {
    const order = index % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    const pair = {};
    try {
      for (const which of order) pair[which] = await loadOnce(which === 'with' ? raw : plain.page);
    } catch (error) {
      // A load that never finished (the shared machine stalled) loses its pair, not the figure.
      log(`    pair ${index + 1}: dropped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      failed += 1;
      continue;
    }
    pairs.push(pair);
    log(`    pair ${index + 1}/${config.loadPairs}: with ${Math.round(pair.with.load)} ms, without ${Math.round(pair.without.load)} ms`);
  }
  await withPage.close();
  const ratios = pairs.map((pair) => pair.with.load / pair.without.load);
  return {
    figures: { loadRatio: round(median(ratios), 3) },
    details: {
      rows: rowsShown,
      pairs: pairs.length,
      droppedPairs: failed,
      medianWithMs: round(median(pairs.map((pair) => pair.with.load))),
      medianWithoutMs: round(median(pairs.map((pair) => pair.without.load))),
      medianTotalWithMs: round(median(pairs.map((pair) => pair.with.total))),
      medianTotalWithoutMs: round(median(pairs.map((pair) => pair.without.total))),
      ratioOfMedians: round(median(pairs.map((pair) => pair.with.load)) / median(pairs.map((pair) => pair.without.load)), 3),
      ratios: ratios.map((ratio) => round(ratio, 3)),
    },
  };
}

// ------------------------------------------------------------------------ 2. detection latency

/** Letters only: numbers are folded out of fingerprints, so each sample's banner is a new fault. */
const codeOf = (index) => `${String.fromCharCode(65 + (index % 26))}${String.fromCharCode(65 + Math.floor(index / 26) % 26)}Q`;

/**
 * Banner inserted (page's Date.now() at insertBefore) → the banner signal is in IndexedDB, and →
 * the tab's badge changed. Both are watched from an extension page polling every ~2 ms (IndexedDB
 * newest rows by a reverse cursor; action.getBadgeText), started before the banner goes in. Each
 * sample is a fresh load of the page (a new page session, badge back to clear) and a new text.
 */
export async function detectionLatency({ ext, config, log }) {
  const tab = await ext.newPage();
  const stored = [];
  const badge = [];
  const reported = [];
  for (let index = 0; index < config.latencySamples + config.latencyWarmup; index += 1) {
    await openBackOffice(ext, BENCH_URLS.banner, tab);
    await sleep(400);
    const code = codeOf(index);
    await ext.evalInExtension(
      (api, { tabId, code: wanted }) => {
        const watch = async () => {
          const db = await new Promise((resolve, reject) => {
            const request = indexedDB.open('seller-sos');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const newestMatches = () =>
            new Promise((resolve) => {
              const cursor = db.transaction('signals', 'readonly').objectStore('signals').openCursor(null, 'prev');
              let seen = 0;
              cursor.onsuccess = () => {
                const current = cursor.result;
                if (!current || seen >= 5) return resolve(false);
                if (current.value.kind === 'banner' && String(current.value.message).includes(wanted)) return resolve(current.value.firstAt);
                seen += 1;
                current.continue();
              };
              cursor.onerror = () => resolve(false);
            });
          const badgeBefore = await api.action.getBadgeText({ tabId });
          let storedAt = null;
          let badgeAt = null;
          let firstAt = null;
          globalThis.__benchWatchReady = true;
          const deadline = Date.now() + 5_000;
          while ((storedAt === null || badgeAt === null) && Date.now() < deadline) {
            if (badgeAt === null && (await api.action.getBadgeText({ tabId })) !== badgeBefore) badgeAt = Date.now();
            if (storedAt === null) {
              const found = await newestMatches();
              if (found !== false) {
                storedAt = Date.now();
                firstAt = found;
              }
            }
            await new Promise((resolve) => setTimeout(resolve, 2));
          }
          db.close();
          return { storedAt, badgeAt, badgeBefore, firstAt };
        };
        globalThis.__benchWatchReady = false;
        globalThis.__benchWatch = watch();
        return true;
      },
      { tabId: tab.tabId, code },
    );
    await ext.evalInExtension(async () => {
      while (!globalThis.__benchWatchReady) await new Promise((resolve) => setTimeout(resolve, 1));
    });
    const insertedAt = await tab.evaluate((wanted) => window.__sellerSosBench.insertBanner(wanted), code);
    const result = await ext.evalInExtension(() => globalThis.__benchWatch);
    if (result.storedAt === null || result.badgeAt === null) {
      log(`    sample ${index + 1}: not seen within 5 s (stored ${result.storedAt !== null}, badge ${result.badgeAt !== null})`);
      continue;
    }
    if (index < config.latencyWarmup) continue;
    stored.push(result.storedAt - insertedAt);
    // The signal's firstAt is the content script's clock when its detector reported it: the split
    // between the page side (inserted → reported) and the sink, messaging and background (→ stored).
    if (typeof result.firstAt === 'number') reported.push(result.firstAt - insertedAt);
    badge.push(result.badgeAt - insertedAt);
  }
  await tab.close();
  return {
    figures: {
      latencyStoredP50: round(median(stored)),
      latencyStoredP95: round(percentile(stored, 95)),
      latencyBadgeP50: round(median(badge)),
      latencyBadgeP95: round(percentile(badge, 95)),
    },
    details: {
      samples: stored.length,
      reportedP50: round(median(reported)),
      reportedP95: round(percentile(reported, 95)),
      storedMs: stored,
      badgeMs: badge,
      reportedMs: reported,
    },
  };
}

// ---------------------------------------------------------------------------- 3. steady mutations

/**
 * The page adds 100 order rows every 100 ms for 30 s (bench-page.js counts the mutation records).
 * Three runs: with the extension under the V8 sampling profiler (time in chrome-extension://
 * scripts, see cdp.mjs), and without the profiler with and without the extension for long tasks
 * (PerformanceObserver 'longtask' in the page) — the profiler itself would make tasks longer.
 */
export async function steadyMutations({ ext, plain, config, log }) {
  const options = { rowsPerTick: 100, everyMs: 100, durationMs: config.mutationMs };
  const run = (page) => page.evaluate((opts) => window.__sellerSosBench.startMutations(opts), options);

  const profiled = await openBackOffice(ext, BENCH_URLS.mutations);
  await sleep(500);
  const { result: profiledRun, profile } = await profilePage(profiled.raw, () => run(profiled.raw), config.profileIntervalUs);
  const attribution = extensionTimeFromProfile(profile, ext.extensionBaseUrl);
  await profiled.close();
  log(`    profiled: ${profiledRun.records} records, ${attribution.extensionMs} ms in the extension`);

  const withTab = await openBackOffice(ext, BENCH_URLS.mutations);
  await sleep(500);
  const withRun = await run(withTab.raw);
  await withTab.close();
  await plain.page.goto(BENCH_URLS.mutations, { waitUntil: 'load' });
  await sleep(500);
  const withoutRun = await run(plain.page);
  await plain.page.goto('about:blank');
  const longWith = withRun.longTasks.length;
  const longWithout = withoutRun.longTasks.length;
  return {
    figures: {
      mutationUsPerRecord: round((attribution.extensionMs * 1000) / profiledRun.records, 2),
      mutationLongTasks: Math.max(0, longWith - longWithout),
    },
    details: {
      records: profiledRun.records,
      rows: profiledRun.rows,
      ticks: `${profiledRun.ticks} of ${profiledRun.plannedTicks}`,
      rowsWith: withRun.rows,
      rowsWithout: withoutRun.rows,
      durationMs: profiledRun.elapsedMs,
      extensionMs: attribution.extensionMs,
      profiledMs: attribution.profiledMs,
      byScriptMs: attribution.byScriptMs,
      topFunctions: attribution.topFunctions,
      topInclusive: attribution.topInclusive,
      longTasksWith: withRun.longTasks,
      longTasksWithout: withoutRun.longTasks,
      worstTimerDelayWithMs: withRun.drift.worstDelayMs,
      worstTimerDelayWithoutMs: withoutRun.drift.worstDelayMs,
    },
  };
}

// ------------------------------------------------------------------------------ 4. console flood

/** Rows of the signals table for a tab, read in the extension page (counts only). */
function signalRowsOf(ext, tabId) {
  return ext.evalInExtension(async (_api, id) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('seller-sos');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      const rows = await new Promise((resolve, reject) => {
        const read = db.transaction('signals', 'readonly').objectStore('signals').getAll();
        read.onsuccess = () => resolve(read.result);
        read.onerror = () => reject(read.error);
      });
      const mine = rows.filter((row) => row.tabId === id);
      return { rows: mine.length, occurrences: mine.reduce((sum, row) => sum + (row.count ?? 1), 0), kinds: [...new Set(mine.map((row) => row.kind))] };
    } finally {
      db.close();
    }
  }, tabId);
}

/**
 * 10 000 console.error calls a second for 5 s. Worst timer drift on the page (median of
 * `floodRuns` runs, with and without the extension, alternating), signal rows the flood left in
 * IndexedDB, JS heap growth of the service worker (after a full GC, before and after) and of the
 * page (main world + content-script worlds; minus the same growth without the extension).
 */
export async function consoleFlood({ ext, plain, debuggingPort, config, log }) {
  const options = { perSecond: 10_000, durationMs: config.floodMs, settleMs: 1_000 };
  const withDelays = [];
  const withoutDelays = [];
  let rows = null;
  let workerGrowth = null;
  let pageGrowthWith = null;
  let pageGrowthWithout = null;
  let calls = 0;
  for (let index = 0; index < config.floodRuns; index += 1) {
    const order = index % 2 === 0 ? ['with', 'without'] : ['without', 'with'];
    for (const which of order) {
      if (which === 'with') {
        const tab = await openBackOffice(ext, BENCH_URLS.flood);
        await sleep(1_000);
        const before = await signalRowsOf(ext, tab.tabId);
        const workerBefore = await serviceWorkerHeapUsed(debuggingPort, ext.extensionBaseUrl);
        const pageBefore = await pageHeapUsed(tab.raw);
        const result = await tab.evaluate((opts) => window.__sellerSosBench.startFlood(opts), options);
        // The sink repeats counts once a second: give the last ones time to land.
        await sleep(2_500);
        const after = await signalRowsOf(ext, tab.tabId);
        const workerAfter = await serviceWorkerHeapUsed(debuggingPort, ext.extensionBaseUrl);
        const pageAfter = await pageHeapUsed(tab.raw);
        withDelays.push(result.drift.worstDelayMs);
        calls = result.calls;
        rows = Math.max(rows ?? 0, after.rows - before.rows);
        workerGrowth = Math.max(workerGrowth ?? -Infinity, workerAfter - workerBefore);
        pageGrowthWith = Math.max(pageGrowthWith ?? -Infinity, pageAfter - pageBefore);
        log(`    with: worst delay ${result.drift.worstDelayMs} ms, ${after.rows - before.rows} rows (${after.occurrences - before.occurrences} occurrences), worker heap ${((workerAfter - workerBefore) / 1024).toFixed(0)} KB`);
        await tab.close();
      } else {
        await plain.page.goto(BENCH_URLS.flood, { waitUntil: 'load' });
        await sleep(1_000);
        const pageBefore = await pageHeapUsed(plain.page);
        const result = await plain.page.evaluate((opts) => window.__sellerSosBench.startFlood(opts), options);
        const pageAfter = await pageHeapUsed(plain.page);
        withoutDelays.push(result.drift.worstDelayMs);
        pageGrowthWithout = Math.max(pageGrowthWithout ?? -Infinity, pageAfter - pageBefore);
        log(`    without: worst delay ${result.drift.worstDelayMs} ms`);
        await plain.page.goto('about:blank');
      }
    }
  }
  // Where the time goes (details only): one more run with the extension under the sampling profiler.
  const profiledTab = await openBackOffice(ext, BENCH_URLS.flood);
  await sleep(1_000);
  const { result: profiledRun, profile } = await profilePage(profiledTab.raw, () => profiledTab.evaluate((opts) => window.__sellerSosBench.startFlood(opts), options), config.profileIntervalUs);
  const attribution = extensionTimeFromProfile(profile, ext.extensionBaseUrl);
  await profiledTab.close();
  log(`    profiled: ${attribution.extensionMs} ms in the extension, worst delay ${profiledRun.drift.worstDelayMs} ms`);
  return {
    figures: {
      floodExtraDelayMs: round(median(withDelays) - median(withoutDelays)),
      floodRows: rows,
      floodWorkerHeapGrowthKB: round(workerGrowth / 1024, 0),
      floodPageHeapGrowthKB: round((pageGrowthWith - pageGrowthWithout) / 1024, 0),
    },
    details: { profile: { extensionMs: attribution.extensionMs, byScriptMs: attribution.byScriptMs, topFunctions: attribution.topFunctions, topInclusive: attribution.topInclusive }, calls, worstDelayWithMs: withDelays, worstDelayWithoutMs: withoutDelays, pageHeapGrowthWithKB: round(pageGrowthWith / 1024, 0), pageHeapGrowthWithoutKB: round(pageGrowthWithout / 1024, 0) },
  };
}

// ------------------------------------------------------------------------------------ 5. capture

/**
 * The capture path end to end: the shortcut first (Chromium grants activeTab for the tab, as a
 * click on the toolbar does), then the popup's own message (`capture/request`, what its
 * "Capture evidence" button sends) `captures - 1` times, timed in the extension page from the
 * request to the answer, which the background sends once the capture is stored. Chrome allows
 * two screenshots a second per extension, hence the pause. Then the side panel's "Download ZIP"
 * with those captures in the incident: from the trusted click to the bundle handed to the
 * download link (the real lib/report bundle builder, reading the Blobs from IndexedDB).
 */
export async function capture({ ext, config, log }) {
  const { pressShortcut } = config.actions;
  const tab = await openBackOffice(ext, BENCH_URLS.capture);
  await ext.waitForRows('signals', (signal) => signal.tabId === tab.tabId && signal.kind === 'banner', 10_000);
  const countCaptures = () =>
    ext.evalInExtension(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('seller-sos');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        return await new Promise((resolve) => {
          const read = db.transaction('captures', 'readonly').objectStore('captures').count();
          read.onsuccess = () => resolve(read.result);
        });
      } finally {
        db.close();
      }
    });
  const before = await countCaptures();
  const pressedAt = Date.now();
  await pressShortcut(ext, tab, 'capture-evidence');
  while ((await countCaptures()) === before) {
    if (Date.now() - pressedAt > 15_000) throw new Error('the shortcut made no capture');
    await sleep(5);
  }
  const shortcutMs = Date.now() - pressedAt;
  const timedCaptures = (count) => ext.evalInExtension(
    async (api, { tabId, count }) => {
      const results = [];
      for (let round = 0; round < count; round += 1) {
        const started = performance.now();
        const answer = await api.runtime.sendMessage({ type: 'capture/request', key: crypto.randomUUID(), tabId, trigger: 'popup' });
        if (!answer?.ok || !answer.screenshot) throw new Error(`capture ${round + 1}: ${JSON.stringify(answer)}`);
        results.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 650));
      }
      return results;
    },
    { tabId: tab.tabId, count },
  );
  const times = await timedCaptures(config.captures - 1);
  const stored = await countCaptures();
  log(`    ${stored - before} captures stored; shortcut → stored ${shortcutMs} ms`);

  const panel = await ext.openExtensionPage(`sidepanel.html?tabId=${tab.tabId}`, { viewport: { width: 480, height: 900 } });
  await panel.waitForSelector('[data-action="download-zip"]', { timeoutMs: 20_000 });
  // The panel shows the incident's evidence list from a live query: wait until all captures are in it.
  await sleep(1_500);
  await panel.evaluate(() => {
    window.__benchZip = null;
    document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('[data-action="download-zip"]')) window.__benchZipStarted = performance.now();
    }, true);
    const create = URL.createObjectURL.bind(URL);
    const blobs = new Map();
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function () {
      const blob = blobs.get(this.href);
      if (blob) window.__benchZip = { ms: performance.now() - window.__benchZipStarted, blob, name: this.download };
    };
  });
  const zipTimes = [];
  let zipInfo = null;
  for (let round = 0; round < config.zipRounds; round += 1) {
    await panel.evaluate(() => (window.__benchZip = null));
    await panel.click('[data-action="download-zip"]');
    const result = await panel.waitForFunction(() => window.__benchZip && { ms: window.__benchZip.ms, size: window.__benchZip.blob.size, name: window.__benchZip.name }, undefined, { timeoutMs: 30_000, intervalMs: 20 });
    // The first bundle warms the panel up (code paths compiled, Blobs first read): not counted.
    if (round > 0 || config.zipRounds === 1) zipTimes.push(result.ms);
    if (!zipInfo) {
      const base64 = await panel.evaluate(
        () =>
          new Promise((resolve) => {
            const reader = new FileReader();
            reader.onload = () => resolve(String(reader.result).split(',')[1]);
            reader.readAsDataURL(window.__benchZip.blob);
          }),
      );
      const files = Object.keys(unzipSync(Buffer.from(base64, 'base64')));
      zipInfo = { bytes: result.size, files: files.length, screenshots: files.filter((name) => /\.(png|jpe?g)$/i.test(name)).length };
    }
    await sleep(300);
  }
  await panel.close();
  // More timed captures after the ZIP (the incident's 20 are what the ZIP measures): a p95 of
  // ~40 samples moves less between runs than one of 19.
  times.push(...(await timedCaptures(config.extraCaptures)));
  await tab.close();
  log(`    ZIP: ${zipInfo.screenshots} screenshots, ${zipInfo.bytes} bytes, ${zipTimes.map((ms) => Math.round(ms)).join(', ')} ms`);
  return {
    figures: {
      captureMedianMs: round(median(times)),
      captureP95Ms: round(percentile(times, 95)),
      zipMs: round(median(zipTimes)),
    },
    details: { samples: times.length, shortcutToStoredMs: shortcutMs, captureMs: times.map((ms) => round(ms)), zipMs: zipTimes.map((ms) => round(ms)), zip: zipInfo },
  };
}

// --------------------------------------------------------------------------------------- 6. size

/**
 * gzip -9 of the page-side scripts (zlib's deflate, as the gzip tool and tests/bench/page-size.mjs
 * compress — fflate's level 9 makes 3-4% more bytes of the same file, which is not what "gzip -9"
 * means): what one back-office page loads is its platform's content
 * script plus page-probe.js (and their CSS, if any); the figure is the largest platform. The
 * whole package: the build directory zipped (deflate level 9), what a store upload weighs.
 */
export function sizes({ extensionDir }) {
  const dir = join(extensionDir, 'content-scripts');
  const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
  const scripts = Object.fromEntries(readdirSync(dir).map((name) => [name, gz(join(dir, name))]));
  const probe = scripts['page-probe.js'] ?? 0;
  const platforms = {};
  for (const name of Object.keys(scripts)) {
    const platform = /^(ozon|shopee|amazon)\.(js|css)$/.exec(name)?.[1];
    if (platform) platforms[platform] = (platforms[platform] ?? probe) + scripts[name];
  }
  const files = {};
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(extensionDir, path)] = readFileSync(path);
    }
  };
  walk(extensionDir);
  const packageBytes = zipSync(files, { level: 9 }).length;
  const unpackedBytes = Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);
  return {
    figures: {
      pageSideGzipKB: round(Math.max(...Object.values(platforms)) / 1024, 2),
      packageZipKB: round(packageBytes / 1024, 1),
    },
    details: { gzipBytes: scripts, pageSideGzipBytesByPlatform: platforms, unpackedBytes },
  };
}
