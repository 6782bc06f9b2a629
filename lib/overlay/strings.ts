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
  'overlayCapturePermissionAsked',
  'overlayKeepMarkers',
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

export function fill(template: string, ...values: (string | number)[]): string {
  return template.replace(/\$(\d)/g, (match, index: string) => String(values[Number(index) - 1] ?? match));
}
