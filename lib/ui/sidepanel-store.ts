import { create } from 'zustand';
import type { SignalKind } from '../signals';

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
  /** Kinds the seller chose to see; empty means every kind. */
  selectedKinds: SignalKind[];

  setWindow(windowId: number | null): void;
  setActiveTab(tabId: number | null): void;
  pinTab(tabId: number | null): void;
  tabNavigated(tabId: number): void;
  toggleKind(kind: SignalKind): void;
  showAllKinds(): void;
}

export const useSidePanelStore = create<SidePanelState>()((set, get) => ({
  windowId: null,
  activeTabId: null,
  pinnedTabId: null,
  tabKnown: false,
  tabRevision: 0,
  selectedKinds: [],

  setWindow: (windowId) => set({ windowId }),
  setActiveTab: (tabId) => {
    const before = selectedTabId(get());
    set({ activeTabId: tabId, tabKnown: true });
    // Another tab shown starts unfiltered: a filter chosen for one page means little on another.
    if (selectedTabId(get()) !== before) set({ selectedKinds: [] });
  },
  pinTab: (tabId) => set({ pinnedTabId: tabId, tabKnown: tabId !== null || get().tabKnown }),
  tabNavigated: (tabId) => {
    if (tabId === selectedTabId(get())) set((state) => ({ tabRevision: state.tabRevision + 1 }));
  },
  toggleKind: (kind) =>
    set((state) => ({
      selectedKinds: state.selectedKinds.includes(kind) ? state.selectedKinds.filter((each) => each !== kind) : [...state.selectedKinds, kind],
    })),
  showAllKinds: () => set({ selectedKinds: [] }),
}));

/** The tab whose faults the panel shows. */
export function selectedTabId(state: Pick<SidePanelState, 'pinnedTabId' | 'activeTabId'>): number | null {
  return state.pinnedTabId ?? state.activeTabId;
}
