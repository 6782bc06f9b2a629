import { defineDetector } from '../content/define-detector';
import { shownText } from '../content/dom';
import { fingerprintOf } from '../fingerprint';

/**
 * A blank main area: the page loaded, nothing failed loudly, and the seller sees an empty
 * screen. Checked once, a while after load, and cleared when content appears.
 */
const GRACE_MS = 6_000;
const MIN_TEXT = 20;
/** Most specific first: an app root (#app) wraps the header and navigation too. */
const MAIN_AREAS = ['main', '[role="main"]', '#main', '#content', '#app', '#root'];

export default defineDetector({
  id: 'blank-page',
  start(context) {
    let fingerprint: string | null = null;
    const mainArea = () => {
      for (const selector of MAIN_AREAS) {
        const found = document.querySelector(selector);
        if (found) return found;
      }
      return document.body;
    };
    const isBlank = () => {
      const main = mainArea();
      return !!main && shownText(main, MIN_TEXT * 2).length < MIN_TEXT && !main.querySelector('img,svg,canvas,video,iframe,table');
    };
    const check = () => {
      if (fingerprint || !isBlank()) return;
      fingerprint = fingerprintOf('failed-load', 'blank', location.pathname);
      context.report({
        kind: 'failed-load',
        severity: 'error',
        message: 'The main area of the page stayed blank',
        fingerprint,
        live: true,
        element: mainArea(),
        details: { reason: 'blank-main-area', seconds: GRACE_MS / 1000 },
      });
    };
    context.setTimeout(check, GRACE_MS);
    return {
      onDom(batch) {
        if (fingerprint && batch.added.length && !isBlank()) {
          context.clear(fingerprint);
          fingerprint = null;
        }
      },
    };
  },
});
