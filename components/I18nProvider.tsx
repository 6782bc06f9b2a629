import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { applyDocumentLanguage, createTranslator, type MessageKey, type Translator } from '@/lib/i18n';
import { useSettings } from '@/lib/ui/use-settings';

const TranslatorContext = createContext<Translator | null>(null);

/**
 * Provides the translator for the seller's language setting and swaps it (re-rendering every
 * page) when the setting changes, in this page or another. Renders nothing until the first
 * translator is ready: a page flashing English before Russian would look broken.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const settings = useSettings();
  const language = settings?.language;
  const [translator, setTranslator] = useState<Translator | null>(null);

  useEffect(() => {
    if (language === undefined) return;
    let current = true;
    void createTranslator(language).then((next) => {
      if (!current) return;
      applyDocumentLanguage(next);
      setTranslator(next);
    });
    return () => {
      current = false;
    };
  }, [language]);

  if (!translator) return null;
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

/** The current translator: `const { t } = useT(); t('popupTitle')`. */
export function useT(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useT() outside <I18nProvider>');
  return translator;
}

/** Keeps the window / tab title in the page's language. */
export function useDocumentTitle(key: MessageKey): void {
  const { t } = useT();
  const title = t(key);
  useEffect(() => {
    document.title = title;
  }, [title]);
}
