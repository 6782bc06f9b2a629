import type { Capture, ChecklistStep } from '../db';
import { redactText } from '../redact';
import type { Platform } from '../rules/types';
import { SIGNAL_KINDS, type Incident, type Signal, type SignalKind } from '../signals';

/**
 * The side panel's timeline: signals, evidence captures and checklist steps of one tab or one
 * incident, merged into one chronological list, filtered by platform and kind and grouped by day.
 * Pure functions over rows of the `seller-sos` database; the side panel reads the rows live.
 */

/** What the kind filter offers: every signal kind, then captures and checklist steps. */
export const TIMELINE_KINDS = [...SIGNAL_KINDS, 'capture', 'step'] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export function isTimelineKind(value: unknown): value is TimelineKind {
  return typeof value === 'string' && (TIMELINE_KINDS as readonly string[]).includes(value);
}

/** Newest first: during an outage what just happened (did the banner come back after the refresh?) is what the seller looks for. */
export type TimelineOrder = 'newest-first' | 'oldest-first';

/** Longest text an entry shows; the full message stays in the evidence and the report. */
export const ENTRY_TEXT_MAX = 180;

interface EntryBase {
  /** Stable across re-reads, for React keys and deep links in tests. */
  key: string;
  at: number;
  platform: Platform | null;
  incidentId: number | null;
  /** Redacted, whitespace folded, at most ENTRY_TEXT_MAX characters. Rendered as text only. */
  text: string;
}

/** A signal's first sighting, or its latest repeat (with how many times it happened in all). */
export interface SignalEntry extends EntryBase {
  type: 'signal';
  kind: SignalKind;
  phase: 'first' | 'repeat';
  signal: Signal;
}

export interface CaptureEntry extends EntryBase {
  type: 'capture';
  kind: 'capture';
  capture: Capture;
}

export interface StepEntry extends EntryBase {
  type: 'step';
  kind: 'step';
  step: ChecklistStep;
}

/** Where an incident began: a marker among a tab's entries, shown only while any of its entries is. */
export interface IncidentStartEntry extends EntryBase {
  type: 'incident';
  kind: null;
  incident: Incident & { id: number };
}

export type TimelineEntry = SignalEntry | CaptureEntry | StepEntry | IncidentStartEntry;
/** Entries the filters act on (incident markers follow their entries). */
export type FilterableEntry = SignalEntry | CaptureEntry | StepEntry;

export interface TimelineRows {
  signals: readonly Signal[];
  captures: readonly Capture[];
  steps: readonly ChecklistStep[];
  /** The incidents the rows belong to: they give a step without a platform its platform, and mark where each began. */
  incidents?: readonly Incident[];
}

/**
 * Redacted texts by their original. Every write to the database re-runs the live query and
 * rebuilds the timeline, while the texts stay the same: redaction (tens of µs a text) is done
 * once per text, not once per rebuild. Bounded, oldest forgotten first.
 */
const redactedTexts = new Map<string, string>();
const REDACTED_TEXTS_KEPT = 5000;

function redactedOnce(text: string): string {
  let redacted = redactedTexts.get(text);
  if (redacted === undefined) {
    redacted = redactText(text);
    if (redactedTexts.size >= REDACTED_TEXTS_KEPT) redactedTexts.delete(redactedTexts.keys().next().value!);
    redactedTexts.set(text, redacted);
  }
  return redacted;
}

/** Page text made safe and short for one line of the timeline (stored texts are redacted already; this is the second line of defence). */
export function shortText(text: string, max = ENTRY_TEXT_MAX): string {
  const folded = redactedOnce(text).replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  return `${folded.slice(0, max - 1).trimEnd()}…`;
}

/** Order of entry types at the same millisecond: the fault, then what was done about it, then its evidence. */
const TYPE_RANK: Readonly<Record<TimelineEntry['type'], number>> = { incident: 0, signal: 1, step: 2, capture: 3 };

function compareOldestFirst(a: TimelineEntry, b: TimelineEntry): number {
  return a.at - b.at || TYPE_RANK[a.type] - TYPE_RANK[b.type] || a.key.localeCompare(b.key, 'en', { numeric: true });
}

/** One signal's entries: when it was first seen, and when it was last seen if it happened again later. */
export function signalEntries(signal: Signal): SignalEntry[] {
  const id = signal.id ?? `${signal.pageId}:${signal.fingerprint}`;
  const base = { kind: signal.kind, platform: signal.platform, incidentId: signal.incidentId ?? null, signal, text: shortText(signal.message) };
  const first: SignalEntry = { ...base, type: 'signal', key: `signal:${id}:first`, at: signal.firstAt, phase: 'first' };
  if (signal.count <= 1 || signal.lastAt <= signal.firstAt) return [first];
  return [first, { ...base, type: 'signal', key: `signal:${id}:repeat`, at: signal.lastAt, phase: 'repeat' }];
}

function captureEntry(capture: Capture): CaptureEntry {
  const banner = capture.bannerTexts.find((text) => text.trim() !== '');
  return {
    type: 'capture',
    kind: 'capture',
    key: `capture:${capture.id ?? capture.key}`,
    at: capture.at,
    platform: capture.platform,
    incidentId: capture.incidentId,
    capture,
    text: shortText(banner ?? capture.title),
  };
}

function stepEntry(step: ChecklistStep, incidentPlatforms: ReadonlyMap<number, Platform>): StepEntry {
  const error = step.details.error;
  return {
    type: 'step',
    kind: 'step',
    key: `step:${step.id ?? `${step.at}:${step.step}`}`,
    at: step.at,
    platform: step.platform ?? (step.incidentId !== null ? (incidentPlatforms.get(step.incidentId) ?? null) : null),
    incidentId: step.incidentId,
    step,
    text: typeof error === 'string' ? shortText(error) : '',
  };
}

function incidentEntry(incident: Incident & { id: number }): IncidentStartEntry {
  return { type: 'incident', kind: null, key: `incident:${incident.id}`, at: incident.openedAt, platform: incident.platform, incidentId: incident.id, incident, text: shortText(incident.title) };
}

/**
 * Every row as timeline entries, in the chosen order. Incident markers are added only when the
 * rows span more than one incident (one incident's own timeline needs no marker of itself).
 */
export function buildTimeline(rows: TimelineRows, order: TimelineOrder = 'newest-first'): TimelineEntry[] {
  const incidents = (rows.incidents ?? []).filter((incident): incident is Incident & { id: number } => typeof incident.id === 'number');
  const platforms = new Map(incidents.map((incident) => [incident.id, incident.platform]));
  const entries: TimelineEntry[] = [...rows.signals.flatMap(signalEntries), ...rows.captures.map(captureEntry), ...rows.steps.map((step) => stepEntry(step, platforms))];
  const used = new Set(entries.map((entry) => entry.incidentId));
  const shownIncidents = incidents.filter((incident) => used.has(incident.id));
  if (shownIncidents.length > 1) entries.push(...shownIncidents.map(incidentEntry));
  entries.sort(compareOldestFirst);
  return order === 'newest-first' ? entries.reverse() : entries;
}

/** Empty lists mean "every platform" and "every kind". */
export interface TimelineFilter {
  platforms: readonly Platform[];
  kinds: readonly TimelineKind[];
}

export function isFiltering(filter: TimelineFilter): boolean {
  return filter.platforms.length > 0 || filter.kinds.length > 0;
}

function passes(entry: FilterableEntry, filter: TimelineFilter): boolean {
  if (filter.kinds.length > 0 && !filter.kinds.includes(entry.kind)) return false;
  // An entry of no known platform (a step recorded off any back-office) only shows unfiltered.
  if (filter.platforms.length > 0 && (entry.platform === null || !filter.platforms.includes(entry.platform))) return false;
  return true;
}

/** The entries the filter lets through, order kept; an incident marker stays while any of its entries does. */
export function filterTimeline(entries: readonly TimelineEntry[], filter: TimelineFilter): TimelineEntry[] {
  const kept = entries.filter((entry) => entry.type === 'incident' || passes(entry, filter));
  const live = new Set(kept.filter((entry) => entry.type !== 'incident').map((entry) => entry.incidentId));
  return kept.filter((entry) => entry.type !== 'incident' || live.has(entry.incidentId));
}

/** How many entries (markers aside) of each kind and each platform, for the filter buttons. */
export interface TimelineCounts {
  kinds: Map<TimelineKind, number>;
  platforms: Map<Platform, number>;
  total: number;
}

export function countTimeline(entries: readonly TimelineEntry[]): TimelineCounts {
  const kinds = new Map<TimelineKind, number>();
  const platforms = new Map<Platform, number>();
  let total = 0;
  for (const entry of entries) {
    if (entry.type === 'incident') continue;
    total += 1;
    kinds.set(entry.kind, (kinds.get(entry.kind) ?? 0) + 1);
    if (entry.platform !== null) platforms.set(entry.platform, (platforms.get(entry.platform) ?? 0) + 1);
  }
  return { kinds, platforms, total };
}

/** Entries of one calendar day in the seller's time zone; `day` is that day's local midnight. */
export interface TimelineDay {
  /** "2026-11-22", local. */
  id: string;
  day: number;
  entries: TimelineEntry[];
}

function localDayStart(at: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
}

function localDayId(dayStart: number): string {
  const date = new Date(dayStart);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Consecutive entries of the same local day together, in the order given. */
export function groupByDay(entries: readonly TimelineEntry[]): TimelineDay[] {
  const days: TimelineDay[] = [];
  for (const entry of entries) {
    const day = localDayStart(entry.at);
    const last = days.at(-1);
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ id: localDayId(day), day, entries: [entry] });
  }
  return days;
}

/** Whole days between two local midnights (DST-safe): 0 today, 1 yesterday. */
export function daysAgo(day: number, now: number): number {
  return Math.round((localDayStart(now) - localDayStart(day)) / 86_400_000);
}
