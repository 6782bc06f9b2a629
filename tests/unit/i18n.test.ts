import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { KIND_LABEL_KEYS, SEVERITY_LABEL_KEYS } from '../../lib/ui/labels';
import { applyDocumentLanguage, createTranslator, HTML_LANG, PLURAL_FORMS, resolveMessage, translatorFromMessages, UI_LOCALES, type LocaleMessages, type UiLocale } from '../../lib/i18n';

/**
 * The three locale files stay in step (same keys, nothing empty, the same placeholders), every
 * key the code asks for exists, and the resolver fills placeholders the way the browsers do.
 */

const ROOT = join(__dirname, '..', '..');
const LOCALES_DIR = join(ROOT, 'public', '_locales');

function readLocale(locale: UiLocale): LocaleMessages {
  return JSON.parse(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as LocaleMessages;
}
const locales = Object.fromEntries(UI_LOCALES.map((locale) => [locale, readLocale(locale)])) as Record<UiLocale, LocaleMessages>;
const english = locales.en;

/** The positional placeholders a message ends up with once its named placeholders are expanded. */
function positionalPlaceholders(entry: LocaleMessage): string[] {
  const named = new Map(Object.entries(entry.placeholders ?? {}).map(([name, value]) => [name.toLowerCase(), value.content]));
  const expanded = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  return [...new Set(expanded.replace(/\$\$/g, '').match(/\$[1-9]\d*/g) ?? [])].sort();
}
type LocaleMessage = LocaleMessages[string];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('locale files', () => {
  it('all three exist and have exactly the same keys', () => {
    const englishKeys = Object.keys(english).sort();
    expect(englishKeys.length).toBeGreaterThan(10);
    for (const locale of UI_LOCALES) {
      const keys = Object.keys(locales[locale]).sort();
      const missing = englishKeys.filter((key) => !keys.includes(key));
      const extra = keys.filter((key) => !englishKeys.includes(key));
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
    }
  });

  it('keys are valid message names and unique ignoring case (the browsers ignore case)', () => {
    for (const locale of UI_LOCALES) {
      const keys = Object.keys(locales[locale]);
      for (const key of keys) expect(key, `${locale}: ${key}`).toMatch(/^[A-Za-z0-9_]+$/);
      expect(new Set(keys.map((key) => key.toLowerCase())).size, locale).toBe(keys.length);
    }
  });

  it('have no empty messages', () => {
    for (const locale of UI_LOCALES) {
      const empty = Object.entries(locales[locale])
        .filter(([, entry]) => typeof entry.message !== 'string' || entry.message.trim() === '')
        .map(([key]) => key);
      expect({ locale, empty }).toEqual({ locale, empty: [] });
    }
  });

  it('use the same placeholders in every language, and define every named one', () => {
    const mismatches: string[] = [];
    for (const [key, entry] of Object.entries(english)) {
      const expected = positionalPlaceholders(entry).join(',');
      for (const locale of UI_LOCALES) {
        const translated = locales[locale][key];
        if (!translated) continue;
        const found = positionalPlaceholders(translated).join(',');
        if (found !== expected) mismatches.push(`${locale}/${key}: [${found}] instead of [${expected}]`);
        for (const [, name] of translated.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) {
          const defined = Object.keys(translated.placeholders ?? {}).some((candidate) => candidate.toLowerCase() === name!.toLowerCase());
          if (!defined) mismatches.push(`${locale}/${key}: named placeholder $${name}$ is not defined`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('say which language they are in (languageTag), as the pages expect', () => {
    for (const locale of UI_LOCALES) expect(locales[locale].languageTag?.message).toBe(HTML_LANG[locale]);
  });

  it('give every plural message all four forms', () => {
    const bases = new Set(Object.keys(english).flatMap((key) => (/^(.*)_(one|few|many|other)$/.exec(key)?.[1] ? [/^(.*)_(one|few|many|other)$/.exec(key)![1]!] : [])));
    for (const base of bases) for (const form of PLURAL_FORMS) expect(english[`${base}_${form}`], `${base}_${form}`).toBeDefined();
  });

  it('contain every key the code asks for', () => {
    const used = new Map<string, string>();
    const patterns = [
      /\bt\(\s*['"]([A-Za-z0-9_@]+)['"]/g, // t('key', …)
      /\bgetMessage\(\s*['"]([A-Za-z0-9_@]+)['"]/g, // browser.i18n.getMessage('key')
    ];
    const files = [...sourceFiles(join(ROOT, 'components')), ...sourceFiles(join(ROOT, 'lib'))];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of patterns) for (const [, key] of text.matchAll(pattern)) used.set(key!, relative(ROOT, file));
      for (const [, base] of text.matchAll(/\bplural\(\s*['"]([A-Za-z0-9_]+)['"]/g)) {
        for (const form of PLURAL_FORMS) used.set(`${base}_${form}`, relative(ROOT, file));
      }
    }
    // Keys looked up through tables (typed MessageKey, so tsc checks them against English too).
    for (const key of [...Object.values(KIND_LABEL_KEYS), ...Object.values(SEVERITY_LABEL_KEYS)]) used.set(key, 'lib/ui/labels.ts');
    expect(used.size).toBeGreaterThan(50);
    const missing = [...used].filter(([key]) => !key.startsWith('@@') && !(key in english)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
    expect(used.has('popupTitle') && used.has('sidepanelTitle')).toBe(true);
  });
});

describe('resolveMessage', () => {
  const messages: LocaleMessages = {
    plain: { message: 'No faults noticed on this tab' },
    positional: { message: '$1 answered $2 — $3' },
    named: { message: 'Showing $SHOWN$ of $total$', placeholders: { shown: { content: '$1' }, TOTAL: { content: '$2', example: '12' } } },
    dollars: { message: 'Costs $$5 and $$$1' },
    mixedCase: { message: 'found' },
  };

  it('returns plain messages as written', () => {
    expect(resolveMessage(messages, 'plain')).toBe('No faults noticed on this tab');
  });

  it('substitutes $1…$n in order, and an absent substitution with nothing', () => {
    expect(resolveMessage(messages, 'positional', ['/api/orders', '503', 'platform server error'])).toBe('/api/orders answered 503 — platform server error');
    expect(resolveMessage(messages, 'positional', ['/api/orders'])).toBe('/api/orders answered  — ');
  });

  it('expands named placeholders (case-insensitive) to their content', () => {
    expect(resolveMessage(messages, 'named', ['200', '350'])).toBe('Showing 200 of 350');
  });

  it('treats $$ as a literal dollar', () => {
    expect(resolveMessage(messages, 'dollars', ['9'])).toBe('Costs $5 and $9');
  });

  it('does not re-read a substitution: page text containing $2 stays as it is', () => {
    expect(resolveMessage(messages, 'positional', ['$2', 'x', 'y'])).toBe('$2 answered x — y');
  });

  it('finds keys regardless of case and says when a key is missing', () => {
    expect(resolveMessage(messages, 'MIXEDCASE')).toBe('found');
    expect(resolveMessage(messages, 'nope')).toBeUndefined();
  });

  it('fills the real messages in every language', () => {
    for (const locale of UI_LOCALES) {
      const text = resolveMessage(locales[locale], 'signalsTruncated', ['200', '350']);
      expect(text).toContain('200');
      expect(text).toContain('350');
      expect(text).not.toMatch(/\$\d/);
    }
  });
});

describe('translator', () => {
  it('formats numbers and picks Russian plural forms', () => {
    const ru = translatorFromMessages('ru', locales.ru);
    expect(ru.htmlLang).toBe('ru');
    expect(ru.plural('faultsOpen', 1)).toBe('1 открытый сбой');
    expect(ru.plural('faultsOpen', 3)).toBe('3 открытых сбоя');
    expect(ru.plural('faultsOpen', 5)).toBe('5 открытых сбоев');
    expect(ru.plural('faultsOpen', 21)).toBe('21 открытый сбой');
    expect(ru.t('signalCount', 1200)).toMatch(/^×1\s200$/);
  });

  it('uses the one/other forms in English and the single form in Chinese', () => {
    const en = translatorFromMessages('en', locales.en);
    expect(en.plural('faultsOpen', 1)).toBe('1 open fault');
    expect(en.plural('faultsOpen', 2)).toBe('2 open faults');
    const zh = translatorFromMessages('zh_CN', locales.zh_CN);
    expect(zh.plural('faultsOpen', 2)).toBe(locales.zh_CN.faultsOpen_other!.message.replace('$1', '2'));
  });

  it('falls back for a key the locale lacks, and shows the key itself as a last resort', () => {
    const partial = translatorFromMessages('ru', { popupTitle: { message: 'Seller SOS' } }, (key) => (key === 'sidepanelTitle' ? 'fallback' : undefined));
    expect(partial.t('sidepanelTitle')).toBe('fallback');
    expect(partial.t('optionsTitle')).toBe('optionsTitle');
  });
});

describe('createTranslator', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('loads an explicitly chosen language from the package', async () => {
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      const locale = /_locales\/(\w+)\/messages\.json$/.exec(url)?.[1] as UiLocale;
      return new Response(readFileSync(join(LOCALES_DIR, locale, 'messages.json'), 'utf8'), { status: 200 });
    });
    const translator = await createTranslator('ru');
    expect(fetched).toHaveLength(1);
    expect(fetched[0]).toMatch(/\/_locales\/ru\/messages\.json$/);
    expect(translator.locale).toBe('ru');
    expect(translator.t('sidepanelTitle')).toBe(locales.ru.sidepanelTitle!.message);
    expect(translator.t('optionsSpinnerError', 3, 300)).toBe('Введите целое число секунд от 3 до 300.');
  });

  it("'auto' asks the browser, and learns its language from languageTag", async () => {
    const getMessage = vi.fn((key: string, substitutions?: string[]) => resolveMessage(locales.zh_CN, key, substitutions) ?? '');
    (fakeBrowser.i18n as unknown as { getMessage: typeof getMessage }).getMessage = getMessage;
    const translator = await createTranslator('auto');
    expect(translator.locale).toBe('zh_CN');
    expect(translator.htmlLang).toBe('zh-CN');
    expect(translator.t('popupTitle')).toBe(locales.zh_CN.popupTitle!.message);
    expect(getMessage).toHaveBeenCalledWith('popupTitle', []);
  });

  it('sets <html lang> for the chosen language', () => {
    applyDocumentLanguage(translatorFromMessages('zh_CN', locales.zh_CN));
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
