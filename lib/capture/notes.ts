import type { CaptureError, CaptureNote } from '../messages';

/**
 * What a capture's `note` and a refused capture's `error` mean. The database keeps the code (it
 * is read by outside tools and by backups in any language); pages show the i18n message, and
 * the English text is for logs and the README.
 */

export const CAPTURE_NOTE_TEXT: Readonly<Record<CaptureNote, { i18n: string; english: string }>> = {
  'permission-needed': {
    i18n: 'captureNotePermissionNeeded',
    english: 'No screenshot: without a click on Seller SOS the browser only allows screenshots with the "all sites" permission, which is not granted.',
  },
  'tab-hidden': { i18n: 'captureNoteTabHidden', english: 'No screenshot: the tab was not the visible one when the capture was taken.' },
  'mask-failed': {
    i18n: 'captureNoteMaskFailed',
    english: 'No screenshot: personal data on the page could not be hidden (reload the page and capture again).',
  },
  'browser-refused': { i18n: 'captureNoteBrowserRefused', english: 'No screenshot: the browser refused to take one.' },
  'page-changed': { i18n: 'captureNotePageChanged', english: 'No screenshot: the page changed while the screenshot was being taken.' },
  'storage-full': {
    i18n: 'captureNoteStorageFull',
    english: 'The disk or the browser storage is full: the full-size screenshot could not be kept.',
  },
  interrupted: {
    i18n: 'captureNoteInterrupted',
    english: 'No screenshot: the capture was interrupted several times (browser restarted or busy); the rest was kept.',
  },
  'tab-closed': { i18n: 'captureNoteTabClosed', english: 'No screenshot: the tab was closed before the screenshot could be taken.' },
};

export const CAPTURE_ERROR_TEXT: Readonly<Record<CaptureError, { i18n: string; english: string }>> = {
  'not-back-office': {
    i18n: 'captureErrorNotBackOffice',
    english: 'Seller SOS keeps evidence of Ozon, Shopee and Amazon seller back-office pages only.',
  },
  'tab-closed': { i18n: 'captureErrorTabClosed', english: 'The tab was closed.' },
  'storage-failed': {
    i18n: 'captureErrorStorageFailed',
    english: 'The capture could not be saved: the disk or the browser storage is full. Free some space or delete old evidence.',
  },
  'no-answer': { i18n: 'captureErrorNoAnswer', english: 'Seller SOS did not answer. Try again in a moment.' },
};
