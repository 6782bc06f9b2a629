/**
 * Redaction of what Seller SOS stores and reports: e-mails, phone numbers, tokens and keys.
 * It runs page-side too (URLs are redacted before they leave the content script), so it is
 * plain regular expressions, no dependencies.
 */

const REDACTED = '[redacted]';

/** Query parameters whose value is a secret or personal, whatever it looks like. */
const SECRET_PARAM = /^(?:access_?token|refresh_?token|id_?token|token|auth|authorization|api_?key|apikey|key|secret|client_?secret|sign|signature|sig|session|sessionid|sid|password|passwd|pwd|code|otp|cookie|jwt|x-amz-[a-z-]+|email|e-mail|phone|mobile|tel|address)$/i;

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
/** JWTs, bearer tokens and long opaque keys: 24+ characters of token alphabet with a digit. */
const TOKEN = /\b(?:eyJ[\w-]+\.[\w-]+\.[\w-]+|(?=[A-Za-z0-9_\-]*\d)(?=[A-Za-z0-9_\-]*[A-Za-z])[A-Za-z0-9_\-]{32,})\b/g;
const BEARER = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
/**
 * Phone numbers of every platform country: an optional +country code, then 9-15 digits with
 * spaces, dots, dashes or brackets between them. Order ids (Amazon 3-7-7, Ozon 8-4-1) have
 * their own exact shapes and are kept.
 */
const PHONE = /(?<![\w-])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]?\d{2,4}){2,4}(?![\w-])/g;
const ORDER_ID_SHAPES = [/^\d{3}-\d{7}-\d{7}$/, /^\d{8}-\d{4}-\d$/, /^\d{8}-\d{4}$/];

function looksLikePhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 9 || digits.length > 15) return false;
  const trimmed = candidate.trim();
  if (ORDER_ID_SHAPES.some((shape) => shape.test(trimmed))) return false;
  // Dates and times (2026-11-21, 21.11.2026 14:00) are not phones.
  if (/^\d{4}[-./]\d{2}[-./]\d{2}/.test(trimmed) || /^\d{2}[-./]\d{2}[-./]\d{4}/.test(trimmed)) return false;
  return true;
}

/** Redacts e-mails, phone numbers, bearer credentials and tokens inside free text. */
export function redactText(text: string): string {
  return text
    .replace(BEARER, (_match, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(EMAIL, REDACTED)
    .replace(TOKEN, REDACTED)
    .replace(PHONE, (match) => (looksLikePhone(match) ? REDACTED : match));
}

/**
 * Redacts a URL: secret or personal query values, credentials in the authority, and tokens,
 * e-mails or phones inside path segments. The host and the path shape stay readable.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactText(url);
  }
  parsed.username = '';
  parsed.password = '';
  const params = new URLSearchParams();
  for (const [name, value] of parsed.searchParams) {
    params.append(name, SECRET_PARAM.test(name) ? REDACTED : redactText(value));
  }
  const search = params.toString();
  const path = parsed.pathname
    .split('/')
    .map((segment) => {
      const decoded = safeDecode(segment);
      const redacted = redactText(decoded);
      return redacted === decoded ? segment : encodeURIComponent(redacted);
    })
    .join('/');
  // The fragment of a back-office SPA often carries state; keep its path part only.
  const hash = parsed.hash ? redactText(parsed.hash.split('?')[0] ?? '') : '';
  return `${parsed.origin}${path}${search ? `?${search.replace(/%5Bredacted%5D/g, REDACTED)}` : ''}${hash}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
