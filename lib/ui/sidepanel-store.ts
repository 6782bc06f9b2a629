import { create } from 'zustand';

/**
 * The side panel's UI state. It follows the active tab of its own window (Chrome gives each
 * window its own side panel, Firefox its own sidebar) unless the URL pins a tab (`?tabId=`).
 */
export interface SidePanelState {
  windowId: number | null;
  /** The active tab of this window, as last reported by the tabs API. */
  activeTabId: number | null;
  /** Set from `?tabId=`: the panel then shows that tab whatever is active. */
  pinnedTabId: number | null;
  /** False until the first answer of the tabs API (the panel shows "loading", not "no tab"). */
  tabKnown: boolean;
  /** Bumped when the shown tab navigates, so its platform is asked for again. */
  tabRevision: number;

  setWindow(windowId: number | null): void;
  setActiveTab(tabId: number | null): void;
  pinTab(tabId: number | null): void;
  tabNavigated(tabId: number): void;
}

export const useSidePanelStore = create<SidePanelState>()((set, get) => ({
  windowId: null,
  activeTabId: null,
  pinnedTabId: null,
  tabKnown: false,
  tabRevision: 0,

  setWindow: (windowId) => set({ windowId }),
  setActiveTab: (tabId) => set({ activeTabId: tabId, tabKnown: true }),
  pinTab: (tabId) => set({ pinnedTabId: tabId, tabKnown: tabId !== null || get().tabKnown }),
  tabNavigated: (tabId) => {
    if (tabId === selectedTabId(get())) set((state) => ({ tabRevision: state.tabRevision + 1 }));
  },
}));

/** The tab whose faults the panel shows. */
export function selectedTabId(state: Pick<SidePanelState, 'pinnedTabId' | 'activeTabId'>): number | null {
  return state.pinnedTabId ?? state.activeTabId;
}
