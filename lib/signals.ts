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
