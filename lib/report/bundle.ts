import { Zip, ZipDeflate, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';
import type { Capture } from '../db';
import { errorCodeOf, occurrencesOf, statusOf } from '../diagnosis/summary';
import { redactDetails, redactJson, redactText, redactUrl } from '../redact';
import type { Signal } from '../signals';
import { buildReport, type SupportReport } from './build';
import { BUNDLE_FILES, bundleFileName, orderedCaptures, screenshotFileName } from './files';
import { buildHar } from './har';
import type { ReportInput } from './model';

/**
 * The evidence bundle: one ZIP with the report (text and Markdown), the screenshots, the console
 * and network logs as JSON, a HAR-like file of the failed calls and a manifest. Everything
 * textual is redacted; file names are built from numbers and dates only. It is written as a
 * stream, chunk by chunk, yielding to the page between chunks and reporting progress in bytes,
 * so a bundle with many screenshots neither freezes the side panel nor leaves it silent.
 */

export interface BundleInput extends Omit<ReportInput, 'captures'> {
  /** Captures with their screenshots (Blobs from the database). */
  captures: readonly Capture[];
  /** The report as the seller last edited it in the preview; built from the input when left out. */
  report?: Pick<SupportReport, 'text' | 'markdown'>;
  /** Seller SOS's version for the manifest and the HAR creator; the environment's when left out. */
  extensionVersion?: string;
}

export interface BundleOptions {
  /** Called with bytes written so far and the total, after every chunk; ends with done === total. */
  onProgress?: (done: number, total: number) => void;
  /** Bytes per chunk (default 256 KB). */
  chunkSize?: number;
  /** How to let the page breathe between chunks (default: a macrotask). */
  yieldToPage?: () => Promise<void>;
}

export interface EvidenceBundle {
  zip: Uint8Array;
  /** "seller-sos-ozon-20251121-140512.zip". */
  fileName: string;
  files: { name: string; bytes: number }[];
}

export const BUNDLE_FORMAT = { name: 'seller-sos-evidence', version: 1 } as const;

const DEFAULT_CHUNK = 256 * 1024;

interface Entry {
  name: string;
  /** Text entries are compressed; screenshots are stored as they are (PNG/JPEG are compressed already). */
  compress: boolean;
  size: number;
  read: () => Promise<Uint8Array>;
}

function iso(at: number): string {
  return new Date(at).toISOString();
}

function json(value: unknown): Uint8Array {
  return strToU8(`${JSON.stringify(redactJson(value), null, 2)}\n`);
}

function textEntry(name: string, bytes: Uint8Array): Entry {
  return { name, compress: true, size: bytes.length, read: async () => bytes };
}

function pageOf(signal: Pick<Signal, 'url'>): string {
  return redactUrl(signal.url);
}

/** One log file: the signals of one kind, oldest first, each with the fields every log shares. */
function logOf(signals: readonly Signal[], kind: Signal['kind'], fields: (signal: Signal, details: ReturnType<typeof redactDetails>) => object): unknown {
  return {
    entries: signals
      .filter((signal) => signal.kind === kind)
      .sort((a, b) => a.firstAt - b.firstAt)
      .map((signal) => ({
        firstAt: iso(signal.firstAt),
        lastAt: iso(signal.lastAt),
        count: occurrencesOf(signal),
        severity: signal.severity,
        ...fields(signal, redactDetails(signal.details)),
        page: pageOf(signal),
      })),
  };
}

export function consoleLog(signals: readonly Signal[]): unknown {
  return logOf(signals, 'console-error', (signal, details) => ({
    source: details.source ?? null,
    message: redactText(signal.message),
    stack: typeof details.stack === 'string' ? details.stack : null,
  }));
}

export function networkLog(signals: readonly Signal[]): unknown {
  return logOf(signals, 'network-error', (signal, details) => ({
    method: details.method ?? null,
    url: typeof details.url === 'string' ? details.url : null,
    path: details.path ?? null,
    status: statusOf(signal),
    outcome: details.reason ?? null,
    meaning: details.meaning ?? null,
    errorCode: errorCodeOf(signal),
    errorMessage: details.errorMessage ?? null,
    durationMs: typeof details.durationMs === 'number' ? details.durationMs : null,
    api: details.api ?? null,
  }));
}

async function blobBytes(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Writes the entries into one ZIP, chunk by chunk, with progress. */
async function writeZip(entries: Entry[], mtime: Date, options: BundleOptions): Promise<Uint8Array> {
  const total = entries.reduce((sum, entry) => sum + entry.size, 0);
  const chunkSize = Math.max(1024, options.chunkSize ?? DEFAULT_CHUNK);
  const pause = options.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const output: Uint8Array[] = [];
  let finished = false;
  let failure: Error | null = null;
  const zip = new Zip((error, chunk, final) => {
    if (error) failure = error;
    else output.push(chunk);
    if (final) finished = true;
  });
  let done = 0;
  options.onProgress?.(0, total);
  for (const entry of entries) {
    const file: ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void } = entry.compress ? new ZipDeflate(entry.name, { level: 6 }) : new ZipPassThrough(entry.name);
    file.mtime = mtime;
    zip.add(file);
    const bytes = await entry.read();
    if (!bytes.length) file.push(new Uint8Array(0), true);
    for (let offset = 0; offset < bytes.length; offset += chunkSize) {
      const end = Math.min(bytes.length, offset + chunkSize);
      file.push(bytes.subarray(offset, end), end === bytes.length);
      // A screenshot may have changed size since it was measured; progress never passes the total.
      done = Math.min(total, done + (end - offset));
      options.onProgress?.(done, total);
      await pause();
    }
    if (failure) throw failure;
  }
  zip.end();
  if (failure) throw failure;
  if (!finished) throw new Error('The ZIP stream did not finish');
  if (done < total) options.onProgress?.(total, total);
  const length = output.reduce((sum, chunk) => sum + chunk.length, 0);
  const zipped = new Uint8Array(length);
  let position = 0;
  for (const chunk of output) {
    zipped.set(chunk, position);
    position += chunk.length;
  }
  return zipped;
}

/** The evidence ZIP of one incident. */
export async function buildBundle(input: BundleInput, options: BundleOptions = {}): Promise<EvidenceBundle> {
  const timeZone = input.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
  const now = input.now ?? Date.now();
  const report = input.report ?? buildReport({ ...input, timeZone, now });
  const extensionVersion = input.extensionVersion ?? input.environment?.extensionVersion ?? input.captures.find((capture) => capture.environment)?.environment.extensionVersion ?? 'unknown';
  const captures = orderedCaptures(input.captures);

  // The report goes exactly as the seller saw (and perhaps edited) it in the preview: it was
  // built from redacted data, and what the seller typed in is the seller's to send.
  const entries: Entry[] = [textEntry(BUNDLE_FILES.reportText, strToU8(report.text)), textEntry(BUNDLE_FILES.reportMarkdown, strToU8(report.markdown))];
  captures.forEach((capture, index) => {
    const screenshot = capture.screenshot;
    if (screenshot) entries.push({ name: screenshotFileName(index, capture, timeZone), compress: false, size: screenshot.size, read: () => blobBytes(screenshot) });
  });
  const failedCalls = input.signals.filter((signal) => signal.kind === 'network-error');
  entries.push(
    textEntry(BUNDLE_FILES.consoleLog, json(consoleLog(input.signals))),
    textEntry(BUNDLE_FILES.networkLog, json(networkLog(input.signals))),
    textEntry(BUNDLE_FILES.har, json(buildHar(input.signals, { host: input.incident.host, extensionVersion, environment: input.environment }))),
  );
  const files = entries.map((entry) => ({ name: entry.name, bytes: entry.size }));
  const manifest = {
    format: BUNDLE_FORMAT.name,
    formatVersion: BUNDLE_FORMAT.version,
    generatedAt: iso(now),
    timeZone,
    extensionVersion,
    harVersion: '1.2',
    reportLanguage: input.language,
    incident: {
      id: input.incident.id ?? null,
      platform: input.incident.platform,
      host: input.incident.host,
      region: input.incident.region,
      shopId: input.incident.shopId,
      status: input.incident.status,
      openedAt: iso(input.incident.openedAt),
      lastAt: iso(input.incident.lastAt),
    },
    counts: {
      signals: input.signals.length,
      occurrences: input.signals.reduce((sum, signal) => sum + occurrencesOf(signal), 0),
      failedCalls: failedCalls.length,
      consoleErrors: input.signals.filter((signal) => signal.kind === 'console-error').length,
      captures: captures.length,
      screenshots: captures.filter((capture) => capture.screenshot).length,
      steps: input.steps.length,
    },
    files,
  };
  entries.push(textEntry(BUNDLE_FILES.manifest, json(manifest)));
  const zip = await writeZip(entries, new Date(now), options);
  return { zip, fileName: bundleFileName(input.incident.platform, input.incident.openedAt, timeZone), files: [...files, { name: BUNDLE_FILES.manifest, bytes: entries.at(-1)!.size }] };
}
