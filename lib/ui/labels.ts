import type { MessageKey } from '../i18n';
import type { Severity, SignalKind } from '../signals';

/** The words for each kind of signal and each severity (keys of public/_locales). */
export const KIND_LABEL_KEYS: Readonly<Record<SignalKind, MessageKey>> = {
  banner: 'kindBanner',
  'stuck-order': 'kindStuckOrder',
  'failed-load': 'kindFailedLoad',
  'console-error': 'kindConsoleError',
  'network-error': 'kindNetworkError',
  'slow-page': 'kindSlowPage',
  diagnostic: 'kindDiagnostic',
};

export const SEVERITY_LABEL_KEYS: Readonly<Record<Severity, MessageKey>> = {
  info: 'severityInfo',
  warning: 'severityWarning',
  error: 'severityError',
  critical: 'severityCritical',
};
