import * as z from 'zod/mini';
import { CHECKLIST_STEP_IDS, STEP_OUTCOMES } from './checklist/steps';
import { ROOT_CAUSES } from './postmortem/types';
import { PLATFORMS } from './rules/types';
import { signalDetailsSchema, signalDraftSchema } from './signals';

/**
 * Every message that crosses a boundary, typed by direction and validated with zod (the
 * `zod/mini` build, so page-side bundles stay small). Nothing is trusted because of where it
 * came from: the page can forge page messages, and a compromised page can send anything a
 * content script can.
 */

const shortText = (max: number) => z.string().check(z.maxLength(max));
const timestamp = z.number().check(z.int(), z.nonnegative());

// ---------------------------------------------------------------- page (main world) → content script, and page settings

export * from './messages-content';

// ---------------------------------------------------------------- content script → background

export const pageHelloSchema = z.object({
  type: z.literal('page/hello'),
  pageId: shortText(64),
  url: shortText(2000),
  title: shortText(300),
  shopId: z.nullable(shortText(100)),
});

/** At document_start: the page asks for its host's rules and words (lib/background/page-rules-answer.ts). */
export const pageRulesRequestSchema = z.object({
  type: z.literal('page/rules'),
  /** The page's and the browser's languages (BCP 47), hints for the words to send. */
  languages: z.array(shortText(35)).check(z.maxLength(20)),
});

export const signalsReportSchema = z.object({
  type: z.literal('signals/report'),
  pageId: shortText(64),
  signals: z.array(signalDraftSchema).check(z.minLength(1), z.maxLength(200)),
});

export const signalsClearedSchema = z.object({
  type: z.literal('signals/cleared'),
  pageId: shortText(64),
  fingerprints: z.array(shortText(200)).check(z.minLength(1), z.maxLength(500)),
  at: timestamp,
});

export const orderSightingSchema = z.object({
  orderId: shortText(64),
  statusId: shortText(64),
  statusLabel: shortText(200),
  /** 'list' when read from a list of orders, 'detail' from a single order's page. */
  view: z.enum(['list', 'detail']),
});
export type OrderSighting = z.infer<typeof orderSightingSchema>;

export const ordersSeenSchema = z.object({
  type: z.literal('orders/seen'),
  pageId: shortText(64),
  url: shortText(2000),
  orders: z.array(orderSightingSchema).check(z.maxLength(5000)),
  at: timestamp,
});

export const pageTimingSchema = z.object({
  type: z.literal('page/timing'),
  pageId: shortText(64),
  url: shortText(2000),
  /** A path template (ids replaced) so "this page" means the same page across orders. */
  pathKey: shortText(300),
  loadMs: z.number().check(z.nonnegative(), z.maximum(3_600_000)),
  at: timestamp,
});

/** The overlay's "Open side panel" button. */
export const openSidePanelSchema = z.object({
  type: z.literal('overlay/open-side-panel'),
  pageId: shortText(64),
});

/** The overlay's "Capture evidence" button (a trusted click in the page; see lib/overlay). */
export const overlayCaptureSchema = z.object({
  type: z.literal('overlay/capture'),
  pageId: shortText(64),
  key: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
});

/** The overlay needs its list and markers: the background injects them into the tab (lib/overlay/parts-provider.ts). */
export const overlayLoadSchema = z.object({
  type: z.literal('overlay/load'),
  pageId: shortText(64),
});

export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  openSidePanelSchema,
  overlayLoadSchema,
  overlayCaptureSchema,
  pageHelloSchema,
  pageRulesRequestSchema,
  signalsReportSchema,
  signalsClearedSchema,
  ordersSeenSchema,
  pageTimingSchema,
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;
export type ContentToBackgroundInput = z.input<typeof contentToBackgroundSchema>;

// ---------------------------------------------------------------- extension pages (popup, side panel, options) → background

export const tabStateRequestSchema = z.object({ type: z.literal('ui/tab-state'), tabId: z.number().check(z.int()) });

/**
 * "Capture evidence" from the popup or the side panel (lib/capture/client.ts). `key` is made by
 * the requesting page and resent unchanged when it retries, so a capture is stored once even when
 * the service worker is stopped in the middle (lib/background/capture.ts).
 */
export const captureRequestSchema = z.object({
  type: z.literal('capture/request'),
  key: z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/)),
  tabId: z.number().check(z.int(), z.nonnegative()),
  trigger: z.enum(['popup', 'sidepanel']),
  /** Hide personal data on the page for this screenshot; absent: the seller's default setting. */
  mask: z.optional(z.boolean()),
});
export type CaptureRequestMessage = z.infer<typeof captureRequestSchema>;

// ---------------------------------------------------------------- guided checklist and stop-gap tools (popup, shipment log → background)

const tabIdField = z.number().check(z.int(), z.nonnegative());

/**
 * One checklist action or tick (lib/checklist/steps.ts). The background stores it in the tab's
 * current incident, making one when the tab has none (lib/background/checklist.ts), and answers
 * `{ ok: true, stepId, incidentId }`.
 */
export const checklistRecordSchema = z.object({
  type: z.literal('checklist/record'),
  tabId: tabIdField,
  step: z.enum(CHECKLIST_STEP_IDS),
  outcome: z.enum(STEP_OUTCOMES),
  details: z._default(signalDetailsSchema, {}),
});
export type ChecklistRecordMessage = z.input<typeof checklistRecordSchema>;

/**
 * "Clear this back-office's cache and cookies": the background removes the data of the tab's own
 * back-office origin only (lib/checklist/site-data.ts), records the step and reloads the tab. The
 * site comes from the tab's real URL, never from the message.
 */
export const clearSiteDataSchema = z.object({ type: z.literal('checklist/clear-site-data'), tabId: tabIdField });

/** The network check: the background measures the tab's platform and the two neutral hosts and records the figures. */
export const networkCheckSchema = z.object({ type: z.literal('checklist/network-check'), tabId: tabIdField });

/** A shipment made while the back-office would not take it (lib/shipments/validate.ts checks it again in the background). */
export const shipmentEntrySchema = z.object({
  platform: z.enum(PLATFORMS),
  orderId: shortText(64),
  buyerReference: shortText(200),
  carrier: shortText(100),
  trackingNumber: shortText(64),
  shippedAt: timestamp,
});
export const shipmentAddSchema = z.object({ type: z.literal('shipments/add'), entry: shipmentEntrySchema });
export const shipmentBackfilledSchema = z.object({
  type: z.literal('shipments/backfilled'),
  ids: z.array(z.number().check(z.int(), z.positive())).check(z.minLength(1), z.maxLength(5000)),
  backfilled: z.boolean(),
});
export const shipmentDeleteSchema = z.object({ type: z.literal('shipments/delete'), id: z.number().check(z.int(), z.positive()) });

/** Answers of the checklist's and the shipment log's messages: what happened, or why not. */
export type ChecklistAnswer =
  | { ok: true; stepId: number; incidentId: number | null }
  | { ok: false; error: 'not-back-office' | 'permission-needed' | 'tab-closed' | 'no-answer' | 'failed'; message: string };
export type ShipmentAnswer = { ok: true; id?: number } | { ok: false; error: 'invalid' | 'duplicate' | 'not-found' | 'no-answer' | 'failed'; fields?: Record<string, string>; message: string };

// ---------------------------------------------------------------- prevention and review (options page, side panel → background)

/** Register an authorisation for renewal reminders; `input` is checked by lib/reminders/authorisations.ts. */
export const authorisationAddSchema = z.object({ type: z.literal('authorisations/add'), input: z.record(z.string().check(z.maxLength(32)), z.unknown()) });
export const authorisationDeleteSchema = z.object({ type: z.literal('authorisations/delete'), id: z.number().check(z.int(), z.positive()) });
export type AuthorisationAnswer = { ok: true; id: number } | { ok: false; fields: Record<string, string> };
/** Recompute the reminder alarms: a page changed their stored data itself (a backup's import). */
export const remindersSyncSchema = z.object({ type: z.literal('reminders/sync') });

/** "Mark resolved" with the post-mortem (lib/background/postmortems.ts); the background reads the incident itself. */
export const postmortemResolveSchema = z.object({
  type: z.literal('postmortem/resolve'),
  incidentId: z.number().check(z.int(), z.positive()),
  cause: z.enum(ROOT_CAUSES),
  fixId: z.nullable(shortText(100)),
  fixText: shortText(500),
  note: shortText(1000),
});
export type PostmortemResolveMessage = z.infer<typeof postmortemResolveSchema>;
export type PostmortemAnswer = { ok: true; id: number } | { ok: false; error: 'not-found' | 'fix-missing' | 'failed'; message: string };

export const uiToBackgroundSchema = z.discriminatedUnion('type', [
  authorisationAddSchema,
  authorisationDeleteSchema,
  remindersSyncSchema,
  postmortemResolveSchema,
  tabStateRequestSchema,
  captureRequestSchema,
  checklistRecordSchema,
  clearSiteDataSchema,
  networkCheckSchema,
  shipmentAddSchema,
  shipmentBackfilledSchema,
  shipmentDeleteSchema,
]);
export type UiToBackground = z.infer<typeof uiToBackgroundSchema>;
export type ChecklistMessage = Extract<UiToBackground, { type: `checklist/${string}` }>;
export type ShipmentMessage = Extract<UiToBackground, { type: `shipments/${string}` }>;

export const tabStateSchema = z.object({
  tabId: z.number(),
  platform: z.nullable(z.enum(['ozon', 'shopee', 'amazon'])),
  host: z.nullable(z.string()),
  region: z.nullable(z.string()),
  openFaults: z.number(),
  incidentId: z.nullable(z.number()),
});
export type TabState = z.infer<typeof tabStateSchema>;

// ---------------------------------------------------------------- evidence capture: answers

/** The content script's answer to capture/prepare (lib/content/mask-channel.ts). */
export const capturePreparedSchema = z.object({ token: shortText(100), masked: z.number().check(z.int(), z.nonnegative()) });
/** The content script's answer to capture/finish: `intact` is false when the page had already restored itself. */
export const captureFinishedSchema = z.object({ token: shortText(100), intact: z.boolean() });

/** Why a capture was stored without a screenshot, or why nothing was stored (lib/capture/notes.ts). */
export const CAPTURE_NOTES = ['permission-needed', 'tab-hidden', 'mask-failed', 'browser-refused', 'page-changed', 'storage-full', 'interrupted', 'tab-closed'] as const;
export const CAPTURE_ERRORS = ['not-back-office', 'tab-closed', 'storage-failed', 'no-answer'] as const;

/** What the background answers to capture/request, and what requestCapture() resolves to. */
export const captureOutcomeSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    key: z.string(),
    captureId: z.number().check(z.int(), z.positive()),
    /** False when the capture was kept without a screenshot; `note` says why. */
    screenshot: z.boolean(),
    note: z.nullable(z.enum(CAPTURE_NOTES)),
  }),
  z.object({
    ok: z.literal(false),
    key: z.string(),
    error: z.enum(CAPTURE_ERRORS),
    /** English, for logs; pages show the i18n message of `error` (lib/capture/notes.ts). */
    message: z.string(),
  }),
]);
export type CaptureOutcome = z.infer<typeof captureOutcomeSchema>;
export type CaptureNote = (typeof CAPTURE_NOTES)[number];
export type CaptureError = (typeof CAPTURE_ERRORS)[number];

/** Formats a zod failure for logs: which field, what was wrong; never the (untrusted) value. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
