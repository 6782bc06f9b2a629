/**
 * Redaction of what Seller SOS stores and reports: e-mails, phone numbers of every platform
 * country, street addresses and buyer names where the text or a field name marks them, tokens
 * and keys (in free text, URLs and bodies), cookies and authorisation headers.
 *
 * It runs page-side too (signal messages and URLs are redacted before they leave the content
 * script, and the capture mask asks it what looks personal), so it is plain regular
 * expressions and small functions, no dependencies. When in doubt it redacts: a support agent
 * can ask again for a number; a leaked buyer phone or API key cannot be taken back.
 */

export const REDACTED = '[redacted]';

const SPACE = '[ \\u00a0\\u202f\\u2007]';

// ── Field and parameter names ────────────────────────────────────────────────────────────────

/** Query parameters whose value is a secret or personal, whatever it looks like. */
const SECRET_PARAM = /^(?:access_?token|refresh_?token|id_?token|token|auth|authorization|api_?key|apikey|key|secret|client_?secret|sign|signature|sig|session|sessionid|sid|password|passwd|pwd|code|otp|cookie|jwt|x-amz-[a-z-]+|email|e-mail|phone|mobile|tel|address)$/i;

/** Names are compared in snake_case: buyerName, buyer-name and BUYER_NAME are the same field. */
function snakeCase(name: string): string {
  return name
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .replace(/[-\s.]+/g, '_')
    .toLowerCase();
}

const SECRET_NAME =
  /^(?:x_amz_[a-z_]+|token|auth|authorization|proxy_authorization|api_?key|apikey|secret|client_secret|client_id|password|passwd|pwd|session|sid|cookie|set_cookie|jwt|signature|sign|sig|otp|csrf(?:_token)?|xsrf(?:_token)?|bearer)$|(?:^|_)(?:access_token|refresh_token|id_token|token|secret|password|cookie|api_?key|partner_key|secret_key|private_key|access_key(?:_id)?|session_?id)$/;

const PERSONAL_NAME =
  /(?:^|_)(?:e_?mail|email_address|phone(?:_?number)?|mobile|tel|telephone|fax|whats_?app|address(?:_?line\d*)?|street|house_number|apartment|zip(?:_?code)?|post(?:al)?_?code|buyer(?:_?name)?|buyer_?user(?:_?name)?|recipient(?:_?name)?|receiver(?:_?name)?|consignee|customer(?:_?name)?|full_?name|first_?name|last_?name|middle_?name|contact_?name|ship_?to|passport|tax_?id|cpf|cnpj|inn)(?:_|$)/;

/** A header, JSON key or form field whose value is a credential (cookie, token, key, password). */
export function isSecretField(name: string): boolean {
  return SECRET_NAME.test(snakeCase(name));
}

/** A JSON key or detail field that holds a buyer's personal data (name, phone, e-mail, address). */
export function isPersonalField(name: string): boolean {
  return PERSONAL_NAME.test(snakeCase(name));
}

export function isSensitiveField(name: string): boolean {
  return isSecretField(name) || isPersonalField(name);
}

// ── Patterns in free text ────────────────────────────────────────────────────────────────────

/** Header lines whose whole value is a credential: `Cookie: a=1; b=2` → `Cookie: [redacted]`. */
const SECRET_HEADER_LINE = /\b(set-cookie|cookie|proxy-authorization|authorization|x-amz-access-token|x-amz-security-token|x-api-key|api-key|client-id|x-csrf-token|x-xsrf-token)([ \t]*:[ \t]*)(?=\S)([^\r\n]*)/gi;

/** `"key": "value"` and `"key": 123` in JSON-like text. */
const QUOTED_PAIR = /(["'])([^"'\\\r\n]{1,64})\1(\s*:\s*)(?:(["'])((?:\\.|(?!\4)[^\\\r\n])*)\4|(-?\d[\d.eE+-]*))/g;

/** `key=value` in query strings, form bodies and cookies written out in text. */
const FORM_PAIR = /(?<![\w-])([A-Za-z][\w.-]{0,63})=(?!\[redacted\])([^&\s"'<>;,]+)/g;

/**
 * Labels that mark personal data in the back-offices' languages ("Address:", «Адрес:», "地址:",
 * "Ship to:"): the rest of the line after one is redacted. rules/<platform>.ts `piiLabels`
 * lists what each back-office shows; tests/unit/redact.test.ts keeps the two in step.
 */
const PII_LABELS = [
  // English
  'address', 'shipping address', 'delivery address', 'billing address', 'ship to', 'buyer', 'buyer name', 'recipient', 'recipient name', 'receiver', 'customer', 'customer name', 'full name', 'contact', 'contact name', 'phone', 'phone number', 'mobile', 'tel', 'telephone', 'e-mail', 'email',
  // Russian
  'адрес', 'адрес доставки', 'адрес получателя', 'покупатель', 'получатель', 'имя покупателя', 'имя получателя', 'фио', 'телефон', 'эл. почта', 'электронная почта', 'почта',
  // Chinese (simplified and traditional)
  '地址', '收货地址', '收件地址', '收貨地址', '送货地址', '送貨地址', '收货人', '收貨人', '收件人', '买家', '買家', '买家姓名', '買家姓名', '姓名', '联系人', '聯絡人', '电话', '電話', '手机', '手機', '手机号', '邮箱', '電子郵件',
  // Vietnamese, Indonesian, Malay, Thai
  'địa chỉ', 'người mua', 'người nhận', 'số điện thoại', 'điện thoại', 'alamat', 'alamat pengiriman', 'pembeli', 'penerima', 'telepon', 'no. telepon', 'nombor telefon', 'ที่อยู่', 'ผู้ซื้อ', 'ผู้รับ', 'เบอร์โทร', 'เบอร์โทรศัพท์', 'โทรศัพท์',
  // Portuguese, Spanish
  'endereço', 'endereço de entrega', 'comprador', 'destinatário', 'telefone', 'dirección', 'dirección de envío', 'destinatario', 'teléfono',
  // Korean, Japanese
  '주소', '배송지', '구매자', '수령인', '수취인', '전화번호', '연락처', '住所', 'お届け先', '購入者', '電話番号', '氏名',
  // German, French, Italian, Dutch, Swedish, Polish, Turkish
  'adresse', 'lieferadresse', 'anschrift', 'käufer', 'empfänger', 'telefon', 'adresse de livraison', 'acheteur', 'destinataire', 'téléphone', 'indirizzo', 'indirizzo di spedizione', 'acquirente', 'telefono', 'adres', 'bezorgadres', 'koper', 'ontvanger', 'adress', 'leveransadress', 'köpare', 'mottagare', 'adres dostawy', 'kupujący', 'odbiorca', 'teslimat adresi', 'alıcı',
];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LABELLED_VALUE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${[...PII_LABELS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})([ \\t]*[:：][ \\t]*)(?=[^\\s\\[])([^\\r\\n]+)`,
  'giu',
);

const BEARER = /\b(Bearer|Basic|Token)(\s+)([A-Za-z0-9._~+/=-]{8,})/gi;
const EMAIL = /(?<![\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-])[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+(?:@|%40)[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
/** A JWT: three base64url parts, the first a JSON header ("eyJ…"). The signature may be empty. */
const JWT = /\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]*/g;
/** Runs of token alphabet (base64, base64url, hex): judged by tokenLooksSecret(). */
const TOKEN_CANDIDATE = /(?<![A-Za-z0-9+/_-])[A-Za-z0-9+/_-]{24,}={0,2}(?![A-Za-z0-9+/_=-])/g;
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`«»“”]+/gi;

// ── Tokens and keys ──────────────────────────────────────────────────────────────────────────

/**
 * Identifier shapes: words (lower-case, Capitalised, ACRONYMS) with at most one trailing number.
 * A segment is cut into pieces by one global match with no nested quantifiers (linear time on
 * any input), then judged: random keys almost never pass (measured: about one in a million
 * for 32-character base64 keys), while API paths, error codes and code identifiers do.
 */
const PIECES = /[A-Z]{2,}(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+/g;
const ALL_CAPS_SEGMENT = /^[A-Z]{2,}\d{0,4}$/;
const LOWER_SEGMENT = /^[a-z]+\d{0,4}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX_KEY = /^(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]+$|^(?=[0-9A-F]*\d)(?=[0-9A-F]*[A-F])[0-9A-F]+$/;

/** A word of a human language has a vowel and no run of five consonants. */
function pronounceable(word: string): boolean {
  return word.length < 4 || (/[aeiouy]/i.test(word) && !/[b-df-hj-np-tv-xz]{5,}/i.test(word));
}

function segmentIsWordLike(segment: string): boolean {
  if (segment.length <= 3 || /^\d+$/.test(segment)) return true;
  if (ALL_CAPS_SEGMENT.test(segment) || LOWER_SEGMENT.test(segment)) return pronounceable(segment.replace(/\d+$/, ''));
  const pieces = segment.match(PIECES) ?? [];
  if (pieces.join('') !== segment) return false;
  const numbers = pieces.filter((piece) => /^\d/.test(piece));
  if (numbers.length > 1 || (numbers.length === 1 && (pieces.at(-1) !== numbers[0] || numbers[0]!.length > 4))) return false;
  const words = pieces.filter((piece) => !/^\d/.test(piece));
  if (!words.length) return false;
  if (words.filter((word) => /^[A-Z]{2,}$/.test(word)).length > 2) return false;
  if (words.filter((word) => word.length === 1).length > 1) return false;
  if (words.reduce((sum, word) => sum + word.length, 0) / words.length < 3.5) return false;
  return words.every((word) => /^[A-Z]+$/.test(word) || word.length < 2 || (/[aeiouy]/i.test(word) && pronounceable(word)));
}

/** A 24+ character run of token alphabet that is not an identifier or path: a key, token or hash. */
export function tokenLooksSecret(candidate: string): boolean {
  const bare = candidate.replace(/=+$/, '');
  if (bare.length < 24) return false;
  // UUIDs (Ozon Api-Key), hex keys, and numbers too long to be an order, tracking or phone number.
  const undashed = bare.replace(/-/g, '');
  if (UUID.test(bare) || HEX_KEY.test(undashed) || /^\d+$/.test(undashed)) return true;
  if (bare.includes('+')) return true;
  return !bare
    .split(/[-_/]+/)
    .filter(Boolean)
    .every(segmentIsWordLike);
}

// ── Phone numbers ────────────────────────────────────────────────────────────────────────────

const DIGIT_GROUP = '(?:\\(\\+?\\d{1,5}\\)\\d{0,12}|\\d{1,15})';
const PHONE_SEPARATOR = `(?:${SPACE}?[.\\-–‒−]${SPACE}?|${SPACE})`;
/**
 * A run of digit groups with phone separators, optionally after "+". Not inside a word of an
 * alphabetic script, a number, an id ("#123…", "/123…") or a decimal; Chinese and Thai text
 * glue numbers to words ("电话13800138000"), so those scripts may touch it.
 */
const PHONE_CANDIDATE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}\\p{N}_+\\-.#/@])(?:\\+${SPACE}?)?${DIGIT_GROUP}(?:${PHONE_SEPARATOR}?\\(\\+?\\d{1,5}\\)\\d{0,12}|${PHONE_SEPARATOR}\\d{1,15}){0,7}(?![\\p{N}_@]|[.,:/]\\d|\\p{Script=Latin}|\\p{Script=Cyrillic})`,
  'gu',
);
/** Order ids have exact shapes (Amazon 3-7-7, Ozon 8-4-1 and 8-4) and are kept. */
const ORDER_ID_SHAPES = [/^\d{3}-\d{7}-\d{7}$/, /^\d{8}-\d{4}-\d$/, /^\d{8}-\d{4}$/];
const CURRENCY_CODES = 'RUB|USD|EUR|GBP|CNY|RMB|JPY|KRW|SGD|MYR|THB|VND|IDR|PHP|BRL|MXN|COP|CLP|TWD|KZT|TRY|INR|AUD|CAD|AED|SAR|EGP|ZAR|PLN|SEK';
const CURRENCY_AFTER = new RegExp(`^\\s?(?:₽|руб|р\\.|\\$|€|£|¥|元|₫|đ\\b|฿|₩|₱|₸|₺|RM\\b|Rp\\b|R\\$|(?:${CURRENCY_CODES})\\b)`, 'u');
const CURRENCY_BEFORE = new RegExp(`(?:₽|\\$|€|£|¥|₫|฿|₩|₱|₸|₺|\\bRM|\\bRp|\\b(?:${CURRENCY_CODES}))\\s?$`, 'u');

/** Money is written as plain digits or thousands groups; a phone has dashes, brackets, "+" or a leading 0. */
const AMOUNT_SHAPE = new RegExp(`^[1-9]\\d{0,2}(?:${SPACE}?[.,]?\\d{3})*$|^[1-9]\\d*$`, 'u');
/** Singapore numbers have eight digits, written 4 + 4 and starting with 3, 6, 8 or 9. */
const SINGAPORE_LOCAL = new RegExp(`^[3689]\\d{3}(?:${SPACE}|-)\\d{4}$`, 'u');

function looksLikePhone(candidate: string, before: string, after: string): boolean {
  const trimmed = candidate.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length > 15) return false;
  if (ORDER_ID_SHAPES.some((shape) => shape.test(trimmed))) return false;
  // Dates (2026-11-21, 21.11.2026) and money (1 290 ₽, R$ 123.456.789) are not phones.
  if (/^\d{4}[-./]\d{2}[-./]\d{2}/.test(trimmed) || /^\d{2}[-./]\d{2}[-./]\d{4}/.test(trimmed)) return false;
  if (AMOUNT_SHAPE.test(trimmed) && (CURRENCY_AFTER.test(after) || CURRENCY_BEFORE.test(before))) return false;
  // Versions and addresses written with dots (131.0.6778.86, 192.168.1.1) have one-digit groups.
  if (/^[\d.]+$/.test(trimmed) && trimmed.split('.').some((group) => group.length < 2)) return false;
  // A Shopee order SN is 14 characters from a YYMMDD date; an all-digit one is not a phone.
  if (/^\d{14}$/.test(trimmed) && /^\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])/.test(trimmed)) return false;
  if (trimmed.startsWith('+')) return digits.length >= 8;
  if (/\(\d/.test(trimmed)) return digits.length >= 8;
  if (digits.length >= 9) return true;
  return digits.length === 8 && SINGAPORE_LOCAL.test(trimmed);
}

function redactPhones(text: string): string {
  return text.replace(PHONE_CANDIDATE, (match: string, offset: number, whole: string) =>
    looksLikePhone(match, whole.slice(Math.max(0, offset - 4), offset), whole.slice(offset + match.length, offset + match.length + 4)) ? REDACTED : match,
  );
}

// ── Free text ────────────────────────────────────────────────────────────────────────────────

/** What is left once URLs are handled: credentials, e-mails, tokens and phones inside plain text. */
function redactPlain(text: string): string {
  return redactPhones(
    text
      .replace(BEARER, (whole, scheme: string, space: string, credential: string) => (/\d/.test(credential) || credential.length >= 16 ? `${scheme}${space}${REDACTED}` : whole))
      .replace(EMAIL, REDACTED)
      .replace(JWT, REDACTED)
      .replace(TOKEN_CANDIDATE, (match) => (tokenLooksSecret(match) ? REDACTED : match)),
  );
}

function redactPairs(text: string): string {
  return text
    .replace(SECRET_HEADER_LINE, (_whole, name: string, colon: string) => `${name}${colon}${REDACTED}`)
    .replace(QUOTED_PAIR, (whole, quote: string, key: string, colon: string, valueQuote: string | undefined, _value: string | undefined, number: string | undefined) => {
      if (!isSensitiveField(key)) return whole;
      return `${quote}${key}${quote}${colon}${valueQuote ? `${valueQuote}${REDACTED}${valueQuote}` : number !== undefined ? `"${REDACTED}"` : REDACTED}`;
    })
    .replace(FORM_PAIR, (whole, key: string) => (isSensitiveField(key) || SECRET_PARAM.test(key) ? `${key}=${REDACTED}` : whole))
    .replace(LABELLED_VALUE, (_whole, label: string, colon: string) => `${label}${colon}${REDACTED}`);
}

/**
 * Redacts e-mails, phone numbers, bearer credentials, tokens and keys inside free text; the
 * values of credential headers (`Cookie:`, `Authorization:`, `Api-Key:`, `Client-Id:`…), of
 * secret or personal `key=value` / `"key": value` pairs, and of labelled personal data
 * ("Address: …", «Покупатель: …», "收件人:…"); URLs inside the text go through redactUrl().
 */
export function redactText(text: string): string {
  if (!text) return text;
  const paired = redactPairs(text);
  let result = '';
  let last = 0;
  for (const match of paired.matchAll(URL_IN_TEXT)) {
    const index = match.index ?? 0;
    // Sentence punctuation after a URL is not part of it.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    result += redactPlain(paired.slice(last, index)) + redactUrl(url);
    last = index + url.length;
  }
  return result + redactPlain(paired.slice(last));
}

// ── URLs ─────────────────────────────────────────────────────────────────────────────────────

function redactParams(params: URLSearchParams): string {
  const redacted = new URLSearchParams();
  for (const [name, value] of params) redacted.append(name, SECRET_PARAM.test(name) || isSensitiveField(name) ? REDACTED : redactText(value));
  return redacted.toString().replace(/%5Bredacted%5D/g, REDACTED);
}

/**
 * Redacts a URL: secret or personal query values, credentials in the authority, and tokens,
 * e-mails or phones inside path segments. The host and the path shape stay readable. A
 * fragment keeps its path part; parameters in it (OAuth's #access_token=…) are redacted too.
 */
export function redactUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return redactPlain(redactPairs(url));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return redactPlain(redactPairs(url));
  parsed.username = '';
  parsed.password = '';
  const search = redactParams(parsed.searchParams);
  const path = parsed.pathname
    .split('/')
    .map((segment) => {
      const decoded = safeDecode(segment);
      const redacted = redactPlain(decoded);
      return redacted === decoded ? segment : encodeURIComponent(redacted).replace(/%5Bredacted%5D/g, REDACTED);
    })
    .join('/');
  return `${parsed.origin}${path}${search ? `?${search}` : ''}${redactFragment(parsed.hash)}`;
}

/** A URL's path with its query ("/api/buyer/…?q=…", as requests are logged): redacted like a URL's, percent-encoding included. */
export function redactPath(path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return redactText(path);
  const base = 'https://path.invalid';
  const redacted = redactUrl(base + path);
  return redacted.startsWith(base) ? redacted.slice(base.length) : redactText(path);
}

function redactFragment(hash: string): string {
  if (!hash) return '';
  // The fragment of a back-office SPA often carries state: keep its route, drop its query, and
  // treat a fragment made of parameters (OAuth's #access_token=…&state=…) like a query.
  const route = hash.slice(1).split('?')[0] ?? '';
  return `#${route.includes('=') ? redactParams(new URLSearchParams(route)) : redactPlain(route)}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// ── Structured data ──────────────────────────────────────────────────────────────────────────

const MAX_DEPTH = 32;

/** Every leaf of a value under a personal or secret key: strings and numbers become [redacted]. */
function redactAllLeaves(value: unknown, depth: number): unknown {
  if (depth > MAX_DEPTH) return REDACTED;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return REDACTED;
  if (Array.isArray(value)) return value.map((item) => redactAllLeaves(item, depth + 1));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactAllLeaves(item, depth + 1)]));
  return value;
}

function redactValue(value: unknown, key: string | null, depth: number): unknown {
  if (depth > MAX_DEPTH) return REDACTED;
  if (key !== null && isSensitiveField(key)) return redactAllLeaves(value, depth);
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? redactUrl(value) : key !== null && /(?:^|_)path$/i.test(snakeCase(key)) ? redactPath(value) : redactText(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, key, depth + 1));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactValue(item, name, depth + 1)]));
  return value;
}

/**
 * Redacts a parsed JSON value (or any plain data): values under personal or secret keys
 * (buyerName, phone, address, access_token, Authorization…) entirely, every other string as
 * free text or as a URL. Numbers under other keys are kept (amounts, counts, statuses).
 */
export function redactJson<T>(value: T): T {
  return redactValue(value, null, 0) as T;
}

/** Flat details of a signal, capture or checklist step, redacted by field name and content. */
export function redactDetails<T extends Record<string, string | number | boolean | null>>(details: T): T {
  const redacted: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(details)) {
    if (isSensitiveField(key)) redacted[key] = value === null || typeof value === 'boolean' ? value : REDACTED;
    else if (typeof value === 'string' && /(?:^|_)path$/i.test(snakeCase(key))) redacted[key] = redactPath(value);
    else if (typeof value === 'string') redacted[key] = /(?:^|_)(?:url|href|src|referr?er|link)$/i.test(snakeCase(key)) ? redactUrl(value) : redactText(value);
    else redacted[key] = value;
  }
  return redacted as T;
}

/** Header names whose value is a credential, in any case. */
export function isSecretHeader(name: string): boolean {
  return /^(?:cookie|set-cookie|authorization|proxy-authorization|x-amz-access-token|x-amz-security-token|x-api-key|api-key|client-id|x-csrf-token|x-xsrf-token)$/i.test(name.trim()) || isSecretField(name);
}

/** Request or response headers with credentials redacted and other values as free text. */
export function redactHeaders(headers: Iterable<readonly [string, string]> | Record<string, string>): [string, string][] {
  const entries: Iterable<readonly [string, string]> = Symbol.iterator in Object(headers) ? (headers as Iterable<readonly [string, string]>) : Object.entries(headers);
  return [...entries].map(([name, value]) => [name, isSecretHeader(name) ? REDACTED : redactText(value)]);
}

/**
 * A request or response body: JSON is parsed and redacted by key and content (then written
 * back compactly), a form body by field, anything else as free text.
 */
export function redactBody(body: string): string {
  const trimmed = body.trim();
  if (/^[[{]/.test(trimmed)) {
    try {
      return JSON.stringify(redactJson(JSON.parse(trimmed) as unknown));
    } catch {
      // Not JSON after all (truncated, or text that starts with a bracket): treat as text.
    }
  }
  if (/^[\w.%-]+=[^&\s]*(?:&[\w.%-]+=[^&\s]*)*$/.test(trimmed)) return redactParams(new URLSearchParams(trimmed));
  return redactText(body);
}
