import { browser } from 'wxt/browser';

/**
 * Reminders as system notifications need the optional `notifications` permission. It is asked
 * for when the seller switches a reminder on (with the reason shown); without it the reminders
 * still show in the popup and on the options page.
 */
export const NOTIFICATIONS_PERMISSION = { permissions: ['notifications'] } as const;

export async function hasNotificationPermission(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: [...NOTIFICATIONS_PERMISSION.permissions] });
  } catch {
    return false;
  }
}

/** Call straight from a click handler, before any await: the browsers only prompt during a user gesture. */
export function requestNotificationPermission(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...NOTIFICATIONS_PERMISSION.permissions] });
}

/** The options page's anchors a notification click opens. */
export const REMINDER_PAGES = {
  authorisations: '/options.html#authorisations',
  reminders: '/options.html#reminders',
  backup: '/options.html#evidence',
} as const;
