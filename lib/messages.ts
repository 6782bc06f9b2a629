import * as z from 'zod/mini';
import { signalDraftSchema } from './signals';

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

export const contentToBackgroundSchema = z.discriminatedUnion('type', [
  openSidePanelSchema,
  pageHelloSchema,
  signalsReportSchema,
  signalsClearedSchema,
  ordersSeenSchema,
  pageTimingSchema,
]);
export type ContentToBackground = z.infer<typeof contentToBackgroundSchema>;
export type ContentToBackgroundInput = z.input<typeof contentToBackgroundSchema>;

// ---------------------------------------------------------------- extension pages (popup, side panel, options) → background

export const tabStateRequestSchema = z.object({ type: z.literal('ui/tab-state'), tabId: z.number().check(z.int()) });

export const uiToBackgroundSchema = z.discriminatedUnion('type', [tabStateRequestSchema]);
export type UiToBackground = z.infer<typeof uiToBackgroundSchema>;

export const tabStateSchema = z.object({
  tabId: z.number(),
  platform: z.nullable(z.enum(['ozon', 'shopee', 'amazon'])),
  host: z.nullable(z.string()),
  region: z.nullable(z.string()),
  openFaults: z.number(),
  incidentId: z.nullable(z.number()),
});
export type TabState = z.infer<typeof tabStateSchema>;

/** Formats a zod failure for logs: which field, what was wrong; never the (untrusted) value. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
