import { areaOfSignal } from '../diagnosis/areas';
import type { Signal } from '../signals';

/**
 * Payment-status faults, for the field guide's stop-gap advice: check the receiving / payment
 * account, not the status the back-office shows. A fault is about payment when an order has
 * stayed unpaid past the platform's payment window, or when the diagnosis places it in the
 * finance part of the back-office (lib/diagnosis/areas.ts: the failed call's path, the banner's
 * words or the page).
 */

type SignalFacts = Pick<Signal, 'kind' | 'message' | 'url' | 'details'>;

export function isPaymentSignal(signal: SignalFacts): boolean {
  return signal.details.reason === 'unpaid-too-long' || areaOfSignal(signal) === 'finance';
}

/** Whether the payment advice should show for these signals (the tab's current incident). */
export function hasPaymentFault(signals: readonly SignalFacts[]): boolean {
  return signals.some(isPaymentSignal);
}
