#!/usr/bin/env node
// Page-side size budget (issue #8): what a back-office page loads, gzipped (-9), and which
// source modules the bytes come from.
//
//   node tests/bench/page-size.mjs            # build with source maps into a temp dir, attribute
//   node tests/bench/page-size.mjs --json     # the same as JSON
//   node tests/bench/page-size.mjs --top 40   # show more modules per script
//
// A page loads its platform's content script plus page-probe.js; the budget is those two
// together (<= 15 KB gz). Scripts the background injects on demand (unlisted scripts, e.g. the
// capture/marker UI) are listed apart: they are not loaded with the page.
//
// Attribution: the build is repeated with source maps; every output character is charged to the
// source file its mapping segment points at. "raw" is the minified characters, "gz≈" the gzip
// cost of the module: the script's gzip size minus the gzip size of the script with that
// module's characters removed (the marginal cost; the column does not sum to the total, because
// gzip shares repeated strings across modules). Build-time constants (the platform's page rules,
// defined by wxt.config.ts) have no mapping of their own and count with the module before them.
import { readdirSync, readFileSync, rmSync, mkdtempSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const topIndex = args.indexOf('--top');
const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
const BUDGET = 15 * 1024;
const PLATFORMS = ['ozon', 'shopee', 'amazon'];

const gz = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

async function buildWithSourceMaps() {
  const outDir = mkdtempSync(join(tmpdir(), 'seller-sos-size-'));
  process.chdir(root);
  const { build } = await import('wxt');
  // WXT's progress spinner writes to stdout; keep the report readable.
  const write = process.stdout.write;
  process.stdout.write = () => true;
  try {
    await build({ outDir, logger: quietLogger(), vite: () => ({ logLevel: 'silent', build: { sourcemap: true } }) });
  } finally {
    process.stdout.write = write;
  }
  return { outDir, dir: join(outDir, 'chrome-mv3') };
}

function quietLogger() {
  const noop = () => undefined;
  return { debug: noop, log: noop, info: noop, warn: console.warn, error: console.error, fatal: console.error, success: noop, level: 0 };
}

/** Source module name as shown: project files relative to the root, packages by package path. */
function moduleName(source, mapDir) {
  const abs = resolve(mapDir, source.replace(/\?.*$/, ''));
  const nm = abs.lastIndexOf('node_modules/');
  if (nm >= 0) return abs.slice(nm + 'node_modules/'.length);
  return abs.startsWith(root) ? relative(root, abs) : abs;
}

/** Group for the summary: zod, overlay, masking, redaction, vocabulary, detectors, … */
function groupOf(module) {
  if (module.startsWith('zod/')) return 'zod';
  if (module.includes('node_modules') || /^(wxt|@wxt-dev|webextension-polyfill)\//.test(module)) return 'wxt runtime';
  if (module.startsWith('wxt/') || module.startsWith('@wxt-dev/')) return 'wxt runtime';
  if (module.startsWith('lib/overlay/')) return 'overlay';
  if (module.startsWith('lib/content/mask')) return 'masking';
  if (module.includes('redact')) return 'redaction';
  if (module.includes('vocabulary')) return 'vocabulary';
  if (module.startsWith('lib/detectors/')) return 'detectors';
  if (module.startsWith('rules/') || module.startsWith('lib/rules/')) return 'rules';
  if (module.startsWith('lib/content/')) return 'content plumbing';
  if (module.startsWith('lib/page-probe/')) return 'page probe';
  if (module.startsWith('lib/messages')) return 'messages';
  if (module.startsWith('entrypoints/')) return 'entrypoints';
  return 'other lib';
}

/** Charge every output character to the source of the mapping segment it belongs to. */
function attribute(code, map, mapDir) {
  const lines = code.split('\n');
  const lineStart = [];
  let offset = 0;
  for (const line of lines) {
    lineStart.push(offset);
    offset += line.length + 1;
  }
  const owner = new Array(code.length).fill(null);
  const segments = [];
  eachMapping(new TraceMap(map), (m) => segments.push(m));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  for (let i = 0; i < segments.length; i += 1) {
    const seg = segments[i];
    const start = lineStart[seg.generatedLine - 1] + seg.generatedColumn;
    const next = segments[i + 1];
    const end = next ? lineStart[next.generatedLine - 1] + next.generatedColumn : code.length;
    const name = seg.source ? moduleName(seg.source, mapDir) : null;
    for (let c = start; c < end; c += 1) owner[c] = name;
  }
  const byModule = new Map();
  for (let c = 0; c < code.length; c += 1) {
    const name = owner[c] ?? '(unmapped: bundler glue)';
    byModule.set(name, (byModule.get(name) ?? 0) + 1);
  }
  const total = gz(code);
  const rows = [];
  for (const [module, raw] of byModule) {
    let without = '';
    for (let c = 0; c < code.length; c += 1) if ((owner[c] ?? '(unmapped: bundler glue)') !== module) without += code[c];
    rows.push({ module, group: groupOf(module), raw, gz: total - gz(without) });
  }
  rows.sort((a, b) => b.gz - a.gz);
  const groups = new Map();
  for (const row of rows) {
    const g = groups.get(row.group) ?? { group: row.group, raw: 0, modules: [] };
    g.raw += row.raw;
    g.modules.push(row.module);
    groups.set(row.group, g);
  }
  const groupRows = [...groups.values()].map((g) => {
    const set = new Set(g.modules);
    let without = '';
    for (let c = 0; c < code.length; c += 1) if (!set.has(owner[c] ?? '(unmapped: bundler glue)')) without += code[c];
    return { group: g.group, raw: g.raw, gz: total - gz(without) };
  });
  groupRows.sort((a, b) => b.gz - a.gz);
  return { total, raw: code.length, rows, groups: groupRows };
}

function listScripts(dir) {
  const scripts = [];
  const cs = join(dir, 'content-scripts');
  for (const file of readdirSync(cs)) if (file.endsWith('.js')) scripts.push({ name: file, path: join(cs, file), onDemand: false });
  // Unlisted scripts live at the top of the output; the background injects them when needed.
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.js') || file === 'background.js') continue;
    scripts.push({ name: file, path: join(dir, file), onDemand: true });
  }
  return scripts;
}

const { outDir, dir } = await buildWithSourceMaps();
try {
  const results = [];
  for (const script of listScripts(dir)) {
    const code = readFileSync(script.path, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
    const mapPath = `${script.path}.map`;
    const gzSize = gz(code);
    const attribution = existsSync(mapPath) ? attribute(code, JSON.parse(readFileSync(mapPath, 'utf8')), dirname(mapPath)) : null;
    results.push({ ...script, gz: gzSize, raw: code.length, attribution });
  }
  const probe = results.find((r) => r.name === 'page-probe.js');
  const together = Object.fromEntries(
    PLATFORMS.map((p) => [p, (results.find((r) => r.name === `${p}.js`)?.gz ?? 0) + (probe?.gz ?? 0)]),
  );
  const worst = Math.max(...Object.values(together));
  if (asJson) {
    console.log(JSON.stringify({ budget: BUDGET, together, worst, scripts: results.map(({ path, ...r }) => r) }, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    for (const r of results) {
      console.log(`\n${r.onDemand ? '[on demand] ' : ''}${r.name}: ${r.gz} B gz (${r.raw} B minified)`);
      if (!r.attribution) continue;
      console.log('  by group            gz≈      raw');
      for (const g of r.attribution.groups) console.log(`  ${g.group.padEnd(18)} ${String(g.gz).padStart(6)} ${String(g.raw).padStart(8)}`);
      console.log(`  top modules (of ${r.attribution.rows.length})`);
      for (const row of r.attribution.rows.slice(0, top)) console.log(`  ${String(row.gz).padStart(6)} ${String(row.raw).padStart(8)}  ${row.module}`);
    }
    console.log('\npage-side together (platform script + page-probe.js), gzip -9:');
    for (const [p, size] of Object.entries(together)) console.log(`  ${p.padEnd(7)} ${String(size).padStart(6)} B  (${kb(size)})  ${size <= BUDGET ? 'within' : 'OVER'} the ${kb(BUDGET)} budget`);
  }
  process.exitCode = worst <= BUDGET ? 0 : 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
