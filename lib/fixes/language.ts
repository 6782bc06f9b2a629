import type { Language } from './types';

/**
 * Number and plural helpers for the three support languages (en, zh_CN, ru), shared by the fix
 * reasons, the diagnosis facts and the report. Russian needs real plural forms ("3 запроса",
 * "5 запросов"); Chinese has none.
 */

/** BCP 47 tag of each language, for Intl. */
export const LOCALE_TAG: Readonly<Record<Language, string>> = { en: 'en', zh_CN: 'zh-CN', ru: 'ru' };

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** "1,234" / "1,234" / "1 234". */
export function formatNumber(value: number, language: Language): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_TAG[language], { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return format.format(value);
}

/** Word forms by CLDR plural category; `other` is required, the rest fall back to it. */
export interface PluralForms {
  one?: string;
  few?: string;
  many?: string;
  other: string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** The form of a word that goes with `count` in `language`. */
export function pluralForm(language: Language, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(LOCALE_TAG[language]);
    pluralRules.set(language, rules);
  }
  const category = rules.select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** Fills `{name}` placeholders; a missing value is a programming error, so it throws. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}

/** "a, b and c" / "a、b 和 c" / "a, b и c". */
export function joinList(items: readonly string[], language: Language): string {
  try {
    return new Intl.ListFormat(LOCALE_TAG[language], { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
