import type { ContentToBackground } from '../messages';
import { redactDetails, redactPath, redactText, redactUrl } from '../redact';

/**
 * Full redaction of everything text-like a content script sends, after zod and before anything
 * is stored or acted on. The content script does not redact at all (it runs on every back-office
 * page, so it stays small; its messages never leave the browser): credentials, e-mails, phones
 * of every platform country, labelled addresses and buyer names are all removed here. Every
 * message type that carries page text or a URL has a case below; the others carry only ids,
 * fingerprints (hashes made by the detectors), numbers and enums.
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
      return {
        ...message,
        url: capped(redactUrl(message.url), 2000),
        orders: message.orders.map((order) => ({ ...order, statusLabel: capped(redactText(order.statusLabel), 200) })),
      };
    case 'page/timing':
      return { ...message, url: capped(redactUrl(message.url), 2000), pathKey: capped(redactPath(message.pathKey), 300) };
    default:
      return message;
  }
}
