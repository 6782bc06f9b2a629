import type { ManualShipment } from '../db';

/**
 * The shipment log as CSV, to back-fill the back-office once it works again (or to send to the
 * platform's support). Made for spreadsheets:
 *
 * - RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break is
 *   quoted and its quotes doubled;
 * - a UTF-8 byte-order mark first, so Excel reads Chinese and Russian text correctly;
 * - formula injection: a cell starting with = + - @ (or a tab / carriage return, which some
 *   spreadsheets skip before reading a formula) gets a leading apostrophe, so a buyer name like
 *   `=HYPERLINK(…)` stays text.
 */

export const CSV_COLUMNS = ['platform', 'orderId', 'buyerReference', 'carrier', 'trackingNumber', 'shippedAt', 'shippedAtUtc', 'loggedAt', 'backfilledAt'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | null | undefined)[]): string {
  return values.map(csvCell).join(',');
}

/** "2025-03-14 09:05" in the given time zone (the seller's, unless a test says otherwise). */
export function localDateTime(at: number, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

export interface CsvOptions {
  /** Column titles in the seller's language; the column keys when absent. */
  headers?: Partial<Record<CsvColumn, string>>;
  /** Platform names as shown ("Ozon"); the platform id when absent. */
  platformNames?: Partial<Record<ManualShipment['platform'], string>>;
  timeZone?: string;
}

/** The whole file: BOM, header row, one row per shipment (oldest ship time first). */
export function shipmentsCsv(shipments: readonly ManualShipment[], { headers = {}, platformNames = {}, timeZone }: CsvOptions = {}): string {
  const rows = [...shipments]
    .sort((a, b) => a.shippedAt - b.shippedAt || (a.id ?? 0) - (b.id ?? 0))
    .map((shipment) =>
      csvRow([
        platformNames[shipment.platform] ?? shipment.platform,
        shipment.orderId,
        shipment.buyerReference,
        shipment.carrier,
        shipment.trackingNumber,
        localDateTime(shipment.shippedAt, timeZone),
        new Date(shipment.shippedAt).toISOString(),
        localDateTime(shipment.createdAt, timeZone),
        shipment.backfilledAt === null ? '' : localDateTime(shipment.backfilledAt, timeZone),
      ]),
    );
  return `${UTF8_BOM}${[csvRow(CSV_COLUMNS.map((column) => headers[column] ?? column)), ...rows].join('\r\n')}\r\n`;
}

/** `seller-sos-shipments-2025-03-14.csv` (the local date). */
export function csvFileName(now: number, timeZone?: string): string {
  return `seller-sos-shipments-${localDateTime(now, timeZone).slice(0, 10)}.csv`;
}
