import { poll, type ExtPage } from '../../support/harness.ts';

/** What an extension page handed to a download link: the file name and its bytes. */
export interface CaughtDownload {
  name: string;
  bytes: Uint8Array;
  text(): string;
}

/**
 * Keeps what the page hands to a download link (`URL.createObjectURL` + `a.click()`) in the page
 * instead of letting the browser save it, so the test can read the file. Call before the click.
 */
export async function catchDownloads(page: ExtPage): Promise<void> {
  await page.evaluate(() => {
    const store = window as unknown as { __download?: { name: string; bytes: number[] }; __blobs: Map<string, Blob> };
    store.__blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = create(blob);
      if (blob instanceof Blob) store.__blobs.set(url, blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const blob = store.__blobs.get(this.href);
      const name = this.download;
      if (blob) void blob.arrayBuffer().then((buffer) => (store.__download = { name, bytes: Array.from(new Uint8Array(buffer)) }));
    };
  });
}

/** Waits for the file caught by catchDownloads. */
export async function caughtDownload(page: ExtPage, message: string, timeoutMs = 20_000): Promise<CaughtDownload> {
  const caught = await poll(
    () => page.evaluate(() => (window as unknown as { __download?: { name: string; bytes: number[] } }).__download ?? null),
    (value) => value !== null,
    { timeoutMs, message },
  );
  const bytes = new Uint8Array(caught!.bytes);
  return { name: caught!.name, bytes, text: () => new TextDecoder().decode(bytes) };
}
