import { startPageProbe } from '@/lib/page-probe/main';

// Runs in the page's own world, before the back-office's scripts, to see its console errors
// and failed requests. It only observes and posts data; it can make the extension do nothing.
export default defineContentScript({
  matches: __BACK_OFFICE_MATCHES__.all,
  runAt: 'document_start',
  world: 'MAIN',
  main() {
    startPageProbe();
  },
});
