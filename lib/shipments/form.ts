import { PLATFORMS, type Platform } from '../rules/types';
import { localDateTime } from './csv';

/** The value of an `<input type="datetime-local">` for a moment, in the seller's time zone. */
export function toDateTimeLocal(at: number, timeZone?: string): string {
  return localDateTime(at, timeZone).replace(' ', 'T');
}

/** The moment an `<input type="datetime-local">` names (local time), or NaN when it names none. */
export function fromDateTimeLocal(value: string): number {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/.test(value) ? new Date(value).getTime() : Number.NaN;
}

/** `?platform=ozon` from the popup preselects the tab's platform. */
export function platformFromQuery(search: string): Platform | null {
  const value = new URLSearchParams(search).get('platform');
  return (PLATFORMS as readonly string[]).includes(value ?? '') ? (value as Platform) : null;
}
