import { useRef, type KeyboardEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import type { SidePanelView } from '@/lib/timeline/store';
import { useT } from '../I18nProvider';

const VIEWS: readonly { view: SidePanelView; label: MessageKey }[] = [
  { view: 'tab', label: 'viewTab' },
  { view: 'history', label: 'viewHistory' },
];

export const viewTabId = (view: SidePanelView) => `sidepanel-view-${view}`;
export const viewPanelId = (view: SidePanelView) => `sidepanel-panel-${view}`;

/** "This tab" / "History": a tab list (arrow keys, Home and End move between them, as the ARIA pattern says). */
export function ViewTabs({ view, onChange }: { view: SidePanelView; onChange: (view: SidePanelView) => void }) {
  const { t } = useT();
  const buttons = useRef(new Map<SidePanelView, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = VIEWS.findIndex((each) => each.view === view);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % VIEWS.length : event.key === 'ArrowLeft' ? (index - 1 + VIEWS.length) % VIEWS.length : event.key === 'Home' ? 0 : event.key === 'End' ? VIEWS.length - 1 : null;
    if (next === null) return;
    event.preventDefault();
    const target = VIEWS[next]!.view;
    onChange(target);
    buttons.current.get(target)?.focus();
  };

  return (
    <div className="view-tabs" role="tablist" aria-label={t('sidepanelViewsLabel')} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view: each, label }) => (
        <button
          key={each}
          ref={(element) => {
            if (element) buttons.current.set(each, element);
            else buttons.current.delete(each);
          }}
          type="button"
          role="tab"
          id={viewTabId(each)}
          aria-selected={view === each}
          aria-controls={viewPanelId(each)}
          tabIndex={view === each ? 0 : -1}
          className="view-tabs__tab"
          data-view={each}
          onClick={() => onChange(each)}
        >
          {t(label)}
        </button>
      ))}
    </div>
  );
}
