import { browser } from 'wxt/browser';
import { backOfficeMatchPatterns } from './rules/catalog';

/**
 * Access to the seller back-offices (the manifest's host_permissions). Chrome grants them at
 * install; Firefox's Manifest V3 may withhold them until the seller agrees, and in both browsers
 * the seller can withdraw them later, per site. Without them Seller SOS sees nothing.
 */

/** Exactly what the manifest declares: asking for anything more would be refused. */
export function backOfficeAccess(): { origins: string[] } {
  return { origins: backOfficeMatchPatterns() };
}

/** True only when every back-office host is granted. */
export async function hasBackOfficeAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(backOfficeAccess());
  } catch (error) {
    console.warn('Seller SOS: could not check host permissions:', error);
    return false;
  }
}

/**
 * Shows the browser's permission prompt. Call it directly from a click handler, before any
 * `await`: both browsers refuse the request once the user gesture has been used up.
 */
export function requestBackOfficeAccess(): Promise<boolean> {
  return browser.permissions.request(backOfficeAccess());
}

/** Calls `listener` whenever the seller grants or withdraws any permission, until `signal` aborts. */
export function onPermissionsChanged(listener: () => void, signal: AbortSignal): void {
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  signal.addEventListener(
    'abort',
    () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    },
    { once: true },
  );
}

/** Calls `listener` with the new state whenever the seller grants or withdraws a permission. */
export function onBackOfficeAccessChanged(listener: (granted: boolean) => void, signal: AbortSignal): void {
  onPermissionsChanged(() => {
    void hasBackOfficeAccess().then((granted) => {
      if (!signal.aborted) listener(granted);
    });
  }, signal);
}

/** The first-run page that explains the access and asks for it. */
export const WELCOME_PAGE = '/welcome.html';

/** Opens the welcome page in a new tab when access is missing; says whether it did. */
export async function openWelcomeIfAccessMissing(): Promise<boolean> {
  if (await hasBackOfficeAccess()) return false;
  await browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) });
  return true;
}
