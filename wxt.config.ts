import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { backOfficeMatchPatterns } from './lib/rules/catalog';
import { validateAllRules } from './lib/rules/validate';

// Every rules file is parsed before anything is built: a rule that does not parse stops the
// build here, with the file, rule and field named (lib/rules/validate.ts).
validateAllRules();
const backOffices = backOfficeMatchPatterns();

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Content-script entrypoints read their match patterns from this constant instead of
  // importing the rules catalog, so the page-side bundles do not carry every platform's rules.
  vite: () => ({
    define: {
      __BACK_OFFICE_MATCHES__: JSON.stringify({
        ozon: backOfficeMatchPatterns('ozon'),
        shopee: backOfficeMatchPatterns('shopee'),
        amazon: backOfficeMatchPatterns('amazon'),
        all: backOffices,
      }),
    },
  }),
  // Firefox also gets Manifest V3: the same content-script worlds, the same background model
  // and the same permission story as Chrome (README, "Firefox: why MV3").
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Seller SOS reads back-office pages only; each permission is justified in the README.
    // `scripting`: the capture mask is injected into a back-office tab only when a screenshot is
    // taken (lib/background/capture-page.ts), so it does not weigh on every page.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'contextMenus', 'alarms', 'scripting'],
    host_permissions: backOffices,
    // Evidence capture: screenshots without a click on Seller SOS (side panel button, automatic
    // capture) need `<all_urls>` in both browsers; it is asked for only when the seller turns
    // such a capture on, with the reason shown (lib/capture/client.ts). A click on the toolbar
    // button, the shortcut or the context-menu item needs nothing more than activeTab.
    optional_host_permissions: ['<all_urls>'],
    // The checklist's "Clear this back-office's cache and cookies": asked for on that click, with the
    // reason shown, and used for the tab's own back-office origin only (lib/checklist/site-data.ts).
    // `notifications`: reminders (authorisation renewals, weekly check, backup) as system
    // notifications, asked for when the seller switches one on (lib/reminders/notifications.ts);
    // refused, the reminders still show in the popup and on the options page.
    optional_permissions: ['browsingData', 'notifications'],
    commands: {
      'capture-evidence': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandCaptureEvidence__' },
      // Opening the popup from the keyboard is a click on the toolbar button: it grants activeTab.
      _execute_action: { suggested_key: { default: 'Alt+Shift+O' } },
    },
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icons/16.png', 32: 'icons/32.png', 48: 'icons/48.png', 128: 'icons/128.png' },
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'seller-sos@seller-sos.dev',
              strict_min_version: '128.0',
              // Nothing leaves the seller's machine unless the seller copies or downloads it.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // Page-side bundles (the content scripts) use the browsers' own promise-based API — Chrome
    // MV3 and Firefox both have it — and skip webextension-polyfill's 10 KB; the background and
    // extension pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      const alias = config.resolve?.alias;
      if (Array.isArray(alias)) {
        config.resolve!.alias = alias.filter((entry) => entry.find !== 'wxt/browser');
      } else if (alias && typeof alias === 'object') {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
      // The match patterns are for the manifest, which WXT writes from the entrypoints' options
      // before bundling; in the bundles they are dead data (1.4 KB in page-probe.js alone).
      config.define = { ...config.define, __BACK_OFFICE_MATCHES__: JSON.stringify({ ozon: [], shopee: [], amazon: [], all: [] }) };
      // WXT's ContentScriptContext carries a location watcher and timer wrappers the content
      // script never uses: a slim one with the same hand-over between script copies stands in
      // (lib/content/context.ts).
      // WXT's start-up wrapper logs a crash through a logger that prints nothing in production
      // builds; telling the bundler its calls have no effect drops the logger and its message.
      config.build ??= {};
      // Terser, not esbuild, minifies what every back-office page loads: about 6% smaller
      // gzipped (the page-side size budget of `npm run bench`); other bundles keep esbuild.
      config.build.minify = 'terser';
      config.build.terserOptions = { ecma: 2020, compress: { passes: 3 }, format: { comments: false } };
      const rollup = (config.build.rollupOptions ??= {});
      rollup.treeshake = { ...(typeof rollup.treeshake === 'object' ? rollup.treeshake : {}), manualPureFunctions: ['logger.error'] };
      config.resolve ??= {};
      const slimContext = { find: /^wxt\/utils\/content-script-context$/, replacement: resolve(import.meta.dirname, 'lib/content/context.ts') };
      const current = config.resolve.alias;
      config.resolve.alias = Array.isArray(current)
        ? [slimContext, ...current]
        : [slimContext, ...Object.entries(current ?? {}).map(([find, replacement]) => ({ find, replacement: replacement as string }))];
    },
  },
  zip: {
    // The sources zip Mozilla asks for: WXT does not read .gitignore, so leave out what tests,
    // the demo and the benchmark write.
    excludeSources: ['test-results/**', 'demo-output/**', 'bench-output/**', 'playwright-report/**', '*-tmp.mjs', 'web-ext-artifacts/**'],
    artifactTemplate: 'seller-sos-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'seller-sos-{{version}}-sources.zip',
  },
});
