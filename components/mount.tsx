import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { ErrorBoundary } from './ErrorBoundary';
import { I18nProvider } from './I18nProvider';
import './theme.css';

/** Words of the crash screen, from the browser's i18n (the translator may be what crashed). */
function crashMessage() {
  const getMessage = browser.i18n.getMessage as (key: string) => string;
  return {
    title: getMessage('pageFailedTitle') || 'Something went wrong',
    text: getMessage('pageFailedText') || 'This page could not be shown.',
    reload: getMessage('pageFailedReload') || 'Reload',
  };
}

/** Renders an extension page into #root with the shared theme, i18n and error boundary. */
export function mountPage(page: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('Seller SOS: #root is missing from the page');
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary message={crashMessage}>
        <I18nProvider>{page}</I18nProvider>
      </ErrorBoundary>
    </StrictMode>,
  );
}
