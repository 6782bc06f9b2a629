// Type-only view of the rules, importable from page-side code without pulling zod in.
export type { OrderStage, PlatformRules } from './schema';
export const PLATFORMS = ['ozon', 'shopee', 'amazon'] as const;
export type Platform = (typeof PLATFORMS)[number];
/** Where an order is in its life: only pre-shipment and unpaid orders can be "stuck". */
export const ORDER_STAGES = ['unpaid', 'pre-shipment', 'in-transit', 'done', 'cancelled', 'problem'] as const;
/** Date formats back-offices print; lib/dates.ts reads each. */
export const DATE_FORMATS = ['DD.MM.YYYY HH:mm', 'DD.MM.YYYY', 'DD/MM/YYYY HH:mm', 'DD/MM/YYYY', 'DD-MM-YYYY', 'ddd, MMM D, YYYY', 'MMM D, YYYY', 'YYYY-MM-DD HH:mm', 'YYYY-MM-DD', 'YYYY/MM/DD'] as const;
/** What a platform's error code means (rules/<platform>.ts errorCodes). */
export const ERROR_MEANINGS = ['rate-limited', 'auth-expired', 'auth-invalid', 'permission', 'server-error', 'invalid-request', 'conflict', 'maintenance'] as const;
