import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { PLATFORMS, type Platform } from '../rules/types';
import { isTimelineKind, type TimelineKind } from './entries';
import { HISTORY_PAGE_SIZE } from './queries';

/**
 * What the side panel shows besides the tab: which view (this tab or the history), the platform
 * and kind filters (shared by both views), the incident opened from the history and how much of
 * the history is loaded. Kept in sessionStorage, so a reload of the panel keeps the seller's
 * place and a new browser session starts unfiltered.
 */
export type SidePanelView = 'tab' | 'history';

export interface TimelineState {
  view: SidePanelView;
  /** Platforms chosen; empty means every platform. */
  platforms: Platform[];
  /** Kinds chosen; empty means every kind. */
  kinds: TimelineKind[];
  /** The history's incident shown in full, or null for the list. */
  openIncidentId: number | null;
  /** The incident last opened from the list, so Back puts focus on its row again (not kept). */
  lastOpenedIncidentId: number | null;
  historyLimit: number;

  showView(view: SidePanelView): void;
  togglePlatform(platform: Platform): void;
  toggleKind(kind: TimelineKind): void;
  showAllPlatforms(): void;
  showAllKinds(): void;
  clearFilters(): void;
  openIncident(incidentId: number): void;
  closeIncident(): void;
  forgetLastOpened(): void;
  showMoreHistory(): void;
}

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((each) => each !== value) : [...list, value];
}

const initial = { view: 'tab' as SidePanelView, platforms: [] as Platform[], kinds: [] as TimelineKind[], openIncidentId: null as number | null, lastOpenedIncidentId: null as number | null, historyLimit: HISTORY_PAGE_SIZE };

/** Whatever sessionStorage held is checked field by field: a bad value falls back to the default. */
export function restoreTimelineState(saved: unknown): Partial<typeof initial> {
  if (!saved || typeof saved !== 'object') return {};
  const value = saved as Record<string, unknown>;
  const restored: Partial<typeof initial> = {};
  if (value.view === 'tab' || value.view === 'history') restored.view = value.view;
  if (Array.isArray(value.platforms)) restored.platforms = [...new Set(value.platforms.filter((each): each is Platform => (PLATFORMS as readonly unknown[]).includes(each)))];
  if (Array.isArray(value.kinds)) restored.kinds = [...new Set(value.kinds.filter(isTimelineKind))];
  if (typeof value.openIncidentId === 'number' && Number.isInteger(value.openIncidentId) && value.openIncidentId > 0) restored.openIncidentId = value.openIncidentId;
  return restored;
}

export const useTimelineStore = create<TimelineState>()(
  persist(
    (set) => ({
      ...initial,
      showView: (view) => set({ view }),
      togglePlatform: (platform) => set((state) => ({ platforms: toggle(state.platforms, platform), historyLimit: HISTORY_PAGE_SIZE })),
      toggleKind: (kind) => set((state) => ({ kinds: toggle(state.kinds, kind) })),
      showAllPlatforms: () => set({ platforms: [], historyLimit: HISTORY_PAGE_SIZE }),
      showAllKinds: () => set({ kinds: [] }),
      clearFilters: () => set({ platforms: [], kinds: [], historyLimit: HISTORY_PAGE_SIZE }),
      openIncident: (incidentId) => set({ view: 'history', openIncidentId: incidentId, lastOpenedIncidentId: incidentId }),
      closeIncident: () => set({ openIncidentId: null }),
      forgetLastOpened: () => set({ lastOpenedIncidentId: null }),
      showMoreHistory: () => set((state) => ({ historyLimit: state.historyLimit + HISTORY_PAGE_SIZE })),
    }),
    {
      name: 'seller-sos:sidepanel-timeline',
      version: 1,
      storage: createJSONStorage(() => sessionStorage),
      partialize: (state) => ({ view: state.view, platforms: state.platforms, kinds: state.kinds, openIncidentId: state.openIncidentId }),
      merge: (saved, current) => ({ ...current, ...restoreTimelineState(saved) }),
    },
  ),
);
