import { startContentScript } from '@/lib/content/main';

// The isolated-world content script on Amazon Seller Central pages (and nowhere else). The three platform
// entrypoints differ only by their match patterns: the page's rules and words come from the
// background at start (lib/content/main.ts), so no bundle carries a platform's data.
export default defineContentScript({
  matches: __BACK_OFFICE_MATCHES__.amazon,
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx);
  },
});
