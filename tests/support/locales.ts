import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES_DIR } from './paths.ts';

/**
 * The extension's UI languages and their strings, read from public/_locales so specs and the
 * demo never hard-code UI text: when a translation changes, the expectation follows.
 */
export const UI_LANGUAGES = ['en', 'zh_CN', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** What `document.documentElement.lang` must say for each setting (BCP 47, not the folder name). */
export const HTML_LANG: Readonly<Record<UiLanguage, string>> = { en: 'en', zh_CN: 'zh-CN', ru: 'ru' };

type Messages = Record<string, { message: string }>;
const cache = new Map<UiLanguage, Messages>();

function messages(language: UiLanguage): Messages {
  let loaded = cache.get(language);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(join(LOCALES_DIR, language, 'messages.json'), 'utf8')) as Messages;
    cache.set(language, loaded);
  }
  return loaded;
}

/** The text of a message key in one language; throws naming the file when the key is missing. */
export function localeMessage(language: UiLanguage, key: string): string {
  const entry = messages(language)[key];
  if (!entry) throw new Error(`Message "${key}" is missing from public/_locales/${language}/messages.json`);
  return entry.message;
}
