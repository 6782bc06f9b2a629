import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../support/paths.ts';

/**
 * Builds both extensions before the specs run, so `npx playwright test` on its own never tests a
 * stale build. tests/run-all.mjs has just built them and sets SELLER_SOS_SKIP_BUILD=1.
 */
export default function globalSetup(): void {
  if (process.env.SELLER_SOS_SKIP_BUILD === '1') return;
  const wxt = join(REPO_ROOT, 'node_modules', '.bin', 'wxt');
  for (const args of [['build'], ['build', '-b', 'firefox']]) {
    try {
      // Quiet when it works (bundler chatter would bury the test output), everything when not.
      execFileSync(wxt, args, { cwd: REPO_ROOT, stdio: 'pipe', encoding: 'utf8' });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`\`wxt ${args.join(' ')}\` failed:\n${stdout}${stderr}`);
    }
  }
}
