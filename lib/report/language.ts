import { LANGUAGES, type Language } from '../fixes/types';
import type { Platform } from '../rules/types';

/**
 * The report's language is chosen apart from the UI's: a Chinese seller on Ozon writes to
 * Ozon's Russian-speaking support in Russian unless they read only Chinese.
 */

export type ReportLanguage = Language;
export const REPORT_LANGUAGES: readonly ReportLanguage[] = LANGUAGES;

/** 'zh_CN', 'zh-CN', 'zh' → zh_CN; 'ru-RU' → ru; anything else → en. */
export function toReportLanguage(language: string | null | undefined): ReportLanguage {
  const tag = (language ?? '').toLowerCase().replace('_', '-');
  if (tag.startsWith('zh')) return 'zh_CN';
  if (tag.startsWith('ru')) return 'ru';
  return 'en';
}

/**
 * The language support of that back-office reads best: Ozon → Russian (unless the seller's UI is
 * Chinese); Shopee's China cross-border centre → Chinese; otherwise the seller's UI language.
 */
export function defaultReportLanguage(platform: Platform, uiLanguage: string, region?: string | null): ReportLanguage {
  const ui = toReportLanguage(uiLanguage);
  if (platform === 'ozon') return ui === 'zh_CN' ? 'zh_CN' : 'ru';
  if (platform === 'shopee' && region === 'CN-cross-border') return 'zh_CN';
  return ui;
}
