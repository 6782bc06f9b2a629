import type { Capture } from '../db';
import { fileTimestamp } from './format';

/**
 * Names of the files in the evidence bundle, shared by the report (which cites them) and the
 * ZIP. Built only from numbers and dates, never from page text.
 */

export const BUNDLE_FILES = {
  reportText: 'report.txt',
  reportMarkdown: 'report.md',
  consoleLog: 'console-log.json',
  networkLog: 'network-log.json',
  har: 'evidence.har',
  manifest: 'manifest.json',
  screenshotsFolder: 'screenshots',
} as const;

const IMAGE_EXTENSIONS: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/webp': 'webp' };

/** "screenshots/001-20251121-140812.png": position in the evidence list and the capture's time. */
export function screenshotFileName(index: number, capture: Pick<Capture, 'at' | 'screenshot'>, timeZone: string): string {
  const extension = IMAGE_EXTENSIONS[capture.screenshot?.type ?? ''] ?? 'png';
  return `${BUNDLE_FILES.screenshotsFolder}/${String(index + 1).padStart(3, '0')}-${fileTimestamp(capture.at, timeZone)}.${extension}`;
}

/** "seller-sos-ozon-20251121-140500.zip". */
export function bundleFileName(platform: string, openedAt: number, timeZone: string): string {
  return `seller-sos-${platform.replace(/[^a-z]/g, '')}-${fileTimestamp(openedAt, timeZone)}.zip`;
}

/** Captures in the order the report lists them and the bundle numbers their screenshots. */
export function orderedCaptures<T extends Pick<Capture, 'at'> & { id?: number }>(captures: readonly T[]): T[] {
  return [...captures].sort((a, b) => a.at - b.at || (a.id ?? 0) - (b.id ?? 0));
}
