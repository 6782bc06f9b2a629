import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildBundle, type BundleInput } from '../../lib/report/bundle';
import { buildReport } from '../../lib/report/build';
import { captures, demoReportInput, ENVIRONMENT, PII, PNG_BYTES } from './golden/demo-incident';

function demoBundleInput(): BundleInput {
  return { ...demoReportInput('en'), captures: captures() };
}

const noPause = async () => undefined;

describe('evidence bundle (ZIP)', () => {
  it('holds the report, the screenshots, the logs, the HAR file and the manifest', async () => {
    const bundle = await buildBundle(demoBundleInput(), { yieldToPage: noPause });
    const entries = unzipSync(bundle.zip);
    expect(Object.keys(entries).sort()).toEqual(['console-log.json', 'evidence.har', 'manifest.json', 'network-log.json', 'report.md', 'report.txt', 'screenshots/001-20251121-140800.png'].sort());
    expect(bundle.fileName).toBe('seller-sos-ozon-20251121-140512.zip');
    expect(entries['screenshots/001-20251121-140800.png']).toEqual(PNG_BYTES);
    expect(strFromU8(entries['report.txt']!)).toBe(buildReport(demoReportInput('en')).text);
    expect(strFromU8(entries['report.md']!)).toBe(buildReport(demoReportInput('en')).markdown);
    expect(bundle.files.map((file) => file.name)).toEqual(['report.txt', 'report.md', 'screenshots/001-20251121-140800.png', 'console-log.json', 'network-log.json', 'evidence.har', 'manifest.json']);
  });

  it('writes file names only from numbers and dates, never from page text', async () => {
    const input = demoBundleInput();
    input.captures = input.captures.map((capture) => ({ ...capture, title: '../../etc/passwd', url: 'https://seller.ozon.ru/<script>', screenshot: capture.screenshot ?? new Blob([PNG_BYTES], { type: 'image/jpeg' }) }));
    const names = Object.keys(unzipSync((await buildBundle(input, { yieldToPage: noPause })).zip));
    for (const name of names) expect(name).toMatch(/^(?:screenshots\/\d{3}-\d{8}-\d{6}\.(?:png|jpg)|[a-z-]+\.(?:txt|md|json|har))$/);
    expect(names).toContain('screenshots/002-20251121-142500.jpg');
  });

  it('keeps no personal data or credentials in any entry', async () => {
    const entries = unzipSync((await buildBundle(demoBundleInput(), { yieldToPage: noPause })).zip);
    for (const [name, data] of Object.entries(entries)) {
      const text = strFromU8(data, true);
      for (const secret of [...Object.values(PII), encodeURIComponent(PII.email), '916 123', 'Соколов']) expect(text, `${name} contains ${secret}`).not.toContain(secret);
      // Also as UTF-8 (Cyrillic names).
      expect(strFromU8(data).includes(PII.buyerName), name).toBe(false);
    }
  });

  it('writes a HAR 1.2 log of the failed calls: method, redacted URL, status, timings; no headers or cookies', async () => {
    const har = JSON.parse(strFromU8(unzipSync((await buildBundle(demoBundleInput(), { yieldToPage: noPause })).zip)['evidence.har']!)) as {
      log: { version: string; creator: { name: string; version: string }; entries: { request: { method: string; url: string; headers: unknown[]; cookies: unknown[] }; response: { status: number; headers: unknown[]; cookies: unknown[]; content: { text?: string } }; time: number; timings: { wait: number } }[] };
    };
    expect(har.log.version).toBe('1.2');
    expect(har.log.creator).toEqual({ name: 'Seller SOS', version: '0.1.0' });
    expect(har.log.entries).toHaveLength(2);
    const [list, ship] = har.log.entries;
    expect(list!.request.method).toBe('GET');
    expect(list!.request.url).toBe('https://seller.ozon.ru/api/posting-service/seller-ui/fbs/list?limit=50&access_token=[redacted]');
    expect(list!.response.status).toBe(500);
    expect(list!.time).toBe(1840);
    expect(list!.timings.wait).toBe(1840);
    expect(JSON.parse(list!.response.content.text!)).toEqual({ code: '13', message: 'Internal error' });
    expect(ship!.request.method).toBe('POST');
    for (const entry of har.log.entries) {
      expect(entry.request.headers).toEqual([]);
      expect(entry.request.cookies).toEqual([]);
      expect(entry.response.headers).toEqual([]);
      expect(entry.response.cookies).toEqual([]);
    }
  });

  it('writes the console and network logs as JSON and a manifest with versions and counts', async () => {
    const entries = unzipSync((await buildBundle(demoBundleInput(), { yieldToPage: noPause })).zip);
    const consoleLog = JSON.parse(strFromU8(entries['console-log.json']!)) as { entries: { message: string; count: number; stack: string }[] };
    expect(consoleLog.entries).toEqual([expect.objectContaining({ message: "TypeError: Cannot read properties of undefined (reading 'postings')", count: 2 })]);
    expect(consoleLog.entries[0]!.stack).toContain('key=[redacted]');
    const networkLog = JSON.parse(strFromU8(entries['network-log.json']!)) as { entries: { status: number; errorCode: string; count: number; errorMessage: string }[] };
    expect(networkLog.entries.map((entry) => [entry.status, entry.errorCode, entry.count])).toEqual([
      [500, '13', 9],
      [500, '13', 3],
    ]);
    expect(networkLog.entries[1]!.errorMessage).toBe('Internal error (request by [redacted])');
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: 'seller-sos-evidence',
      formatVersion: 1,
      extensionVersion: ENVIRONMENT.extensionVersion,
      harVersion: '1.2',
      reportLanguage: 'en',
      generatedAt: '2025-11-21T11:37:00.000Z',
      incident: { platform: 'ozon', host: 'seller.ozon.ru', shopId: '1234567' },
      counts: { signals: 8, failedCalls: 2, consoleErrors: 1, captures: 2, screenshots: 1, steps: 5 },
    });
    expect((manifest.files as { name: string }[]).map((file) => file.name)).not.toContain('manifest.json');
  });

  it('sends the report exactly as edited in the preview', async () => {
    const input = { ...demoBundleInput(), report: { text: 'Edited by the seller.\n', markdown: '# Edited\n' } };
    const entries = unzipSync((await buildBundle(input, { yieldToPage: noPause })).zip);
    expect(strFromU8(entries['report.txt']!)).toBe('Edited by the seller.\n');
    expect(strFromU8(entries['report.md']!)).toBe('# Edited\n');
  });

  it('streams large bundles in chunks, yielding between them, with progress that reaches the total', async () => {
    const input = demoBundleInput();
    // Twelve "screenshots" of 300 KB each.
    const big = new Uint8Array(300 * 1024).map((_, index) => (index * 31) % 251);
    input.captures = Array.from({ length: 12 }, (_, index) => ({ ...input.captures[0]!, id: 100 + index, key: `k${index}`, at: input.captures[0]!.at + index * 1000, screenshot: new Blob([big], { type: 'image/png' }) }));
    const progress: [number, number][] = [];
    let pauses = 0;
    const bundle = await buildBundle(input, {
      chunkSize: 64 * 1024,
      onProgress: (done, total) => progress.push([done, total]),
      yieldToPage: async () => {
        pauses += 1;
      },
    });
    const total = progress[0]![1];
    expect(total).toBeGreaterThan(12 * 300 * 1024);
    expect(progress.every(([, reported]) => reported === total)).toBe(true);
    expect(progress.at(-1)).toEqual([total, total]);
    for (let index = 1; index < progress.length; index += 1) expect(progress[index]![0]).toBeGreaterThanOrEqual(progress[index - 1]![0]);
    expect(progress.length).toBeGreaterThan(12 * 5);
    expect(pauses).toBeGreaterThan(12 * 4);
    const entries = unzipSync(bundle.zip);
    expect(Object.keys(entries).filter((name) => name.startsWith('screenshots/'))).toHaveLength(12);
    expect(entries['screenshots/012-20251121-140811.png']).toEqual(big);
  });
});
