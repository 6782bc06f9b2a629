/**
 * The page probe's side of the page → content-script channel: constants and types only, so the
 * main-world bundle carries no validation library (the content script checks every envelope, lib/content/message-checks.ts).
 */
export type { PageEvent } from './messages';

/** The page-side probe posts on window with this channel name; anything else is ignored. */
export const PAGE_CHANNEL = 'seller-sos/page-probe';
export const PAGE_PROTOCOL_VERSION = 1;
/** A batch bigger than this is refused whole: the probe never sends one. */
export const PAGE_BATCH_MAX = 100;
