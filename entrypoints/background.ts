import { startBackground } from '@/lib/background/main';

// The background only wires listeners; lib/background holds the logic.
export default defineBackground(() => {
  startBackground();
});
