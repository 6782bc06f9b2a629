import { defineDetector } from '../content/define-detector';
import { redactUrl } from '../redact';
import { fingerprintOf } from '../signals';

/**
 * Scripts and style sheets that fail to load: the page then half-works (buttons that do
 * nothing, unstyled lists). Failed images are left out — one missing product photo is not a
 * back-office fault.
 */
export default defineDetector({
  id: 'failed-assets',
  start(context) {
    const onError = (event: Event) => {
      const target = event.target;
      let url: string | null = null;
      let asset = '';
      if (target instanceof HTMLScriptElement && target.src) {
        url = target.src;
        asset = 'script';
      } else if (target instanceof HTMLLinkElement && /stylesheet/i.test(target.rel) && target.href) {
        url = target.href;
        asset = 'stylesheet';
      }
      if (!url) return;
      const redacted = redactUrl(url);
      context.report({
        kind: 'failed-load',
        severity: 'error',
        message: `A ${asset} failed to load: ${redacted}`,
        fingerprint: fingerprintOf('failed-load', asset, redacted.split('?')[0] ?? redacted),
        details: { reason: 'asset-failed', asset, url: redacted },
      });
    };
    // Load errors of elements do not bubble: listen in the capture phase.
    window.addEventListener('error', onError, { capture: true, signal: context.signal });
    return {};
  },
});
