import { startContentScript } from '@/lib/content/main';
import { backOfficeMatchPatterns } from '@/lib/rules/catalog';

// Runs in the extension's isolated world on every back-office page (and nowhere else).
export default defineContentScript({
  matches: backOfficeMatchPatterns(),
  runAt: 'document_start',
  main(ctx) {
    startContentScript(ctx);
  },
});
