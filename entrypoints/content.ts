import { startContentScript } from '@/lib/content/main';

// Runs in the extension's isolated world on every back-office page (and nowhere else).
export default defineContentScript({
  matches: __BACK_OFFICE_MATCHES__,
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx);
  },
});
