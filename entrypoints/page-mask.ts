import { PageMask } from '@/lib/content/mask';
import { providePageMask } from '@/lib/content/mask-provider';

// Injected by the background into a back-office tab's isolated world just before an evidence
// screenshot with masking (lib/background/capture-page.ts); the content script's capture
// channel then uses it. Not loaded with the page: it is needed only for a capture.
export default defineUnlistedScript(() => {
  providePageMask((piiLabels) => new PageMask(piiLabels));
});
