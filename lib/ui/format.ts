import type { Translator } from '../i18n';
import { PLATFORM_RULES } from '../rules/catalog';
import type { Platform } from '../rules/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * When something was seen, the way a person would say it: "now", "12 min ago", "3 h ago" for the
 * last few hours, then the clock time (today) or the date and time (earlier).
 */
export function formatSeenAt(at: number, now: number, htmlLang: string): string {
  const ago = now - at;
  const relative = new Intl.RelativeTimeFormat(htmlLang, { numeric: 'auto', style: 'long' });
  if (ago < 45_000) return relative.format(0, 'second');
  if (ago < HOUR) return relative.format(-Math.max(1, Math.round(ago / MINUTE)), 'minute');
  if (ago < 6 * HOUR) return relative.format(-Math.round(ago / HOUR), 'hour');
  return formatClock(at, now, htmlLang);
}

/** "14:05" today, "12 Nov, 14:05" another day (in the page's language and the seller's time zone). */
export function formatClock(at: number, now: number, htmlLang: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const options: Intl.DateTimeFormatOptions = sameDay
    ? { hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(htmlLang, options).format(at);
}

/** The full date and time, for tooltips and `<time>` titles. */
export function formatFullDate(at: number, htmlLang: string): string {
  return new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
}

/** A calendar day ("Nov 27, 2026"): authorisations lapse on a day, not at a clock time. */
export function formatDay(at: number, htmlLang: string): string {
  return new Intl.DateTimeFormat(htmlLang, { dateStyle: 'medium' }).format(at);
}

export function platformName(platform: Platform): string {
  return PLATFORM_RULES[platform].displayName;
}

/** "RU", "VN", or "CN cross-border" for Shopee's cross-border centres ("CN-cross-border"). */
export function regionLabel(region: string, translator: Translator): string {
  const crossBorder = /^([A-Z]{2})-cross-border$/.exec(region);
  return crossBorder ? translator.t('regionCrossBorder', crossBorder[1]!) : region;
}

/** "Russia", "Vietnam"… in the page's language, for a title; undefined for "EU" and the like. */
export function regionName(region: string, htmlLang: string): string | undefined {
  const code = /^([A-Z]{2})(?:-|$)/.exec(region)?.[1];
  if (!code) return undefined;
  try {
    const name = new Intl.DisplayNames([htmlLang], { type: 'region' }).of(code);
    return name && name !== code ? name : undefined;
  } catch {
    return undefined;
  }
}

/** "14:05": the time of day alone, where the day is said once above (the timeline's day headings). */
export function formatTimeOfDay(at: number, htmlLang: string): string {
  return new Intl.DateTimeFormat(htmlLang, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "Today", "Yesterday", else "Thu, 12 November" (and the year when it is not this year). */
export function formatDayHeading(dayStart: number, daysAgo: number, now: number, htmlLang: string): string {
  if (daysAgo === 0 || daysAgo === 1) {
    const word = new Intl.RelativeTimeFormat(htmlLang, { numeric: 'auto' }).format(-daysAgo, 'day');
    return word.charAt(0).toLocaleUpperCase(htmlLang) + word.slice(1);
  }
  const sameYear = new Date(dayStart).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(htmlLang, { weekday: 'short', day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(dayStart);
}
