#!/usr/bin/env node
// `npm run bench` — what Seller SOS costs a seller's browser, against the budgets of issue #8.
//
//   npm run bench                  the full bench (~10 min on 2 busy cores): a table on stdout, bench-output/results.json,
//                                  and the change against tests/bench/baseline.json
//   npm run bench -- --quick       fewer samples and shorter runs (~4 min), for a smoke check
//   npm run bench -- --only load,latency,mutations,flood,capture,size
//   npm run bench -- --write-baseline   also writes the results as tests/bench/baseline.json
//   npm run bench -- --extension-dir DIR  measures another build (e.g. an unminified one, so the
//                                  profiles in results.json name the functions); no build step
//
// Chromium only (/usr/bin/chromium), headless, through the e2e harness (tests/support/*): the
// built extension from .output/chrome-mv3, the demo back-offices at their real host names
// answered by interception and the harness proxy, nothing reaching the network. "Without the
// extension" is a second Chromium launched the same way without it (browsers.mjs).
//
// The extension is rebuilt (`wxt build`) when .output/chrome-mv3 is missing or older than any
// source file (entrypoints, lib, rules, components, public, wxt.config.ts, package.json);
// `--build` forces a build, `--no-build` never builds.
//
// Not a test: nothing here fails on a missed budget (the exit code is 0 unless the bench itself
// breaks); the table says MISS.

import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

// Node 20 has WebSocket (used to reach the service worker over CDP) only behind a flag.
if (typeof WebSocket === 'undefined') {
  const child = spawn(process.execPath, ['--experimental-websocket', '--no-warnings', fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  const code = await new Promise((resolve) => child.once('exit', (status) => resolve(status ?? 1)));
  process.exit(code);
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DEFAULT_EXTENSION_DIR = join(ROOT, '.output', 'chrome-mv3');
const OUTPUT_DIR = join(ROOT, 'bench-output');
const BASELINE = join(ROOT, 'tests', 'bench', 'baseline.json');
const SOURCES = ['entrypoints', 'lib', 'rules', 'components', 'public', 'wxt.config.ts', 'package.json'];
const MEASURES = ['load', 'latency', 'mutations', 'flood', 'capture', 'size'];

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    build: { type: 'boolean' },
    'write-baseline': { type: 'boolean', default: false },
    out: { type: 'string', default: join(OUTPUT_DIR, 'results.json') },
    'extension-dir': { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
  allowNegative: true,
});
if (options.help) {
  console.log('Usage: npm run bench -- [--quick] [--only load,latency,mutations,flood,capture,size] [--build|--no-build] [--write-baseline] [--out file.json]');
  process.exit(0);
}
const EXTENSION_DIR = options['extension-dir'] ?? DEFAULT_EXTENSION_DIR;
const selected = options.only ? options.only.split(',').map((name) => name.trim()) : MEASURES;
for (const name of selected) if (!MEASURES.includes(name)) fail(`--only: unknown measure "${name}" (known: ${MEASURES.join(', ')})`);

/**
 * Sample counts, tuned so two full runs in a row agree within 15% on this 2-core machine
 * (--quick trades that for time).
 */
const CONFIG = options.quick
  ? { loadWarmup: 2, loadPairs: 8, loadSettleMs: 300, latencyWarmup: 2, latencySamples: 12, mutationMs: 10_000, profileIntervalUs: 200, floodMs: 5_000, floodRuns: 1, captures: 20, extraCaptures: 0, zipRounds: 2 }
  : { loadWarmup: 2, loadPairs: 16, loadSettleMs: 250, latencyWarmup: 3, latencySamples: 60, mutationMs: 30_000, profileIntervalUs: 200, floodMs: 5_000, floodRuns: 3, captures: 20, extraCaptures: 20, zipRounds: 8 };

/** figure → how it is judged. `max`: value ≤ budget passes. */
const BUDGETS = {
  loadRatio: { label: '1 page load with / without (median ratio, 5 000 rows)', unit: '×', max: 1.03 },
  latencyStoredP50: { label: '2 banner → signal stored, p50', unit: 'ms', max: null },
  latencyStoredP95: { label: '2 banner → signal stored, p95', unit: 'ms', max: 100 },
  latencyBadgeP50: { label: '2 banner → badge updated, p50', unit: 'ms', max: null },
  latencyBadgeP95: { label: '2 banner → badge updated, p95', unit: 'ms', max: 100 },
  mutationUsPerRecord: { label: '3 extension time per mutation record', unit: 'µs', max: 5 },
  mutationLongTasks: { label: '3 long tasks caused (with − without)', unit: '', max: 0 },
  floodExtraDelayMs: { label: '4 flood: worst event-loop delay, extra', unit: 'ms', max: 50 },
  // "Bounded": the flood repeats 5 messages 50 000 times; rows must not grow with the calls.
  floodRows: { label: '4 flood: signal rows written', unit: '', max: 20 },
  floodWorkerHeapGrowthKB: { label: '4 flood: service-worker heap growth', unit: 'KB', max: 2048 },
  floodPageHeapGrowthKB: { label: '4 flood: page heap growth, extra', unit: 'KB', max: 2048 },
  captureMedianMs: { label: '5 capture request → stored, median', unit: 'ms', max: 500 },
  captureP95Ms: { label: '5 capture request → stored, p95', unit: 'ms', max: 500 },
  zipMs: { label: '5 ZIP of an incident with 20 screenshots', unit: 'ms', max: 1500 },
  pageSideGzipKB: { label: '6 page-side scripts gzipped (max platform)', unit: 'KB', max: 15 },
  packageZipKB: { label: '6 whole package zipped', unit: 'KB', max: null },
};

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}
const log = (line) => console.log(line);

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

function ensureBuild() {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const sourcesAt = Math.max(...SOURCES.map((path) => join(ROOT, path)).filter(existsSync).map(newestMtime));
  const stale = !existsSync(manifest) || statSync(manifest).mtimeMs < sourcesAt;
  if (options.build === false) {
    if (!existsSync(manifest)) fail('no build in .output/chrome-mv3 and --no-build given');
    if (stale) log('Note: .output/chrome-mv3 is older than the sources (--no-build given, measuring it anyway).');
    return;
  }
  if (!stale && options.build !== true) {
    log('Build: .output/chrome-mv3 is up to date.');
    return;
  }
  log(`Build: ${existsSync(manifest) ? (options.build ? 'forced' : '.output/chrome-mv3 is older than the sources') : 'no build yet'} — wxt build…`);
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'wxt'), ['build'], { cwd: ROOT, stdio: 'pipe' });
  } catch (error) {
    process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
    fail('wxt build failed (output above)');
  }
}

function machine(browserVersion) {
  const cpus = os.cpus();
  let osName = `${os.type()} ${os.release()}`;
  try {
    osName = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? osName;
  } catch {
    // not Linux
  }
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    os: `${osName} (${os.platform()} ${os.release()})`,
    browser: browserVersion,
    node: process.version,
    // The figures move with what else the machine runs: the 1-minute load average at the start and the end.
    loadAverage: { start: loadAtStart, end: Math.round(os.loadavg()[0] * 10) / 10 },
  };
}

const pad = (text, width) => String(text).padEnd(width);
function formatValue(value, unit) {
  if (value === null || value === undefined) return 'n/a';
  return unit === '×' ? `${value.toFixed(3)}×` : `${value}${unit ? ` ${unit}` : ''}`;
}

function printTable(figures, baseline) {
  const rows = Object.entries(BUDGETS)
    .filter(([key]) => key in figures)
    .map(([key, { label, unit, max }]) => {
      const value = figures[key];
      const verdict = value === null ? 'n/a' : max === null ? 'info' : value <= max ? 'pass' : 'MISS';
      const before = baseline?.figures?.[key];
      let delta = '';
      if (typeof before === 'number' && typeof value === 'number') {
        const change = value - before;
        delta = `${change >= 0 ? '+' : ''}${Math.round(change * 1000) / 1000}${before !== 0 ? ` (${change >= 0 ? '+' : ''}${Math.round((change / Math.abs(before)) * 100)}%)` : ''}`;
      }
      return [label, formatValue(value, unit), max === null ? '—' : `≤ ${formatValue(max, unit)}`, verdict, delta];
    });
  const header = ['figure', 'value', 'budget', 'result', 'vs baseline'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) => cells.map((cell, column) => pad(cell, widths[column])).join('  ');
  console.log(`\n${line(header)}\n${widths.map((width) => '─'.repeat(width)).join('  ')}`);
  for (const row of rows) console.log(line(row));
  return rows.filter((row) => row[3] === 'MISS').length;
}

// -------------------------------------------------------------------------------------------- main

if (options['extension-dir']) log(`Measuring the build in ${EXTENSION_DIR} (no build step).`);
else ensureBuild();
const { launchWithExtension, launchWithoutExtension } = await import('./browsers.mjs');
const measures = await import('./measures.mjs');
const { tsImport } = await import('tsx/esm/api');
const actions = await tsImport('../support/browser-actions.ts', import.meta.url);

const started = Date.now();
const loadAtStart = Math.round(os.loadavg()[0] * 10) / 10;
log(`Starting Chromium with and without the extension${options.quick ? ' (quick)' : ''}…`);
const { ext, debuggingPort } = await launchWithExtension(EXTENSION_DIR);
const plain = await launchWithoutExtension();
const state = { ext, debuggingPort, plain, config: { ...CONFIG, actions }, log, extensionDir: EXTENSION_DIR };
log(`${ext.browserVersion}, extension at ${ext.extensionBaseUrl}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    void Promise.allSettled([ext.close(), plain.close()]).then(() => process.exit(130));
  });
}

const figures = {};
const details = {};
const steps = {
  load: ['1 page-load overhead', measures.pageLoad],
  latency: ['2 detection latency', measures.detectionLatency],
  mutations: ['3 steady mutation load', measures.steadyMutations],
  flood: ['4 console flood', measures.consoleFlood],
  capture: ['5 capture and ZIP', measures.capture],
  size: ['6 size', measures.sizes],
};
let broken = false;
try {
  for (const name of MEASURES) {
    if (!selected.includes(name)) continue;
    const [title, run] = steps[name];
    const stepStarted = Date.now();
    log(`\n${title}`);
    try {
      await ext.reset();
      const result = await run(state);
      Object.assign(figures, result.figures);
      details[name] = result.details;
      log(`  done in ${Math.round((Date.now() - stepStarted) / 1000)} s: ${JSON.stringify(result.figures)}`);
    } catch (error) {
      broken = true;
      details[name] = { error: error instanceof Error ? error.stack : String(error) };
      log(`  FAILED: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
} finally {
  await ext.close().catch(() => undefined);
  await plain.close().catch(() => undefined);
}

const baseline = existsSync(BASELINE) ? JSON.parse(readFileSync(BASELINE, 'utf8')) : null;
const misses = printTable(figures, baseline);
const results = {
  at: new Date(started).toISOString(),
  durationS: Math.round((Date.now() - started) / 1000),
  mode: options.quick ? 'quick' : 'full',
  machine: machine(ext.browserVersion),
  budgets: Object.fromEntries(Object.entries(BUDGETS).map(([key, { max, unit }]) => [key, { max, unit }])),
  figures,
  details,
};
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
if (options['write-baseline']) writeFileSync(BASELINE, `${JSON.stringify(results, null, 2)}\n`);
log(`\n${misses === 0 ? 'Every figure within budget.' : `${misses} figure(s) over budget.`} ${Math.round((Date.now() - started) / 1000)} s.`);
log(`Results: ${options.out}${baseline ? `; compared with tests/bench/baseline.json (${baseline.at}, ${baseline.machine?.cpu}, ${baseline.machine?.cores} cores)` : '; no baseline yet (--write-baseline)'}`);
process.exit(broken ? 1 : 0);
