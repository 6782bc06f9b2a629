/**
 * Screenshot bytes: the browser hands them over as a data: URL; they are stored as Blobs (not
 * as text inside JSON), with a small JPEG thumbnail for lists. OffscreenCanvas and
 * createImageBitmap exist in Chrome's service worker, Firefox's background page and extension
 * pages alike.
 */

export const THUMBNAIL_WIDTH = 320;

/** A data: URL (base64) as a Blob of its own type. */
export function dataUrlToBlob(dataUrl: string): Blob {
  const match = /^data:([\w/+.-]+);base64,/.exec(dataUrl);
  if (!match) throw new Error('The screenshot is not a base64 data: URL');
  const binary = atob(dataUrl.slice(match[0].length));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: match[1] });
}

export interface ImageFacts {
  width: number;
  height: number;
  thumbnail: Blob;
}

/** The picture's size and a THUMBNAIL_WIDTH-wide JPEG of it. */
export async function describeImage(image: Blob): Promise<ImageFacts> {
  const bitmap = await createImageBitmap(image);
  try {
    return { width: bitmap.width, height: bitmap.height, thumbnail: await thumbnailOf(bitmap) };
  } finally {
    bitmap.close();
  }
}

export async function thumbnailOf(source: ImageBitmap | OffscreenCanvas | HTMLCanvasElement): Promise<Blob> {
  const width = Math.min(THUMBNAIL_WIDTH, source.width);
  const height = Math.max(1, Math.round((source.height * width) / source.width));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas for the thumbnail');
  context.imageSmoothingQuality = 'high';
  context.drawImage(source, 0, 0, width, height);
  return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.75 });
}

/** The picture formats a screenshot may be in, recognised by their first bytes (backups check this). */
export function imageTypeOf(bytes: Uint8Array): 'image/png' | 'image/jpeg' | 'image/webp' | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  return null;
}
