/**
 * The content script's first pass over what it sends to the background: credentials and
 * e-mails out, cheaply. The background redacts everything again with the full redactor
 * (lib/redact.ts: phones of every platform country, labelled addresses and buyer names, the
 * token heuristics) before anything is stored (lib/background/redact-incoming.ts), so this pass
 * stays small: it runs on every back-office page. Messages from the content script to the
 * background never leave the browser; what is stored, shown or reported is fully redacted.
 */

const REDACTED = '[redacted]';

/** Query parameters and fragment parameters that hold a credential or personal data by name. */
const SECRET_PARAM = /^(?:(?:access|refresh|id|csrf|xsrf)_?token|token|auth|authorization|api_?key|apikey|key|secret|client_?secret|sign|signature|sig|session(?:_?id)?|sid|password|passwd|pwd|code|otp|cookie|jwt|x-amz-[a-z-]+|e-?mail|phone|mobile|tel|address)$/i;
const EMAIL = /[\p{L}\p{N}!#$%&'*+?^_`{|}~.-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const BEARER = /\b(Bearer|Basic|Token)\s+[A-Za-z0-9._~+/=-]{8,}/gi;
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
/**
 * A long unbroken run of letters and digits with both in it: an API key, a session id, a hash.
 * Dashes and slashes break it, so API paths and slugs stay readable (the background's full
 * redactor judges those, UUIDs included).
 */
const KEY_LIKE = /(?<![\w+])(?=[\w+]*\d)(?=[\w+]*[A-Za-z])[A-Za-z0-9+_]{32,}={0,2}(?![\w+=])/g;

/** E-mails, bearer credentials, JWTs and key-like runs in free text. */
export function stripSecrets(text: string): string {
  return text.replace(BEARER, (_whole, scheme: string) => `${scheme} ${REDACTED}`).replace(JWT, REDACTED).replace(EMAIL, REDACTED).replace(KEY_LIKE, REDACTED);
}

function stripParams(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const [name, value] of params) kept.append(name, SECRET_PARAM.test(name) ? REDACTED : stripSecrets(value));
  return kept.toString().replace(/%5Bredacted%5D/g, REDACTED);
}

/** A URL without credentials in the authority, secret parameters or secrets in the path. */
export function stripUrlSecrets(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return stripSecrets(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return stripSecrets(url);
  const search = stripParams(parsed.searchParams);
  const route = parsed.hash.slice(1).split('?')[0] ?? '';
  const hash = parsed.hash ? `#${route.includes('=') ? stripParams(new URLSearchParams(route)) : stripSecrets(route)}` : '';
  return `${parsed.protocol}//${parsed.host}${stripSecrets(parsed.pathname)}${search ? `?${search}` : ''}${hash}`;
}
