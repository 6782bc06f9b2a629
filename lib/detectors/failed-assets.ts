import { defineDetector } from '../content/define-detector';
import { stripUrlSecrets } from '../content/redact-lite';
import { fingerprintOf } from '../fingerprint';

/**
 * Scripts and style sheets that fail to load: the page then half-works (buttons that do
 * nothing, unstyled lists). Failed images are left out — one missing product photo is not a
 * back-office fault. The content script listens from document_start (lib/content/main.ts), so
 * failures in the page's <head> are seen too.
 */
export default defineDetector({
  id: 'failed-assets',
  start(context) {
    return {
      onAssetFailure({ asset, url, at }) {
        const redacted = stripUrlSecrets(url);
        context.report({
          kind: 'failed-load',
          severity: 'error',
          message: `A ${asset} failed to load: ${redacted}`,
          fingerprint: fingerprintOf('failed-load', asset, redacted.split('?')[0] ?? redacted),
          at,
          details: { reason: 'asset-failed', asset, url: redacted },
        });
      },
    };
  },
});
