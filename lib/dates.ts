import type { PlatformRules } from './rules/types';

/**
 * Reads the dates back-offices print ("21.11.2026 14:00", "21/11/2026", "Sat, Nov 21, 2026",
 * "2026-11-21") in the seller's local time. A date without a time means the end of that day:
 * "ship by 21/11/2026" is still met at 23:00 on the 21st.
 */
export type DateFormat = PlatformRules['dateFormats'][number];

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const TIME = '(?:[ T,]+(\\d{1,2}):(\\d{2}))?';

/**
 * A format's pattern, built from its name, and the order of its three fields (d day, m month,
 * y year, b month name): numeric formats are their fields joined by the separator the name
 * shows. Two are wider than their names: "YYYY/MM/DD" may carry a time, and "DD-MM-YYYY" is
 * never read inside a longer run of digits and dashes (an order id like 23713478-0018-3).
 * Built once per format, on first use.
 */
const READERS: Partial<Record<DateFormat, Reader>> = {};
type Reader = [order: string, pattern: RegExp];

function buildReader(format: DateFormat): Reader {
  let order = 'bdy';
  let source = `([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}`;
  if (format[0] === 'd') source = `(?:[A-Za-z]{3,9},?\\s+)?${source}`;
  else if (format[0] !== 'M') {
    order = format[0] === 'Y' ? 'ymd' : 'dmy';
    const separator = format[order === 'ymd' ? 4 : 2]!;
    const guard = separator === '-' && order === 'dmy' ? '[\\d-]' : '\\d';
    const fields = [...order].map((field) => (field === 'y' ? '(\\d{4})' : '(\\d{1,2})')).join(`\\${separator}`);
    source = `(?<!${guard})${fields}${format.includes(':') || format === 'YYYY/MM/DD' ? TIME : `(?!${guard})`}`;
  }
  return [order, new RegExp(source, 'g')];
}

export interface FoundDate {
  /** Epoch milliseconds in the seller's local time zone. */
  time: number;
  /** Where the date starts in the searched text. */
  index: number;
  hasTime: boolean;
}

/** The date a match reads, if it exists: a real day of a year 2000–2100, a time of 00:00–23:59. */
function timeOf(match: RegExpExecArray, order: string): number | undefined {
  const field = (key: string) => Number(match[order.indexOf(key) + 1]);
  const year = field('y');
  const day = field('d');
  const month = order[0] === 'b' ? MONTHS.indexOf(match[1]!.slice(0, 3).toLowerCase()) + 1 : field('m');
  // Without a time these are NaN, which no comparison refuses.
  const hour = Number(match[4]);
  const minute = Number(match[5]);
  if (year < 2000 || year > 2100 || hour > 23 || minute > 59) return undefined;
  const date = match[4] !== undefined ? new Date(year, month - 1, day, hour, minute) : new Date(year, month - 1, day, 23, 59, 59, 999);
  // new Date() rolls 31/02 over into March, month 13 into January, day 0 back a month (and an
  // unknown month name is month 0): refuse dates that do not exist.
  return date.getDate() === day && date.getMonth() === month - 1 ? date.getTime() : undefined;
}

/** Every date in `text` in any of `formats`, in text order; earlier formats win overlaps. */
export function findDates(text: string, formats: readonly DateFormat[]): FoundDate[] {
  const found: (FoundDate & { end: number })[] = [];
  for (const format of formats) {
    const [order, pattern] = (READERS[format] ??= buildReader(format));
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const time = timeOf(match, order);
      const index = match.index;
      const end = index + match[0].length;
      if (time === undefined || found.some((other) => index < other.end && end > other.index)) continue;
      found.push({ time, index, end, hasTime: match[4] !== undefined });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ end: _end, ...date }) => date);
}

/** The first date at or after `from` in `text`. */
export function firstDateAfter(text: string, from: number, formats: readonly DateFormat[]): FoundDate | undefined {
  return findDates(text, formats).find((date) => date.index >= from);
}
