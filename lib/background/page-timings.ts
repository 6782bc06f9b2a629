import type { SellerSosDatabase } from '../db';
import type { Platform } from '../rules/types';
import type { SignalDraft } from '../signals';
import { fingerprintOf } from '../signals';

/**
 * The seller's own usual load time for each page, and a slow-page signal when a load takes
 * much longer than that. Judged against the seller's history, not a universal number: a
 * 5,000-order list is slow everywhere.
 */

const HISTORY = 20;
const MIN_SAMPLES = 5;
/** "Much slower": both relatively and absolutely, so fast pages do not trip on jitter. */
const SLOWER_FACTOR = 2.5;
const SLOWER_BY_MS = 2_000;

export async function recordPageTiming(db: SellerSosDatabase, platform: Platform, host: string, pathKey: string, loadMs: number, url: string, at: number): Promise<SignalDraft | null> {
  const history = await db.pageTimings.where('[platform+pathKey]').equals([platform, pathKey]).reverse().sortBy('at');
  await db.pageTimings.add({ platform, host, pathKey, loadMs, at });
  const stale = history.slice(HISTORY * 2);
  if (stale.length) await db.pageTimings.bulkDelete(stale.map((timing) => timing.id!));
  const recent = history.slice(0, HISTORY).map((timing) => timing.loadMs).sort((a, b) => a - b);
  if (recent.length < MIN_SAMPLES) return null;
  const median = recent[Math.floor(recent.length / 2)]!;
  if (loadMs < median * SLOWER_FACTOR || loadMs < median + SLOWER_BY_MS) return null;
  return {
    kind: 'slow-page',
    severity: 'warning',
    message: `This page took ${(loadMs / 1000).toFixed(1)} s to load; it usually takes ${(median / 1000).toFixed(1)} s`,
    fingerprint: fingerprintOf('slow-page', pathKey),
    url,
    at,
    count: 1,
    live: false,
    details: { loadMs: Math.round(loadMs), usualMs: Math.round(median), samples: recent.length, pathKey },
  };
}
