#!/usr/bin/env node
// `npm test`: every check the project has, in order, stopping at the first stage that fails.
//
//   typecheck → build (Chrome) → build (Firefox) → unit tests (Vitest) → web-ext lint → e2e (Playwright)
//
// Each stage ends with one summary line; the run ends with a line exactly like `N passed, M failed`
// (unit + e2e test counts) that CI reads. The exit code is non-zero if anything failed.
// Builds are quiet unless they fail (bundler chatter would bury the test output).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const RESULTS = join(ROOT, 'test-results');
const UNIT_JSON = join(RESULTS, 'unit-results.json');
const E2E_JSON = join(RESULTS, 'e2e-results.json');

/** Runs a command from node_modules/.bin; `quiet` captures output and prints it only on failure. */
function run(bin, args, { quiet = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(join(BIN, bin), args, {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 127, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), output }));
  });
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const totals = { passed: 0, failed: 0 };
const summaries = [];

/** A stage returns { ok, detail?, passed?, failed? }; its closing line is printed at once and at the end. */
async function stage(name, body) {
  console.log(`\n━━ ${name}`);
  const started = Date.now();
  let result;
  try {
    result = await body();
  } catch (error) {
    result = { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
  totals.passed += result.passed ?? 0;
  totals.failed += result.failed ?? 0;
  const line = `${result.ok ? '✔' : '✘'} ${name}${result.detail ? ` — ${result.detail}` : ''} (${seconds(Date.now() - started)})`;
  summaries.push(line);
  console.log(line);
  return result.ok;
}

async function build(args, label) {
  const { code, output } = await run('wxt', args, { quiet: true });
  if (code !== 0) {
    process.stdout.write(output);
    return { ok: false, detail: `\`wxt ${args.join(' ')}\` failed (output above)` };
  }
  const dir = join(ROOT, '.output', label);
  return { ok: existsSync(join(dir, 'manifest.json')), detail: `.output/${label}` };
}

const stages = [
  ['typecheck (tsc --noEmit)', async () => {
    const { code } = await run('tsc', ['--noEmit']);
    return { ok: code === 0, detail: code === 0 ? 'no type errors' : 'type errors (above)' };
  }],
  ['build for Chrome (wxt build)', () => build(['build'], 'chrome-mv3')],
  ['build for Firefox (wxt build -b firefox)', () => build(['build', '-b', 'firefox'], 'firefox-mv3')],
  ['unit tests (vitest run)', async () => {
    rmSync(UNIT_JSON, { force: true });
    const { code } = await run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${UNIT_JSON}`]);
    const report = readJson(UNIT_JSON);
    if (!report) return { ok: false, detail: `Vitest exited with ${code} and wrote no results` };
    // A file that fails to load has no tests; count it as one failure so it cannot go unnoticed.
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    const passed = report.numPassedTests;
    const failed = report.numFailedTests + brokenFiles;
    return { ok: code === 0 && failed === 0, passed, failed, detail: `${passed} passed, ${failed} failed${brokenFiles ? ` (${brokenFiles} file(s) did not load)` : ''}` };
  }],
  ['web-ext lint (.output/firefox-mv3)', async () => {
    const { output } = await run('web-ext', ['lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'], { quiet: true });
    const start = output.indexOf('{');
    let report;
    try {
      report = JSON.parse(output.slice(start));
    } catch {
      process.stdout.write(output);
      return { ok: false, detail: 'web-ext lint did not produce a report (output above)' };
    }
    for (const message of [...report.errors, ...report.warnings]) {
      console.log(`  ${message._type.toUpperCase()} ${message.code} ${message.file ?? ''}${message.line ? `:${message.line}` : ''} — ${message.message}`);
    }
    const { errors, warnings, notices } = report.summary;
    return { ok: errors === 0, detail: `${errors} errors, ${warnings} warnings, ${notices} notices` };
  }],
  ['end-to-end tests (playwright test, Chromium + Firefox)', async () => {
    rmSync(E2E_JSON, { force: true });
    // The builds above are fresh: the Playwright global set-up need not build again.
    const { code } = await run('playwright', ['test'], { env: { SELLER_SOS_SKIP_BUILD: '1' } });
    const report = readJson(E2E_JSON);
    if (!report) return { ok: false, detail: `Playwright exited with ${code} and wrote no results` };
    const { expected, unexpected, flaky, skipped } = report.stats;
    const passed = expected + flaky;
    const failed = unexpected;
    const errors = report.errors?.length ?? 0;
    const extra = [flaky ? `${flaky} flaky` : '', skipped ? `${skipped} skipped` : '', errors ? `${errors} run error(s)` : ''].filter(Boolean);
    return {
      ok: code === 0 && failed === 0 && errors === 0,
      passed,
      failed: failed + errors,
      detail: `${passed} passed, ${failed} failed${extra.length ? ` (${extra.join(', ')})` : ''}`,
    };
  }],
];

mkdirSync(RESULTS, { recursive: true });
const started = Date.now();
let ok = true;
for (const [name, body] of stages) {
  if (!(await stage(name, body))) {
    ok = false;
    console.log(`\nStopped: "${name}" failed; the stages after it did not run.`);
    break;
  }
}

console.log('\n━━ summary');
for (const line of summaries) console.log(line);
console.log(`total time ${seconds(Date.now() - started)}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(ok ? 0 : 1);
