import type { SignalKind } from './signals';

/**
 * Fingerprints of faults, made by the detectors page-side and by the background. Apart from
 * lib/signals.ts (whose zod schemas would otherwise ride along into every back-office page).
 */

/** Normalises volatile parts (numbers, ids, hex) so the same fault gets the same fingerprint. */
export function normaliseForFingerprint(text: string): string {
  return text
    .toLowerCase()
    .replace(/[0-9a-f]{8,}/g, '#')
    .replace(/\d+/g, '#')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 160);
}

/** A short, stable hash (FNV-1a, 32-bit, base 36): cheap enough for the page side. */
export function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The fingerprint of a fault described by text: numbers and case folded, so repeats match. */
export function fingerprintOf(kind: SignalKind, ...parts: string[]): string {
  return `${kind}:${hashText(parts.map(normaliseForFingerprint).join('|'))}`;
}

/** The fingerprint of a fault about one thing with an id (an order): the id is kept exactly. */
export function fingerprintOfId(kind: SignalKind, id: string, ...parts: string[]): string {
  return `${kind}:${id}:${hashText(parts.map(normaliseForFingerprint).join('|'))}`;
}
