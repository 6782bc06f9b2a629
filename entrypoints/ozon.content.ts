import { startContentScript } from '@/lib/content/main';
import { OZON_VOCABULARY } from '@/rules/vocabulary';

// The isolated-world content script on Ozon back-office pages (and nowhere else). One entrypoint per
// platform, so each page loads only its own platform's rules and words.
export default defineContentScript({
  matches: __BACK_OFFICE_MATCHES__.ozon,
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx, __PAGE_RULES__.ozon, OZON_VOCABULARY);
  },
});
