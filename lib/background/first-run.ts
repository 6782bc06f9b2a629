import { browser } from 'wxt/browser';
import { openWelcomeIfAccessMissing } from '../permissions';

/**
 * First run: when the browser installed Seller SOS without access to the back-offices (Firefox's
 * Manifest V3 may), open the welcome page that asks for it. Only on install: after an update the
 * seller may have withdrawn one site on purpose, and a tab at every update would nag.
 *
 * Call synchronously from the background's start-up: a Manifest V3 background must register its
 * listeners in its first turn or it misses the event that woke it.
 */
export function registerFirstRun(): void {
  browser.runtime.onInstalled.addListener((details) => {
    if (details.reason !== 'install') return;
    openWelcomeIfAccessMissing().catch((error: unknown) => {
      console.warn('Seller SOS: could not open the welcome page:', error);
    });
  });
}
