import { defineDetector } from '../content/define-detector';
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
        context.report({
          kind: 'failed-load',
          severity: 'error',
          message: `A ${asset} failed to load: ${url}`.slice(0, 2000),
          fingerprint: fingerprintOf('failed-load', asset, url.split('?')[0] ?? url),
          at,
          details: { reason: 'asset-failed', asset, url: url.slice(0, 2000) },
        });
      },
    };
  },
});
