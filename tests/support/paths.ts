import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where things live. Absolute paths, computed from this file, so the harness works from any
 * working directory (Playwright workers, `npm run demo`, a fresh CI clone).
 */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** What `wxt build` and `wxt build -b firefox` produce. */
export const EXTENSION_DIRS = {
  chromium: join(REPO_ROOT, '.output', 'chrome-mv3'),
  firefox: join(REPO_ROOT, '.output', 'firefox-mv3'),
} as const;

export const LOCALES_DIR = join(REPO_ROOT, 'public', '_locales');

/** The browsers the team targets; both are Debian packages on the test machines. */
export const BROWSER_EXECUTABLES = {
  chromium: process.env.SELLER_SOS_CHROMIUM ?? '/usr/bin/chromium',
  firefox: process.env.SELLER_SOS_FIREFOX ?? '/usr/bin/firefox-esr',
} as const;

/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const FIREFOX_ADDON_ID = 'seller-sos@seller-sos.dev';

/**
 * The moz-extension:// host is a random per-profile UUID; Firefox lets a profile pin it with
 * the `extensions.webextensions.uuids` pref, so the harness knows the extension's base URL
 * before installing it. Any fixed UUID works; this one is only used by tests.
 */
export const FIREFOX_EXTENSION_UUID = '5e11e250-5050-4e2e-9d0c-0000000000e2';
