import { browser } from 'wxt/browser';
import type englishMessages from '../public/_locales/en/messages.json';
import type { Settings } from './settings';

/**
 * The extension pages' words. Every string lives in public/_locales/{en,zh_CN,ru}/messages.json.
 *
 * `browser.i18n.getMessage` only ever speaks the browser's language, but the seller may choose
 * another one in the options (a Chinese seller on an English Windows, say). So for an explicit
 * choice the locale's messages.json is read from the package and resolved here the way the
 * browsers resolve it; 'auto' leaves it to the browser.
 */

export const UI_LOCALES = ['en', 'zh_CN', 'ru'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export type LanguageSetting = Settings['language'];

/** `<html lang>` for each locale folder (BCP 47, not the folder name). */
export const HTML_LANG: Readonly<Record<UiLocale, string>> = { en: 'en', zh_CN: 'zh-CN', ru: 'ru' };

/** Every key of the default locale; the unit test keeps the other two locales in step. */
export type MessageKey = keyof typeof englishMessages;

/** Keys that come in plural forms (`base_one`, `base_few`, `base_many`, `base_other`). */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Base}_other` ? Base : never) : never;
export const PLURAL_FORMS = ['one', 'few', 'many', 'other'] as const;

export type Substitution = string | number;

export interface LocaleMessage {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type LocaleMessages = Record<string, LocaleMessage>;

/**
 * Resolves one message as Chrome and Firefox do: named placeholders (`$count$`, case-insensitive)
 * become their `content`, then `$1`…`$9` become the substitutions (a missing one becomes empty)
 * and `$$` becomes `$`. Substituted text is not scanned again, so a `$1` inside a page's own
 * message stays as it is. Keys are case-insensitive, as in the browsers.
 */
export function resolveMessage(messages: LocaleMessages, key: string, substitutions: readonly string[] = []): string | undefined {
  const entry = messages[key] ?? findCaseInsensitive(messages, key);
  if (!entry || typeof entry.message !== 'string') return undefined;
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => placeholders.get(name.toLowerCase()) ?? whole);
  // `$$` is an escaped `$`; one pass, so substituted text is never read again.
  return named.replace(/\$(?:([1-9]\d*)|\$)/g, (_whole, index: string | undefined) => (index ? (substitutions[Number(index) - 1] ?? '') : '$'));
}

function findCaseInsensitive(messages: LocaleMessages, key: string): LocaleMessage | undefined {
  const wanted = key.toLowerCase();
  const found = Object.keys(messages).find((candidate) => candidate.toLowerCase() === wanted);
  return found === undefined ? undefined : messages[found];
}

export interface Translator {
  readonly locale: UiLocale;
  /** For `<html lang>` and the Intl formatters. */
  readonly htmlLang: string;
  /** The message in this translator's language; numbers are formatted for that language. */
  t(key: MessageKey, ...substitutions: Substitution[]): string;
  /** `base_one|few|many|other` chosen by the language's plural rules; `$1` is the count. */
  plural(base: PluralKey, count: number): string;
}

type Lookup = (key: string, substitutions: string[]) => string | undefined;

function makeTranslator(locale: UiLocale, lookup: Lookup): Translator {
  const htmlLang = HTML_LANG[locale];
  const numbers = new Intl.NumberFormat(htmlLang);
  const pluralRules = new Intl.PluralRules(htmlLang);
  const format = (value: Substitution) => (typeof value === 'number' ? numbers.format(value) : value);
  // A key missing everywhere shows as itself: visible in screenshots, never a blank button.
  const t = (key: string, substitutions: Substitution[]) => lookup(key, substitutions.map(format)) || key;
  return {
    locale,
    htmlLang,
    t: (key, ...substitutions) => t(key, substitutions),
    plural: (base, count) => {
      const form = pluralRules.select(count);
      const key = (PLURAL_FORMS as readonly string[]).includes(form) ? `${base}_${form}` : `${base}_other`;
      return t(key, [count]);
    },
  };
}

/** The browser's own lookup (its language, then the default locale). Untyped on purpose: keys are looked up by name. */
function browserLookup(key: string, substitutions: string[]): string | undefined {
  const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;
  return getMessage(key, substitutions) || undefined;
}

/** A translator over one locale's messages; keys missing there fall back to `fallback`. */
export function translatorFromMessages(locale: UiLocale, messages: LocaleMessages, fallback?: Lookup): Translator {
  return makeTranslator(locale, (key, substitutions) => resolveMessage(messages, key, substitutions) ?? fallback?.(key, substitutions));
}

/** Which of our locales the browser picked: the `languageTag` message says it. */
export function browserLocale(): UiLocale {
  const tag = browserLookup('languageTag', []);
  return UI_LOCALES.find((locale) => HTML_LANG[locale] === tag) ?? 'en';
}

export function browserTranslator(): Translator {
  return makeTranslator(browserLocale(), browserLookup);
}

const loadedLocales = new Map<UiLocale, Promise<LocaleMessages>>();

/** One locale's messages.json from the extension package (read once per page). */
export function loadLocaleMessages(locale: UiLocale): Promise<LocaleMessages> {
  let loading = loadedLocales.get(locale);
  if (!loading) {
    loading = fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`)).then((response) => {
      if (!response.ok) throw new Error(`_locales/${locale}/messages.json: HTTP ${response.status}`);
      return response.json() as Promise<LocaleMessages>;
    });
    loading.catch(() => loadedLocales.delete(locale));
    loadedLocales.set(locale, loading);
  }
  return loading;
}

/** The translator for the language setting. An unreadable locale file falls back to the browser's language. */
export async function createTranslator(language: LanguageSetting): Promise<Translator> {
  if (language === 'auto') return browserTranslator();
  try {
    return translatorFromMessages(language, await loadLocaleMessages(language), browserLookup);
  } catch (error) {
    console.warn('Seller SOS: could not load the chosen language, using the browser language:', error);
    return browserTranslator();
  }
}

/** Screen readers, hyphenation and CJK font selection follow `<html lang>`. */
export function applyDocumentLanguage(translator: Translator, target: Document = document): void {
  target.documentElement.lang = translator.htmlLang;
  target.documentElement.dir = 'ltr';
}
