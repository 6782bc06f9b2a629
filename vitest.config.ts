import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit tests: plain Node-side tests of lib/ and of the fixtures. WxtVitest gives them what the
 * extension build has (the `@/` aliases, auto-imports, defines, and a fake `browser` API), and
 * happy-dom gives content-script code a DOM. Real-browser specs (tests/e2e) belong to Playwright.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts', 'tests/fixtures/**/*.test.ts', 'lib/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', '.output/**'],
  },
});
