import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates, firstDateAfter, type DateFormat } from '../../lib/dates';
import { DATE_FORMATS } from '../../lib/rules/types';

const local = (...parts: [number, number, number, number?, number?, number?, number?]) => new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0).getTime();

describe('findDates', () => {
  it('reads every back-office format', () => {
    expect(findDates('Собрать до 21.11.2026 14:00', ['DD.MM.YYYY HH:mm'])[0]?.time).toBe(local(2026, 11, 21, 14, 0));
    expect(findDates('Ship by 21/11/2026', ['DD/MM/YYYY'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('Ship by: Sat, Nov 21, 2026', ['ddd, MMM D, YYYY'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('due 2026-11-21', ['YYYY-MM-DD'])[0]?.time).toBe(local(2026, 11, 21, 23, 59, 59, 999));
    expect(findDates('2026-11-21 08:30', ['YYYY-MM-DD HH:mm'])[0]).toMatchObject({ time: local(2026, 11, 21, 8, 30), hasTime: true });
  });

  it('refuses dates that do not exist', () => {
    expect(findDates('31.02.2026', ['DD.MM.YYYY'])).toEqual([]);
    expect(findDates('45/13/2026', ['DD/MM/YYYY'])).toEqual([]);
    expect(findDates('Foo 12, 2026', ['MMM D, YYYY'])).toEqual([]);
  });

  it('does not read order ids or amounts as dates', () => {
    expect(findDates('23713478-0018-3 · 1 290,00 ₽', ['DD.MM.YYYY HH:mm', 'YYYY-MM-DD'])).toEqual([]);
  });

  it('finds the first date after a label', () => {
    const text = 'Создан 18.11.2026 10:00 · Собрать до 21.11.2026 14:00';
    expect(firstDateAfter(text, text.indexOf('Собрать до'), ['DD.MM.YYYY HH:mm'])?.time).toBe(local(2026, 11, 21, 14, 0));
  });
});

// ---- The readers as they were written out one by one before lib/dates.ts built them from the
// format names: the built ones must read exactly the same dates in any text.
/* eslint-disable */
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

interface FoundDate {
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
function referenceFindDates(text: string, formats: readonly DateFormat[]): FoundDate[] {
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


describe('findDates builds its readers from the format names', () => {
  const pieces = fc.constantFrom(
    '21', '1', '2026', '11', '31', '02', '12', '45', '0', '00', '13', '32', '29', '2100', '2000', '1999', '2101', '0018', '23713478', '.', '/', '-', ':', ' ', ', ', 'T', ',', '14:00', '23:59', '24:00', '08:30', '9:5',
    'Nov', 'November', 'Sat', 'Saturday', 'sept', 'Foo', 'May.', 'x', '7', '-3', '2026-11-21', '21.11.2026', '21/11/2026', '21-11-2026', '2026/11/21', '-7', '9-', '12-11-2026',
  );
  const texts = fc.array(pieces, { maxLength: 10 }).map((parts) => parts.join(''));
  const formats = fc.uniqueArray(fc.constantFrom(...DATE_FORMATS), { minLength: 1, maxLength: 4 });

  it('reads what the written-out readers read, in every format and mix of formats', () => {
    fc.assert(
      fc.property(texts, formats, (text, chosen: DateFormat[]) => {
        expect(findDates(text, chosen)).toEqual(referenceFindDates(text, chosen));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads each format on its own example, as the written-out readers do', () => {
    const examples = ['Собрать до 21.11.2026 14:00', '21/11/2026, 9:05', 'Sat, Nov 21, 2026 14:00', 'November 21 2026', '2026-11-21T08:30', '2026/11/21 08:30', '21-11-2026', 'id 12-11-2026-7'];
    for (const text of examples) for (const format of DATE_FORMATS) expect(findDates(text, [format])).toEqual(referenceFindDates(text, [format]));
    expect(findDates('2026/11/21 08:30', ['YYYY/MM/DD'])[0]?.hasTime).toBe(true);
    expect(findDates('id 12-11-2026-7', ['DD-MM-YYYY'])).toEqual([]);
  });
});
