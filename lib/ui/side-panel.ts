import { browser } from 'wxt/browser';
import type { TargetTab } from './target-tab';

/** Chrome's side panel and Firefox's sidebar, which the typed `browser` object does not describe. */
interface PanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

export function canOpenSidePanel(): boolean {
  const apis = browser as unknown as PanelApis;
  return Boolean(apis.sidePanel?.open ?? apis.sidebarAction?.open);
}

/**
 * Opens the side panel (Chrome) or the sidebar (Firefox). Call it directly from a click handler,
 * before any `await`: both browsers only open it in response to a user gesture.
 */
export function openSidePanel(target: Partial<TargetTab> | null): Promise<void> {
  const apis = browser as unknown as PanelApis;
  if (apis.sidePanel) {
    if (target?.tabId !== undefined) return apis.sidePanel.open({ tabId: target.tabId });
    if (target?.windowId !== undefined && target.windowId !== null) return apis.sidePanel.open({ windowId: target.windowId });
    return Promise.reject(new Error('No tab or window to open the side panel in'));
  }
  if (apis.sidebarAction) return apis.sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel'));
}
