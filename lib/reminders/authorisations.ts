import { z } from 'zod';
import { PLATFORMS, type Platform } from '../rules/types';

/**
 * App and integration authorisations the seller registers so Seller SOS can remind them before
 * they lapse. The lifetimes are the platforms' own (../shared/platform-facts.md, "Authorisation
 * lifetimes"):
 * - Amazon: a seller must re-authorise a public SP-API app every 365 days.
 * - Shopee: the seller picks 7, 30, 90, 180 or 365 days (or a date within 365 days) when
 *   authorising an Open Platform app; Shopee itself only notices 7 days before.
 * - Ozon: Client-Id + Api-Key have no documented expiry, so the seller sets their own review date.
 * Anything else (an ERP, a repricer) is a custom date.
 */
export const AUTHORISATION_KINDS = ['amazon-sp-api', 'shopee-open-platform', 'ozon-api-key', 'custom'] as const;
export type AuthorisationKind = (typeof AUTHORISATION_KINDS)[number];

export const DAY_MS = 24 * 60 * 60 * 1000;
export const AMAZON_REAUTHORISATION_DAYS = 365;
export const SHOPEE_PERIOD_DAYS = [7, 30, 90, 180, 365] as const;
/** Reminders before each expiry, in days. */
export const REMINDER_OFFSET_DAYS = [30, 7, 1] as const;

/** One registered authorisation: table `authorisations` (v4). */
export interface Authorisation {
  id?: number;
  platform: Platform;
  kind: AuthorisationKind;
  /** The seller's own name for it ("SP-API for MyERP"), redacted of nothing: the seller typed it. */
  label: string;
  /** When it was granted (start of the period), or null for a custom date. */
  grantedAt: number | null;
  /** When it lapses; reminders come 30, 7 and 1 days before. */
  expiresAt: number;
  createdAt: number;
}

/** The kinds that fit a platform: its own app authorisation first, then a custom date. */
export function kindsFor(platform: Platform): AuthorisationKind[] {
  return platform === 'amazon' ? ['amazon-sp-api', 'custom'] : platform === 'shopee' ? ['shopee-open-platform', 'custom'] : ['ozon-api-key', 'custom'];
}

const dateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

/** What the options page's form sends: dates as typed (yyyy-mm-dd, the seller's local day). */
export const authorisationInputSchema = z.object({
  platform: z.enum(PLATFORMS),
  kind: z.enum(AUTHORISATION_KINDS),
  label: z.string().trim().min(1, 'label').max(80, 'label'),
  /** Amazon and Shopee: the day it was granted. */
  grantedOn: z.optional(dateText),
  /** Shopee: the period chosen when authorising. */
  periodDays: z.optional(z.number().int()),
  /** Ozon and custom: the day it lapses (or should be reviewed). */
  expiresOn: z.optional(dateText),
});
export type AuthorisationInput = z.infer<typeof authorisationInputSchema>;

export type AuthorisationField = 'label' | 'grantedOn' | 'periodDays' | 'expiresOn' | 'kind';
export type AuthorisationCheck = { ok: true; authorisation: Omit<Authorisation, 'id'> } | { ok: false; fields: Partial<Record<AuthorisationField, string>> };

/** yyyy-mm-dd → local midnight, or NaN for a day that does not exist (2026-02-30). */
export function parseDay(text: string | undefined): number {
  const match = text ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(text) : null;
  if (!match) return Number.NaN;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date.getTime() : Number.NaN;
}

/** Local calendar arithmetic, so "365 days later" is the same clock time across a DST change. */
function addDays(at: number, days: number): number {
  const date = new Date(at);
  date.setDate(date.getDate() + days);
  return date.getTime();
}

/**
 * Checks the form and works out the expiry. Every refused field gets a code the page words
 * ('required', 'date', 'future', 'period', 'too-far', 'label', 'kind'); nothing is stored then.
 */
export function checkAuthorisation(raw: unknown, now: number): AuthorisationCheck {
  const parsed = authorisationInputSchema.safeParse(raw);
  if (!parsed.success) {
    const fields: Partial<Record<AuthorisationField, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'label') as AuthorisationField;
      fields[field] ??= field === 'label' ? 'label' : field === 'kind' || field === ('platform' as AuthorisationField) ? 'kind' : 'date';
    }
    return { ok: false, fields };
  }
  const input = parsed.data;
  if (!kindsFor(input.platform).includes(input.kind)) return { ok: false, fields: { kind: 'kind' } };
  const fields: Partial<Record<AuthorisationField, string>> = {};
  let grantedAt: number | null = null;
  let expiresAt = Number.NaN;
  if (input.kind === 'amazon-sp-api' || input.kind === 'shopee-open-platform') {
    grantedAt = parseDay(input.grantedOn);
    if (!input.grantedOn) fields.grantedOn = 'required';
    else if (Number.isNaN(grantedAt)) fields.grantedOn = 'date';
    // Granted "today" is fine whatever the hour; tomorrow is a typing mistake.
    else if (grantedAt > addDays(now, 1)) fields.grantedOn = 'future';
    const period = input.kind === 'amazon-sp-api' ? AMAZON_REAUTHORISATION_DAYS : input.periodDays;
    if (input.kind === 'shopee-open-platform' && !(SHOPEE_PERIOD_DAYS as readonly number[]).includes(period ?? -1)) fields.periodDays = 'period';
    if (!fields.grantedOn && !fields.periodDays && period !== undefined) expiresAt = addDays(grantedAt, period);
  } else {
    expiresAt = parseDay(input.expiresOn);
    if (!input.expiresOn) fields.expiresOn = 'required';
    else if (Number.isNaN(expiresAt)) fields.expiresOn = 'date';
    else if (expiresAt > addDays(now, 10 * 366)) fields.expiresOn = 'too-far';
  }
  if (Object.keys(fields).length) return { ok: false, fields };
  return { ok: true, authorisation: { platform: input.platform, kind: input.kind, label: input.label, grantedAt, expiresAt, createdAt: now } };
}

/** Stored rows as read back (a backup, an outside tool): only valid ones get reminders. */
export const storedAuthorisationSchema = z.object({
  id: z.number().int().positive(),
  platform: z.enum(PLATFORMS),
  kind: z.enum(AUTHORISATION_KINDS),
  label: z.string().max(200),
  grantedAt: z.number().nullable(),
  expiresAt: z.number().finite(),
  createdAt: z.number(),
});
