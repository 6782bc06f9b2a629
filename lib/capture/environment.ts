import { browser } from 'wxt/browser';
import type { EnvironmentSnapshot } from '../db';

/**
 * The seller's machine as support asks about it: browser and version, operating system,
 * extension version, language, online state and connection type. Read in the background (the
 * same browser and machine as the tab); nothing here leaves the machine.
 */

interface UserAgentData {
  brands?: { brand: string; version: string }[];
  getHighEntropyValues?(hints: string[]): Promise<{ fullVersionList?: { brand: string; version: string }[]; platformVersion?: string }>;
}
interface NavigatorExtras {
  userAgentData?: UserAgentData;
  connection?: { effectiveType?: string; type?: string };
  oscpu?: string;
}

const OS_NAMES: Record<string, string> = { win: 'Windows', mac: 'macOS', linux: 'Linux', cros: 'ChromeOS', android: 'Android', openbsd: 'OpenBSD', fuchsia: 'Fuchsia' };

export async function environmentSnapshot(): Promise<EnvironmentSnapshot> {
  const extras = navigator as Navigator & NavigatorExtras;
  const [{ name, version, platformVersion }, platform] = await Promise.all([browserVersion(extras), browser.runtime.getPlatformInfo().catch(() => null)]);
  const osName = platform ? (OS_NAMES[platform.os] ?? platform.os) : 'unknown';
  const osDetail = platformVersion ?? extras.oscpu ?? null;
  return {
    browser: name,
    browserVersion: version,
    os: [osName, osDetail, platform?.arch].filter(Boolean).join(' · '),
    extensionVersion: browser.runtime.getManifest().version,
    language: browser.i18n.getUILanguage(),
    online: navigator.onLine,
    connectionType: extras.connection?.effectiveType ?? extras.connection?.type ?? null,
  };
}

async function browserVersion(extras: NavigatorExtras): Promise<{ name: string; version: string; platformVersion?: string }> {
  // Firefox says it directly.
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (typeof runtime.getBrowserInfo === 'function') {
    const info = await runtime.getBrowserInfo();
    return { name: info.name, version: info.version };
  }
  // Chromium-based browsers name themselves in User-Agent Client Hints; "Chromium" is the engine,
  // the branded name (Google Chrome, Microsoft Edge, Opera…) is the one support wants.
  const data = extras.userAgentData;
  if (data?.getHighEntropyValues) {
    try {
      const high = await data.getHighEntropyValues(['fullVersionList', 'platformVersion']);
      const brands = (high.fullVersionList ?? data.brands ?? []).filter((entry) => !/not.?a.?brand/i.test(entry.brand));
      const branded = brands.find((entry) => entry.brand !== 'Chromium') ?? brands[0];
      if (branded) return { name: branded.brand, version: branded.version, platformVersion: high.platformVersion || undefined };
    } catch {
      // Fall through to the user agent string.
    }
  }
  const match = /(Edg|OPR|Chrome|Chromium|Firefox)\/([\d.]+)/.exec(navigator.userAgent);
  const names: Record<string, string> = { Edg: 'Microsoft Edge', OPR: 'Opera' };
  return match ? { name: names[match[1]!] ?? match[1]!, version: match[2]! } : { name: 'unknown', version: 'unknown' };
}
