/**
 * Saves bytes as a file from an extension page: an object URL on a temporary <a download>,
 * clicked, and revoked once the browser has taken it.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, type = 'application/zip'): void {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  try {
    anchor.click();
  } finally {
    anchor.remove();
    // Firefox starts the download asynchronously: revoke on a later task.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}
