import { z } from 'zod';

/**
 * The shape of one platform's rules file (rules/<platform>.ts).
 *
 * Rules are data, not code: everything that differs between Ozon, Shopee and Amazon lives
 * here so that detectors never name a platform. The build validates every rules file with
 * this schema (see lib/rules/validate.ts) and fails with the rule and field named.
 */

import { DATE_FORMATS, ERROR_MEANINGS, ORDER_STAGES, PLATFORMS } from './types';
export { DATE_FORMATS, ERROR_MEANINGS, ORDER_STAGES, PLATFORMS };
export const platformSchema = z.enum(PLATFORMS);
export type { Platform } from './types';

/** Where an order is in its life: only pre-shipment and unpaid orders can be "stuck". */
export const orderStageSchema = z.enum(ORDER_STAGES);
export type OrderStage = z.infer<typeof orderStageSchema>;

const hostName = z
  .string()
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'a bare lower-case host name such as seller.ozon.ru');

const regexSource = z.string().min(1).refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

const dateFormatsSchema = z.array(z.enum(DATE_FORMATS)).min(1);

export const hostRuleSchema = z.object({
  host: hostName,
  /** ISO 3166 country code of the marketplace, or a centre name such as "CN-cross-border". */
  region: z.string().min(2),
  /** The back-office UI language on that host (BCP 47). */
  language: z.string().min(2),
  /** "Unverified" hosts come from third-party code only (platform-facts.md). */
  verified: z.boolean().optional(),
  /** This marketplace's own date formats, when they differ from the platform's (11/05 is May in Europe). */
  dateFormats: dateFormatsSchema.optional(),
});

export const statusRuleSchema = z.object({
  /** The platform's own status code, e.g. awaiting_packaging, READY_TO_SHIP, Unshipped. */
  id: z.string().min(1),
  stage: orderStageSchema,
  /** Every label the back-office shows for this status, in every UI language seen. */
  labels: z.array(z.string().min(1)).min(1),
});

export const errorCodeRuleSchema = z.object({
  /** The code as it appears in a JSON error body ("8", "QuotaExceeded", "error_auth"). */
  code: z.string().min(1),
  meaning: z.enum(ERROR_MEANINGS),
  note: z.string().min(1),
});

export const platformRulesSchema = z.object({
  platform: platformSchema,
  displayName: z.string().min(1),
  hosts: z.array(hostRuleSchema).min(1),
  /** Public status or announcement page: the diagnosis links to it. */
  statusPage: z.object({ url: z.url(), kind: z.enum(['status', 'announcements']) }),
  orderId: z.object({
    /** Matches one order id inside visible text; anchored by word boundaries in the rule. */
    pattern: regexSource,
    example: z.string().min(1),
  }),
  statuses: z.array(statusRuleSchema).min(1),
  /** Text that labels a ship-by / pack-by deadline next to a date ("Ship by", «Собрать до»). */
  deadlineLabels: z.array(z.string().min(1)).min(1),
  /** Text that labels when the order was placed, for the payment window ("Order date"). */
  orderDateLabels: z.array(z.string().min(1)),
  /** The order id starts with the order's date as YYMMDD (Shopee order SNs). */
  orderIdStartsWithDate: z.boolean(),
  /** Date formats the back-office prints, most likely first (see lib/dates.ts). */
  dateFormats: dateFormatsSchema,
  /** How long an order may stay unpaid before the platform cancels it. */
  paymentWindowHours: z.number().positive(),
  /** Paths of the back-office's own data calls; failures elsewhere (analytics, ads) are ignored. */
  apiPaths: z.array(regexSource).min(1),
  /** Paths of the orders pages, where "no order could be read" is worth a diagnostic. */
  orderPages: z.array(regexSource).min(1),
  /** Paths where the seller is signed out: a failed-auth page, not a fault of the page. */
  signInPages: z.array(regexSource).min(1),
  errorCodes: z.array(errorCodeRuleSchema).min(1),
  /** Where the page shows the shop id (text after one of these labels). */
  shopIdLabels: z.array(z.string().min(1)).min(1),
  /** Attributes or text labels that mark buyer personal data (used by masking and redaction). */
  piiLabels: z.array(z.string().min(1)).min(1),
  /** How long an order normally stays in a pre-shipment status before it looks stuck. */
  normalStatusHours: z.number().positive(),
  /** Authorisation lifetimes, for reminders. */
  authorisation: z.object({
    appReauthoriseDays: z.number().positive().nullable(),
    accessTokenMinutes: z.number().positive().nullable(),
    note: z.string().min(1),
  }),
});

export type PlatformRules = z.infer<typeof platformRulesSchema>;
