import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleShipmentMessage } from '../../lib/background/shipments';
import { SellerSosDatabase, type ManualShipment } from '../../lib/db';
import { shipmentAddSchema, uiToBackgroundSchema } from '../../lib/messages';
import { PLATFORM_RULES } from '../../lib/rules/catalog';
import { PLATFORMS } from '../../lib/rules/types';
import { awaitingBackfill } from '../../lib/shipments/backfill';
import { CSV_COLUMNS, csvCell, csvFileName, localDateTime, shipmentsCsv, UTF8_BOM } from '../../lib/shipments/csv';
import { fromDateTimeLocal, platformFromQuery, toDateTimeLocal } from '../../lib/shipments/form';
import { FUTURE_TOLERANCE_MS, orderIdPattern, validateShipment, type ShipmentInput } from '../../lib/shipments/validate';

/**
 * The stop-gap shipment log: entries are checked against the platform's order-id format from the
 * rules, normalised, kept once, marked back-filled; the CSV export is safe to open in a
 * spreadsheet (quoting, formula injection, BOM).
 */

const NOW = Date.UTC(2025, 2, 14, 9, 5);
const entry = (overrides: Partial<ShipmentInput> = {}): ShipmentInput => ({
  platform: 'ozon',
  orderId: '23713478-0018-3',
  buyerReference: 'Ivan P.',
  carrier: 'CDEK',
  trackingNumber: '1234567890',
  shippedAt: NOW - 3_600_000,
  ...overrides,
});

describe('validateShipment', () => {
  it("accepts each platform's own order-id example (the rules' example) and refuses the others'", () => {
    for (const platform of PLATFORMS) {
      for (const other of PLATFORMS) {
        const result = validateShipment(entry({ platform, orderId: PLATFORM_RULES[other].orderId.example }), NOW);
        if (other === platform) expect(result, `${platform} example on ${platform}`).toMatchObject({ ok: true });
        else expect(result, `${other} example on ${platform}`).toEqual({ ok: false, errors: { orderId: 'order-id-format' } });
      }
    }
  });

  it('takes the format from the rules, whole value only', () => {
    expect(orderIdPattern('amazon').test('123-1234567-1234567')).toBe(true);
    expect(orderIdPattern('amazon').test('x123-1234567-1234567')).toBe(false);
    expect(orderIdPattern('amazon').test('123-1234567-12345678')).toBe(false);
    expect(orderIdPattern('shopee').test('221322ABCD1234')).toBe(false); // month 13
    expect(orderIdPattern('ozon').test('23713478-0018')).toBe(false); // the order, not the posting
  });

  it('normalises: trims, removes spaces from order and tracking numbers, upper-cases them', () => {
    const result = validateShipment(entry({ platform: 'shopee', orderId: ' 221122abcd 1234 ', buyerReference: '  shop_fan  ', carrier: ' J&T ', trackingNumber: ' sp 0012-ab ' }), NOW);
    expect(result).toEqual({
      ok: true,
      value: { platform: 'shopee', orderId: '221122ABCD1234', buyerReference: 'shop_fan', carrier: 'J&T', trackingNumber: 'SP0012-AB', shippedAt: NOW - 3_600_000 },
    });
  });

  it('says what is wrong with each field', () => {
    expect(validateShipment(entry({ orderId: '', carrier: '  ', trackingNumber: '' }), NOW)).toEqual({
      ok: false,
      errors: { orderId: 'required', carrier: 'required', trackingNumber: 'required' },
    });
    expect(validateShipment(entry({ buyerReference: 'x'.repeat(201), carrier: 'c'.repeat(101), trackingNumber: '-12345' }), NOW)).toEqual({
      ok: false,
      errors: { buyerReference: 'too-long', carrier: 'too-long', trackingNumber: 'tracking-format' },
    });
    expect(validateShipment(entry({ trackingNumber: 'AB1' }), NOW)).toEqual({ ok: false, errors: { trackingNumber: 'tracking-format' } });
    expect(validateShipment(entry({ trackingNumber: '=HYPERLINK("x")' }), NOW)).toEqual({ ok: false, errors: { trackingNumber: 'tracking-format' } });
  });

  it('accepts an empty buyer reference (the order number identifies the buyer)', () => {
    expect(validateShipment(entry({ buyerReference: '' }), NOW)).toMatchObject({ ok: true });
  });

  it('refuses ship times in the future (beyond clock skew), more than a year old, or missing', () => {
    expect(validateShipment(entry({ shippedAt: NOW + FUTURE_TOLERANCE_MS - 1 }), NOW)).toMatchObject({ ok: true });
    expect(validateShipment(entry({ shippedAt: NOW + FUTURE_TOLERANCE_MS + 60_000 }), NOW)).toEqual({ ok: false, errors: { shippedAt: 'in-future' } });
    expect(validateShipment(entry({ shippedAt: NOW - 400 * 86_400_000 }), NOW)).toEqual({ ok: false, errors: { shippedAt: 'too-old' } });
    expect(validateShipment(entry({ shippedAt: Number.NaN }), NOW)).toEqual({ ok: false, errors: { shippedAt: 'invalid-date' } });
  });
});

describe('datetime-local and query helpers', () => {
  it('round-trips a local date and time', () => {
    const at = new Date(2025, 2, 14, 9, 5).getTime();
    expect(toDateTimeLocal(at)).toBe('2025-03-14T09:05');
    expect(fromDateTimeLocal('2025-03-14T09:05')).toBe(at);
    expect(fromDateTimeLocal('')).toBeNaN();
    expect(fromDateTimeLocal('yesterday')).toBeNaN();
  });

  it('reads the platform the popup passes, and nothing else', () => {
    expect(platformFromQuery('?platform=shopee')).toBe('shopee');
    expect(platformFromQuery('?platform=ebay')).toBeNull();
    expect(platformFromQuery('')).toBeNull();
  });
});

describe('CSV export', () => {
  const shipment = (overrides: Partial<ManualShipment> = {}): ManualShipment => ({
    id: 1,
    platform: 'ozon',
    orderId: '23713478-0018-3',
    buyerReference: 'Ivan',
    carrier: 'CDEK',
    trackingNumber: '1234567890',
    shippedAt: NOW,
    createdAt: NOW + 60_000,
    backfilledAt: null,
    ...overrides,
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('Ivanov, Ivan')).toBe('"Ivanov, Ivan"');
    expect(csvCell('the "best" buyer')).toBe('"the ""best"" buyer"');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('cr\rlf')).toBe('"cr\rlf"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises formulas: a cell starting with = + - @ tab or CR gets an apostrophe', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+7 999 123')).toBe("'+7 999 123");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('23713478-0018-3')).toBe('23713478-0018-3');
  });

  it('starts with a UTF-8 BOM, ends rows with CRLF, keeps Chinese and Russian text', () => {
    const csv = shipmentsCsv([shipment({ buyerReference: '王芳', carrier: 'Почта России' })], { timeZone: 'UTC' });
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe('ozon,23713478-0018-3,王芳,Почта России,1234567890,2025-03-14 09:05,2025-03-14T09:05:00.000Z,2025-03-14 09:06,');
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('uses the given headers, platform names and time zone, oldest shipment first', () => {
    const csv = shipmentsCsv(
      [shipment({ id: 2, shippedAt: NOW + 3_600_000, backfilledAt: NOW + 7_200_000, buyerReference: '=cmd|calc' }), shipment({ id: 1 })],
      { headers: { orderId: 'Номер заказа', platform: 'Площадка' }, platformNames: { ozon: 'Ozon' }, timeZone: 'Europe/Moscow' },
    );
    const [header, first, second] = csv.slice(1).split('\r\n');
    expect(header).toBe('Площадка,Номер заказа,buyerReference,carrier,trackingNumber,shippedAt,shippedAtUtc,loggedAt,backfilledAt');
    expect(first).toBe('Ozon,23713478-0018-3,Ivan,CDEK,1234567890,2025-03-14 12:05,2025-03-14T09:05:00.000Z,2025-03-14 12:06,');
    expect(second).toBe("Ozon,23713478-0018-3,'=cmd|calc,CDEK,1234567890,2025-03-14 13:05,2025-03-14T10:05:00.000Z,2025-03-14 12:06,2025-03-14 14:05");
  });

  it('parses back to the same values (a minimal RFC 4180 reader)', () => {
    const tricky = shipment({ buyerReference: 'A "quoted", multi\nline name', carrier: '@carrier' });
    const csv = shipmentsCsv([tricky], { timeZone: 'UTC' });
    const rows = parseCsv(csv.slice(1));
    expect(rows[1]?.[2]).toBe(tricky.buyerReference);
    expect(rows[1]?.[3]).toBe("'@carrier");
    expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
  });

  it('names the file after the local date', () => {
    expect(csvFileName(NOW, 'UTC')).toBe('seller-sos-shipments-2025-03-14.csv');
    expect(localDateTime(Date.UTC(2025, 0, 1, 23, 30), 'Asia/Shanghai')).toBe('2025-01-02 07:30');
  });
});

/** Splits RFC 4180 text into rows of fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      rows.at(-1)!.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      rows.at(-1)!.push(field);
      field = '';
      rows.push([]);
      index += 1;
    } else field += char;
  }
  return rows.filter((row) => row.length > 0);
}

describe('the log in the database (background)', () => {
  let db: SellerSosDatabase;
  let counter = 0;
  beforeEach(async () => {
    db = new SellerSosDatabase(`shipments-${(counter += 1)}`);
    await db.open();
  });

  it('validates again, normalises and stores an entry as not yet back-filled', async () => {
    const answer = await handleShipmentMessage({ type: 'shipments/add', entry: entry({ trackingNumber: ' rr 123 456 ' }) }, db, NOW);
    expect(answer).toMatchObject({ ok: true });
    expect(await db.shipments.toArray()).toEqual([{ id: 1, ...entry({ trackingNumber: 'RR123456' }), createdAt: NOW, backfilledAt: null }]);
  });

  it('refuses an invalid entry with the fields, and the same parcel twice; a second parcel of an order is fine', async () => {
    expect(await handleShipmentMessage({ type: 'shipments/add', entry: entry({ orderId: '123' }) }, db, NOW)).toMatchObject({ ok: false, error: 'invalid', fields: { orderId: 'order-id-format' } });
    await handleShipmentMessage({ type: 'shipments/add', entry: entry() }, db, NOW);
    expect(await handleShipmentMessage({ type: 'shipments/add', entry: entry() }, db, NOW)).toMatchObject({ ok: false, error: 'duplicate' });
    expect(await handleShipmentMessage({ type: 'shipments/add', entry: entry({ trackingNumber: '99999999' }) }, db, NOW)).toMatchObject({ ok: true });
    expect(await db.shipments.count()).toBe(2);
  });

  it('marks entries back-filled (and back), counts the reminder, deletes', async () => {
    await handleShipmentMessage({ type: 'shipments/add', entry: entry() }, db, NOW);
    await handleShipmentMessage({ type: 'shipments/add', entry: entry({ trackingNumber: '2222222' }) }, db, NOW);
    await handleShipmentMessage({ type: 'shipments/add', entry: entry({ trackingNumber: '3333333' }) }, db, NOW);
    expect(awaitingBackfill(await db.shipments.toArray())).toHaveLength(3);
    expect(await handleShipmentMessage({ type: 'shipments/backfilled', ids: [1, 2], backfilled: true }, db, NOW + 5)).toEqual({ ok: true });
    expect((await db.shipments.get(1))?.backfilledAt).toBe(NOW + 5);
    expect(awaitingBackfill(await db.shipments.toArray()).map((row) => row.id)).toEqual([3]);
    await handleShipmentMessage({ type: 'shipments/backfilled', ids: [2], backfilled: false }, db, NOW + 6);
    expect(awaitingBackfill(await db.shipments.toArray()).map((row) => row.id)).toEqual([2, 3]);
    expect(await handleShipmentMessage({ type: 'shipments/delete', id: 3 }, db)).toEqual({ ok: true });
    expect(await handleShipmentMessage({ type: 'shipments/delete', id: 3 }, db)).toMatchObject({ ok: false, error: 'not-found' });
    expect(await handleShipmentMessage({ type: 'shipments/backfilled', ids: [77], backfilled: true }, db)).toMatchObject({ ok: false, error: 'not-found' });
  });
});

describe('messages', () => {
  it('are part of the UI → background union and checked for shape', () => {
    expect(uiToBackgroundSchema.safeParse({ type: 'shipments/add', entry: entry() }).success).toBe(true);
    expect(shipmentAddSchema.safeParse({ type: 'shipments/add', entry: { ...entry(), platform: 'ebay' } }).success).toBe(false);
    expect(shipmentAddSchema.safeParse({ type: 'shipments/add', entry: { ...entry(), orderId: 'x'.repeat(65) } }).success).toBe(false);
    expect(uiToBackgroundSchema.safeParse({ type: 'shipments/backfilled', ids: [], backfilled: true }).success).toBe(false);
    expect(uiToBackgroundSchema.safeParse({ type: 'shipments/delete', id: -1 }).success).toBe(false);
  });
});
