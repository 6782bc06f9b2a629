import type { ExtensionHarness, ExtPage } from '../../support/harness.ts';

/** A demo back-office page in a new tab, once the extension knows the tab's platform. */
export async function openBackOffice(ext: ExtensionHarness, url: string, viewport?: { width: number; height: number }): Promise<ExtPage> {
  const page = await ext.newPage();
  if (viewport) await page.setViewport(viewport.width, viewport.height);
  await page.goto(url);
  await ext.waitForTabState(page, (state) => state.platform !== null);
  return page;
}
