import type { ReactNode } from 'react';

/**
 * The page-level notice (access missing, detection paused, tab status unavailable): a tone, an
 * icon, a heading that labels the section, and the body with its actions.
 */
export function Notice({ tone, icon, titleId, title, className = '', children }: { tone: 'warning' | 'danger'; icon: ReactNode; titleId: string; title: string; className?: string; children: ReactNode }) {
  return (
    <section className={`notice notice--${tone} ${className}`.trim()} aria-labelledby={titleId}>
      <span className="notice__icon">{icon}</span>
      <div className="notice__body">
        <h2 className="notice__title" id={titleId}>
          {title}
        </h2>
        {children}
      </div>
    </section>
  );
}
