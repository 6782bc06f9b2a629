import { createOverlayParts } from '@/lib/overlay/parts';
import { provideOverlayParts } from '@/lib/overlay/parts-provider';

// Injected by the background into a back-office tab's isolated world when the overlay first needs
// its list, markers or top bar (lib/overlay/parts-provider.ts); a healthy page never loads it.
export default defineUnlistedScript(() => {
  provideOverlayParts(createOverlayParts);
});
