import type { ContentToBackground } from '../messages';
import { redactDetails, redactText, redactUrl } from '../redact';

/**
 * Full redaction of what a content script sends, after zod and before anything is stored or
 * acted on. Page-side, the content script only strips credentials and e-mails
 * (lib/content/redact-lite.ts) to stay small on every back-office page; phones of every
 * platform country, labelled addresses and buyer names, and the token heuristics are applied
 * here. Redaction is idempotent, so text the page already redacted comes out the same.
 */

/** Redaction can lengthen a text ("[redacted]" for a short e-mail): keep the schema's caps. */
const capped = (text: string, max: number) => text.slice(0, max);

export function redactIncoming(message: ContentToBackground): ContentToBackground {
  switch (message.type) {
    case 'page/hello':
      return { ...message, url: capped(redactUrl(message.url), 2000), title: capped(redactText(message.title), 300) };
    case 'signals/report':
      return {
        ...message,
        signals: message.signals.map((signal) => ({
          ...signal,
          message: capped(redactText(signal.message), 2000),
          url: capped(redactUrl(signal.url), 2000),
          details: Object.fromEntries(Object.entries(redactDetails(signal.details)).map(([key, value]) => [key, typeof value === 'string' ? capped(value, 2000) : value])),
        })),
      };
    case 'orders/seen':
    case 'page/timing':
      return { ...message, url: capped(redactUrl(message.url), 2000) };
    default:
      return message;
  }
}
