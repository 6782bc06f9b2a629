import * as z from 'zod/mini';
import type { ManualShipment } from '../db';
import { PLATFORM_RULES } from '../rules/catalog';
import type { Platform } from '../rules/types';

/**
 * The stop-gap shipment log's entries, checked before they are kept: the order number must have
 * the platform's order-id format (rules/*.ts `orderId`, e.g. Ozon 23713478-0018-3, Shopee
 * 221122ABCD1234, Amazon 123-1234567-1234567), a carrier and a tracking number are needed for
 * back-filling, and the ship time cannot be in the future. Values are normalised the way the
 * back-offices show them (trimmed; order and tracking numbers upper-case, without spaces).
 */

export const SHIPMENT_FIELDS = ['orderId', 'buyerReference', 'carrier', 'trackingNumber', 'shippedAt'] as const;
export type ShipmentField = (typeof SHIPMENT_FIELDS)[number];

/** Why a field was refused; the pages show `shipmentError<Code>` (public/_locales). */
export const SHIPMENT_ERRORS = ['required', 'order-id-format', 'too-long', 'tracking-format', 'in-future', 'too-old', 'invalid-date'] as const;
export type ShipmentError = (typeof SHIPMENT_ERRORS)[number];

/** A ship time may be this far ahead of the clock (clocks of phone and computer differ). */
export const FUTURE_TOLERANCE_MS = 10 * 60 * 1000;
/** Older than this is a typo in the year, not an outage. */
export const MAX_AGE_MS = 366 * 24 * 60 * 60 * 1000;

/** What the seller types for one shipment: a `shipments` row before it is stored. */
export type ShipmentInput = Pick<ManualShipment, 'platform' | 'orderId' | 'buyerReference' | 'carrier' | 'trackingNumber' | 'shippedAt'>;

/** The platform's whole-value order-id pattern (the rules' pattern finds ids inside text). */
export function orderIdPattern(platform: Platform): RegExp {
  return new RegExp(`^(?:${PLATFORM_RULES[platform].orderId.pattern})$`);
}

export function orderIdExample(platform: Platform): string {
  return PLATFORM_RULES[platform].orderId.example;
}

const compact = (value: string) => value.replace(/\s+/g, '').toUpperCase();

export function shipmentSchema(platform: Platform, now: number) {
  const required = (max: number) => z.string().check(z.trim(), z.minLength(1, { error: 'required' }), z.maxLength(max, { error: 'too-long' }));
  return z.object({
    platform: z.literal(platform),
    orderId: z.pipe(
      z.pipe(z.string(), z.transform(compact)),
      z.string().check(z.minLength(1, { error: 'required' }), z.regex(orderIdPattern(platform), { error: 'order-id-format' })),
    ),
    buyerReference: z.string().check(z.trim(), z.maxLength(200, { error: 'too-long' })),
    carrier: required(100),
    trackingNumber: z.pipe(
      z.pipe(z.string(), z.transform(compact)),
      z.string().check(
        z.minLength(1, { error: 'required' }),
        z.maxLength(64, { error: 'too-long' }),
        z.regex(/^[A-Z0-9][A-Z0-9-]{3,63}$/, { error: 'tracking-format' }),
      ),
    ),
    shippedAt: z.number({ error: 'invalid-date' }).check(
      z.refine((value) => Number.isFinite(value), { error: 'invalid-date', abort: true }),
      z.maximum(now + FUTURE_TOLERANCE_MS, { error: 'in-future' }),
      z.minimum(now - MAX_AGE_MS, { error: 'too-old' }),
    ),
  });
}

export type ShipmentValidation = { ok: true; value: ShipmentInput } | { ok: false; errors: Partial<Record<ShipmentField, ShipmentError>> };

/** Checks and normalises one entry; the first problem of each field is reported. */
export function validateShipment(input: ShipmentInput, now: number = Date.now()): ShipmentValidation {
  const parsed = shipmentSchema(input.platform, now).safeParse(input);
  if (parsed.success) return { ok: true, value: { ...parsed.data, shippedAt: Math.round(parsed.data.shippedAt) } };
  const errors: Partial<Record<ShipmentField, ShipmentError>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!(SHIPMENT_FIELDS as readonly unknown[]).includes(field)) continue;
    const code = (SHIPMENT_ERRORS as readonly string[]).includes(issue.message) ? (issue.message as ShipmentError) : 'invalid-date';
    errors[field as ShipmentField] ??= code;
  }
  return { ok: false, errors };
}
