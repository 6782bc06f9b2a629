import type { PlatformRules } from './rules/types';

/**
 * Reads the dates back-offices print ("21.11.2026 14:00", "21/11/2026", "Sat, Nov 21, 2026",
 * "2026-11-21") in the seller's local time. A date without a time means the end of that day:
 * "ship by 21/11/2026" is still met at 23:00 on the 21st.
 */
export type DateFormat = PlatformRules['dateFormats'][number];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const TIME = '(?:[ T,]+(\\d{1,2}):(\\d{2}))?';

interface FormatReader {
  pattern: RegExp;
  read(match: RegExpExecArray): { year: number; month: number; day: number; hour?: number; minute?: number } | undefined;
}

const numericTime = (match: RegExpExecArray, from: number) =>
  match[from] !== undefined ? { hour: Number(match[from]), minute: Number(match[from + 1]) } : {};

const READERS: Record<DateFormat, FormatReader> = {
  'DD.MM.YYYY HH:mm': {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})${TIME}`, 'g'),
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), ...numericTime(m, 4) }),
  },
  'DD.MM.YYYY': {
    pattern: /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/g,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  'DD/MM/YYYY HH:mm': {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})/(\\d{1,2})/(\\d{4})${TIME}`, 'g'),
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]), ...numericTime(m, 4) }),
  },
  'DD/MM/YYYY': {
    pattern: /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  'DD-MM-YYYY': {
    pattern: /(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])/g,
    read: (m) => ({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) }),
  },
  'ddd, MMM D, YYYY': {
    pattern: new RegExp(`(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}`, 'g'),
    read: (m) => {
      const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
      return month ? { month, day: Number(m[2]), year: Number(m[3]), ...numericTime(m, 4) } : undefined;
    },
  },
  'MMM D, YYYY': {
    pattern: new RegExp(`([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})${TIME}`, 'g'),
    read: (m) => {
      const month = MONTHS.indexOf((m[1] ?? '').slice(0, 3).toLowerCase()) + 1;
      return month ? { month, day: Number(m[2]), year: Number(m[3]), ...numericTime(m, 4) } : undefined;
    },
  },
  'YYYY-MM-DD HH:mm': {
    pattern: new RegExp(`(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})${TIME}`, 'g'),
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...numericTime(m, 4) }),
  },
  'YYYY-MM-DD': {
    pattern: /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/g,
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }),
  },
  'YYYY/MM/DD': {
    pattern: new RegExp(`(?<!\\d)(\\d{4})/(\\d{1,2})/(\\d{1,2})${TIME}`, 'g'),
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), ...numericTime(m, 4) }),
  },
};

export interface FoundDate {
  /** Epoch milliseconds in the seller's local time zone. */
  time: number;
  /** Where the date starts in the searched text. */
  index: number;
  hasTime: boolean;
}

function toTime(parts: { year: number; month: number; day: number; hour?: number; minute?: number }): FoundDate['time'] | undefined {
  const { year, month, day } = parts;
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 2000 || year > 2100) return undefined;
  const hasTime = parts.hour !== undefined;
  if (hasTime && ((parts.hour ?? 0) > 23 || (parts.minute ?? 0) > 59)) return undefined;
  const date = hasTime
    ? new Date(year, month - 1, day, parts.hour, parts.minute)
    : new Date(year, month - 1, day, 23, 59, 59, 999);
  // new Date() rolls 31/02 over into March: refuse dates that do not exist.
  return date.getDate() === day && date.getMonth() === month - 1 ? date.getTime() : undefined;
}

/** Every date in `text` in any of `formats`, in text order; earlier formats win overlaps. */
export function findDates(text: string, formats: readonly DateFormat[]): FoundDate[] {
  const found: (FoundDate & { end: number })[] = [];
  for (const format of formats) {
    const reader = READERS[format];
    reader.pattern.lastIndex = 0;
    for (let match = reader.pattern.exec(text); match; match = reader.pattern.exec(text)) {
      const parts = reader.read(match);
      const time = parts && toTime(parts);
      const end = match.index + match[0].length;
      if (time === undefined || found.some((other) => match!.index < other.end && end > other.index)) continue;
      found.push({ time, index: match.index, end, hasTime: parts?.hour !== undefined });
    }
  }
  return found.sort((a, b) => a.index - b.index).map(({ end: _end, ...date }) => date);
}

/** The first date at or after `from` in `text`. */
export function firstDateAfter(text: string, from: number, formats: readonly DateFormat[]): FoundDate | undefined {
  return findDates(text, formats).find((date) => date.index >= from);
}
