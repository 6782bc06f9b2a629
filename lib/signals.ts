import * as z from 'zod/mini';
import type { Platform } from './rules/types';

/**
 * Signals: one observed fault. The shape is a contract (README, "Data model"): the side panel,
 * the report and outside tools read it from the `seller-sos` IndexedDB database.
 */
export const SIGNAL_KINDS = ['banner', 'stuck-order', 'failed-load', 'console-error', 'network-error', 'slow-page', 'diagnostic'] as const;
export const signalKindSchema = z.enum(SIGNAL_KINDS);
export type SignalKind = z.infer<typeof signalKindSchema>;

export const SEVERITIES = ['info', 'warning', 'error', 'critical'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}

/** Details are small, flat and kind-specific; strings are capped so a page cannot bloat the DB. */
const detailValue = z.union([z.string().check(z.maxLength(2000)), z.number(), z.boolean(), z.null()]);
export const signalDetailsSchema = z
  .record(z.string().check(z.maxLength(64)), detailValue)
  .check(z.refine((value) => Object.keys(value).length <= 32, { message: 'at most 32 detail fields' }));
export type SignalDetails = z.infer<typeof signalDetailsSchema>;

/** What a content script reports: a signal before it is stored and grouped. */
export const signalDraftSchema = z.object({
  kind: signalKindSchema,
  severity: severitySchema,
  message: z.string().check(z.minLength(1), z.maxLength(2000)),
  fingerprint: z.string().check(z.minLength(1), z.maxLength(200)),
  /** Redacted page URL where it was seen. */
  url: z.string().check(z.maxLength(2000)),
  at: z.number().check(z.int(), z.nonnegative()),
  /** How many times it happened since the last report (flood coalescing). */
  count: z._default(z.number().check(z.int(), z.positive(), z.maximum(1_000_000)), 1),
  /** Still showing on the page (a banner, a spinner, a stuck order row); false for events. */
  live: z._default(z.boolean(), false),
  details: z._default(signalDetailsSchema, {}),
});
export type SignalDraft = z.infer<typeof signalDraftSchema>;
export type SignalDraftInput = z.input<typeof signalDraftSchema>;

/** A stored signal: table `signals` of the `seller-sos` database. */
export interface Signal extends Omit<SignalDraft, 'at' | 'live'> {
  id?: number;
  incidentId: number;
  tabId: number;
  /** One page load (or SPA session) of a tab: the badge counts faults of the current one. */
  pageId: string;
  platform: Platform;
  host: string;
  firstAt: number;
  lastAt: number;
  /** Set when the page stopped showing it (banner removed, spinner resolved, page left). */
  clearedAt: number | null;
}

export const INCIDENT_STATUSES = ['open', 'resolved'] as const;
export interface Incident {
  id?: number;
  tabId: number;
  platform: Platform;
  host: string;
  region: string;
  shopId: string | null;
  openedAt: number;
  lastAt: number;
  status: (typeof INCIDENT_STATUSES)[number];
  /** Highest severity among its signals. */
  severity: Severity;
  /** Distinct signals (not occurrences). */
  signalCount: number;
  title: string;
  pinned: boolean;
  resolvedAt: number | null;
}

/** Signals within this gap of the incident's last signal, same tab and platform, join it. */
export const INCIDENT_WINDOW_MS = 30 * 60 * 1000;

// Fingerprints are made page-side too: they live in a module without zod (lib/fingerprint.ts).
export { fingerprintOf, fingerprintOfId, hashText, normaliseForFingerprint } from './fingerprint';
