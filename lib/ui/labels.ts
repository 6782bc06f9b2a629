import type { ChecklistStepId, StepOutcome } from '../checklist/steps';
import type { MessageKey } from '../i18n';
import type { Severity, SignalKind } from '../signals';
import type { TimelineKind } from '../timeline/entries';

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

/** Checklist items by their step id (lib/checklist/steps.ts), as the popup and the timeline name them. */
export const STEP_TITLE_KEYS: Readonly<Record<ChecklistStepId, MessageKey>> = {
  refresh: 'checklistStepRefreshTitle',
  'hard-reload': 'checklistStepHardReloadTitle',
  'clear-site-data': 'checklistStepClearTitle',
  'network-check': 'checklistStepNetworkTitle',
  'sign-in-again': 'checklistStepSignInTitle',
  'other-browser-device': 'checklistStepOtherBrowserTitle',
  'other-network': 'checklistStepOtherNetworkTitle',
};

/** A step's outcome in one word (the popup's own labels carry the time in the sentence). */
export const STEP_OUTCOME_LABEL_KEYS: Readonly<Record<StepOutcome, MessageKey>> = {
  done: 'timelineOutcomeDone',
  failed: 'timelineOutcomeFailed',
  skipped: 'timelineOutcomeSkipped',
  helped: 'timelineOutcomeHelped',
  'did-not-help': 'timelineOutcomeDidNotHelp',
};

/** The timeline's kind filter: the signal kinds, evidence captures and checklist steps. */
export const TIMELINE_KIND_LABEL_KEYS: Readonly<Record<TimelineKind, MessageKey>> = {
  ...KIND_LABEL_KEYS,
  capture: 'timelineKindCapture',
  step: 'timelineKindStep',
};
