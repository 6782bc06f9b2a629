import { startContentScript } from '@/lib/content/main';
import { AMAZON_VOCABULARY } from '@/rules/vocabulary';

// The isolated-world content script on Amazon Seller Central pages (and nowhere else). One entrypoint per
// platform, so each page loads only its own platform's rules and words.
export default defineContentScript({
  matches: __BACK_OFFICE_MATCHES__.amazon,
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx, __PAGE_RULES__.amazon, AMAZON_VOCABULARY);
  },
});
