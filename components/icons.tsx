import type { ReactNode } from 'react';
import type { SignalKind } from '@/lib/signals';

/**
 * Line icons drawn on a 24-unit grid with the current text colour. Decorative: every icon sits
 * next to words, so they are hidden from screen readers.
 */
function Icon({ size = 16, children }: { size?: number; children: ReactNode }) {
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

type IconProps = { size?: number };

export const CheckCircleIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="m8 12.5 2.8 2.8L16.5 9.5" />
  </Icon>
);

export const AlertTriangleIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M10.3 4.2 2.6 17.5A2 2 0 0 0 4.3 20.5h15.4a2 2 0 0 0 1.7-3L13.7 4.2a2 2 0 0 0-3.4 0Z" />
    <path d="M12 9.5v4.5" />
    <path d="M12 17.2h.01" />
  </Icon>
);

export const AlertOctagonIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M8.2 2.8h7.6l5.4 5.4v7.6l-5.4 5.4H8.2l-5.4-5.4V8.2Z" />
    <path d="M12 8v5" />
    <path d="M12 16.2h.01" />
  </Icon>
);

export const InfoIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 11v5.5" />
    <path d="M12 7.8h.01" />
  </Icon>
);

export const SettingsIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="3" />
    <path d="M19.4 15a1.7 1.7 0 0 0 .3 1.8l.1.1a2 2 0 1 1-2.8 2.8l-.1-.1a1.7 1.7 0 0 0-1.8-.3 1.7 1.7 0 0 0-1 1.5V21a2 2 0 1 1-4 0v-.1a1.7 1.7 0 0 0-1.1-1.5 1.7 1.7 0 0 0-1.8.3l-.1.1a2 2 0 1 1-2.8-2.8l.1-.1a1.7 1.7 0 0 0 .3-1.8 1.7 1.7 0 0 0-1.5-1H3a2 2 0 1 1 0-4h.1a1.7 1.7 0 0 0 1.5-1.1 1.7 1.7 0 0 0-.3-1.8l-.1-.1a2 2 0 1 1 2.8-2.8l.1.1a1.7 1.7 0 0 0 1.8.3H9a1.7 1.7 0 0 0 1-1.5V3a2 2 0 1 1 4 0v.1a1.7 1.7 0 0 0 1 1.5 1.7 1.7 0 0 0 1.8-.3l.1-.1a2 2 0 1 1 2.8 2.8l-.1.1a1.7 1.7 0 0 0-.3 1.8V9a1.7 1.7 0 0 0 1.5 1H21a2 2 0 1 1 0 4h-.1a1.7 1.7 0 0 0-1.5 1Z" />
  </Icon>
);

export const PanelIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="M15 4v16" />
  </Icon>
);

export const KeyIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="7.5" cy="15.5" r="4" />
    <path d="m10.5 12.5 9-9" />
    <path d="m16 6 3 3" />
    <path d="m14 8 2 2" />
  </Icon>
);

export const LockIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <rect x="4" y="11" width="16" height="10" rx="2" />
    <path d="M8 11V7a4 4 0 0 1 8 0v4" />
  </Icon>
);

export const RefreshIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M20 11a8 8 0 0 0-14.8-4.2L4 8" />
    <path d="M4 4v4h4" />
    <path d="M4 13a8 8 0 0 0 14.8 4.2L20 16" />
    <path d="M20 20v-4h-4" />
  </Icon>
);

export const GlobeIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M3 12h18" />
    <path d="M12 3a14 14 0 0 1 0 18a14 14 0 0 1 0-18Z" />
  </Icon>
);

export const PauseIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M10 9v6" />
    <path d="M14 9v6" />
  </Icon>
);

export const ClockIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <circle cx="12" cy="12" r="9" />
    <path d="M12 7v5l3 2" />
  </Icon>
);

const BannerIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <rect x="3" y="5" width="18" height="14" rx="2" />
    <path d="M12 9v3.5" />
    <path d="M12 15.5h.01" />
  </Icon>
);

const PackageIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M21 8 12 3 3 8v8l9 5 9-5Z" />
    <path d="m3 8 9 5 9-5" />
    <path d="M12 13v8" />
  </Icon>
);

const HourglassIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M6 3h12" />
    <path d="M6 21h12" />
    <path d="M7 3c0 5 5 6 5 9s-5 4-5 9" />
    <path d="M17 3c0 5-5 6-5 9s5 4 5 9" />
  </Icon>
);

const TerminalIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <path d="m7 9 3 3-3 3" />
    <path d="M12.5 15H17" />
  </Icon>
);

const CloudOffIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M7 18h10.5a4 4 0 0 0 1.6-7.7A6 6 0 0 0 8.2 7.6" />
    <path d="M5.3 8.6A4.5 4.5 0 0 0 7 18" />
    <path d="m3 3 18 18" />
  </Icon>
);

const GaugeIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M4.9 18.5a9 9 0 1 1 14.2 0" />
    <path d="m12 13 4-4" />
    <circle cx="12" cy="13" r="1" />
  </Icon>
);

const PulseIcon = ({ size }: IconProps) => (
  <Icon size={size}>
    <path d="M3 12h4l2.5-6 5 12 2.5-6h4" />
  </Icon>
);

const KIND_ICONS: Readonly<Record<SignalKind, (props: IconProps) => ReactNode>> = {
  banner: BannerIcon,
  'stuck-order': PackageIcon,
  'failed-load': HourglassIcon,
  'console-error': TerminalIcon,
  'network-error': CloudOffIcon,
  'slow-page': GaugeIcon,
  diagnostic: PulseIcon,
};

export function KindIcon({ kind, size }: { kind: SignalKind; size?: number }) {
  const Drawn = KIND_ICONS[kind];
  return <Drawn size={size} />;
}
