/**
 * The overlay's words, resolved by the background in the seller's chosen language and sent with
 * the page settings (content scripts cannot follow the language setting on their own). Every key
 * is a message of public/_locales/{en,zh_CN,ru}/messages.json; `$1`… are filled in page-side.
 */
export const OVERLAY_STRING_KEYS = [
  'overlayTitle',
  'overlayAllClear',
  'overlayFaultCount',
  'overlayOpenList',
  'overlayCapture',
  'overlayOpenPanel',
  'overlayMinimise',
  'overlayClose',
  'overlayCaptureDone',
  'overlayCaptureFailed',
  'overlayCaptureDeclined',
  'overlayPanelFallback',
  'markerBanner',
  'markerDeadlinePassed',
  'markerDeadlineNear',
  'markerUnpaid',
  'markerDuplicate',
  'markerStatusUnchanged',
  'markerMismatch',
  'markerSpinner',
  'markerBlank',
  'markerRequest',
  'meaningRateLimited',
  'meaningAuth',
  'meaningServer',
  'meaningNetwork',
  'meaningOther',
  'unitHours',
  'unitDays',
] as const;

export type OverlayStringKey = (typeof OVERLAY_STRING_KEYS)[number];
export type OverlayStrings = Record<OverlayStringKey, string>;

/** English fallbacks, used only if the background's answer is missing a key. */
export const FALLBACK_STRINGS: OverlayStrings = {
  overlayTitle: 'Seller SOS',
  overlayAllClear: 'All clear',
  overlayFaultCount: '$1 faults',
  overlayOpenList: 'Show what Seller SOS noticed',
  overlayCapture: 'Capture evidence',
  overlayOpenPanel: 'Open side panel',
  overlayMinimise: 'Minimise',
  overlayClose: 'Close',
  overlayCaptureDone: 'Evidence saved',
  overlayCaptureFailed: 'Could not capture: $1',
  overlayCaptureDeclined: 'Screenshots from this button need your permission. You can also use the Seller SOS toolbar button or the keyboard shortcut.',
  overlayPanelFallback: 'Open the side panel from the Seller SOS toolbar button.',
  markerBanner: 'Error message',
  markerDeadlinePassed: 'ship-by passed $1 ago',
  markerDeadlineNear: 'ship-by in $1',
  markerUnpaid: 'unpaid for $1',
  markerDuplicate: 'shown $1 times',
  markerStatusUnchanged: 'status unchanged for $1',
  markerMismatch: 'list and order page disagree',
  markerSpinner: 'still loading after $1 s',
  markerBlank: 'page stayed blank',
  markerRequest: '$1 answered $2 — $3',
  meaningRateLimited: 'rate limited',
  meaningAuth: 'authorisation expired or revoked',
  meaningServer: 'platform server error',
  meaningNetwork: 'no answer (network)',
  meaningOther: 'request failed',
  unitHours: '$1 h',
  unitDays: '$1 days',
};

export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (match, index: string) => String(values[Number(index) - 1] ?? match));
}
