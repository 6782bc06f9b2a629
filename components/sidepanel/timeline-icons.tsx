import type { ReactNode } from 'react';

/** Line icons of the timeline, drawn like components/icons.tsx (decorative: words sit beside them). */
function Icon({ size = 16, children }: { size?: number | undefined; children: ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

type IconProps = { size?: number | undefined };

export const CameraIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M4 8h3l2-3h6l2 3h3a1 1 0 0 1 1 1v9a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V9a1 1 0 0 1 1-1Z" />
    <circle cx="12" cy="13" r="3.5" />
  </Icon>
);

export const ChecklistIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="m4 7 2 2 3-3.5" />
    <path d="M12 7.5h8" />
    <path d="m4 15 2 2 3-3.5" />
    <path d="M12 15.5h8" />
  </Icon>
);

export const FlagIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M5 21V4" />
    <path d="M5 4h11l-2 4 2 4H5" />
  </Icon>
);

export const ClockIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Icon>
);
