import type { ReactNode } from 'react';

/** The page header: the life-ring icon, the page's main heading, and optional actions on the right. */
export function BrandHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  return (
    <header className="app-header">
      <img className="app-header__logo" src="/icons/48.png" alt="" width={28} height={28} />
      <div className="app-header__titles">
        <h1 className="app-header__title">{title}</h1>
        {subtitle ? <p className="app-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions}
    </header>
  );
}
