import { defineDetector } from '../content/define-detector';
import { fingerprintOf } from '../fingerprint';

/**
 * Console errors of the back-office's own scripts: console.error calls, uncaught errors and
 * unhandled rejections, seen by the page probe in the page's world and coalesced by message.
 */
export default defineDetector({
  id: 'console-errors',
  start(context) {
    return {
      onPageEvent(event) {
        if (event.type !== 'console-error') return;
        const message = event.message.slice(0, 1000) || '(empty message)';
        context.report({
          kind: 'console-error',
          severity: event.source === 'console' ? 'warning' : 'error',
          message,
          fingerprint: fingerprintOf('console-error', event.source, message),
          count: event.count,
          at: event.at,
          details: { source: event.source, stack: event.stack ? event.stack.slice(0, 2000) : null },
        });
      },
    };
  },
});
