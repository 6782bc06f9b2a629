import { LOCALE_TAG, pluralForm } from '../fixes/language';
import type { ReportLanguage } from './language';

/**
 * Dates and durations as the report prints them: ISO-like dates that read the same in every
 * language ("2025-11-21 14:05"), with the UTC offset once, so support in another time zone is
 * never left guessing.
 */

const formats = new Map<string, Intl.DateTimeFormat>();

/** Largest time a Date can hold (±100,000,000 days); a corrupt detail beyond it prints as a dash. */
const MAX_TIME = 8.64e15;
const UNKNOWN: Record<string, string> = { year: '—', month: '—', day: '—', hour: '—', minute: '—', second: '—', timeZoneName: 'GMT' };

function parts(at: number, timeZone: string): Record<string, string> {
  if (!Number.isFinite(at) || Math.abs(at) > MAX_TIME) return UNKNOWN;
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' });
    formats.set(timeZone, format);
  }
  return Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
}

/** "UTC+03:00" (the offset at that moment, so summer time is right). */
export function utcOffset(at: number, timeZone: string): string {
  const name = parts(at, timeZone).timeZoneName ?? 'GMT';
  const offset = name.replace(/^GMT/, '');
  return `UTC${offset || '+00:00'}`;
}

export function formatDate(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return p === UNKNOWN ? '—' : `${p.year}-${p.month}-${p.day}`;
}

/** "2025-11-21 14:05". */
export function formatDateTime(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return p === UNKNOWN ? '—' : `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** "14:05". */
export function formatTime(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return p === UNKNOWN ? '—' : `${p.hour}:${p.minute}`;
}

/** "20251121-140812", for file names: digits only. */
export function fileTimestamp(at: number, timeZone: string): string {
  const p = parts(at, timeZone);
  return p === UNKNOWN ? '00000000-000000' : `${p.year}${p.month}${p.day}-${p.hour}${p.minute}${p.second}`;
}

/** "14:05–14:31" on one day, "2025-11-20 23:50 – 2025-11-21 00:10" across days, one time when equal. */
export function formatRange(from: number, to: number, timeZone: string): string {
  if (formatDateTime(from, timeZone) === formatDateTime(to, timeZone)) return formatTime(from, timeZone);
  if (formatDate(from, timeZone) === formatDate(to, timeZone)) return `${formatTime(from, timeZone)}–${formatTime(to, timeZone)}`;
  return `${formatDateTime(from, timeZone)} – ${formatDateTime(to, timeZone)}`;
}

const UNITS: Record<ReportLanguage, { minutes: (n: number) => string; hours: (n: number) => string; days: (n: number) => string }> = {
  en: { minutes: (n) => `${n} min`, hours: (n) => `${n} h`, days: (n) => `${n} ${n === 1 ? 'day' : 'days'}` },
  zh_CN: { minutes: (n) => `${n} 分钟`, hours: (n) => `${n} 小时`, days: (n) => `${n} 天` },
  ru: { minutes: (n) => `${n} мин`, hours: (n) => `${n} ч`, days: (n) => `${n} ${pluralForm('ru', n, { one: 'день', few: 'дня', other: 'дней' })}` },
};

/** "26 min", "31 h", "3 days": under an hour in minutes, under two days in hours. */
export function formatDuration(ms: number, language: ReportLanguage): string {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  if (minutes < 60) return UNITS[language].minutes(minutes);
  const hours = Math.round(minutes / 60);
  if (hours < 48) return UNITS[language].hours(hours);
  return UNITS[language].days(Math.round(hours / 24));
}

/** "RU (Russia)", "CN (China), cross-border centre". */
export function formatRegion(region: string, language: ReportLanguage, crossBorder: string): string {
  const match = /^([A-Z]{2})(-cross-border)?$/.exec(region);
  if (!match) return region;
  let name: string | undefined;
  try {
    name = new Intl.DisplayNames([LOCALE_TAG[language]], { type: 'region' }).of(match[1]!);
  } catch {
    name = undefined;
  }
  const base = name && name !== match[1] ? (language === 'zh_CN' ? `${match[1]}(${name})` : `${match[1]} (${name})`) : match[1]!;
  return match[2] ? `${base}${language === 'zh_CN' ? ',' : ', '}${crossBorder}` : base;
}
