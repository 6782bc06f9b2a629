import type { Settings } from '../settings';

/** The settings the options page edits, as typed (text until saved, so a half-typed number survives). */
export interface SettingsDraft {
  language: Settings['language'];
  spinnerTimeoutSeconds: string;
  deadlineWarningHours: string;
  detectionEnabled: boolean;
}
export type DraftField = keyof SettingsDraft;
export const DRAFT_FIELDS: readonly DraftField[] = ['language', 'spinnerTimeoutSeconds', 'deadlineWarningHours', 'detectionEnabled'];

export function draftFromSettings(settings: Settings): SettingsDraft {
  return {
    language: settings.language,
    spinnerTimeoutSeconds: String(settings.spinnerTimeoutSeconds),
    deadlineWarningHours: String(settings.deadlineWarningHours),
    detectionEnabled: settings.detectionEnabled,
  };
}

/** Text to number; an empty or non-numeric field becomes NaN so saveSettings refuses it by name. */
function toNumber(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** The change to hand to saveSettings; it validates (lib/settings.ts), this page does not second-guess it. */
export function changeFromDraft(draft: SettingsDraft): Partial<Settings> {
  return {
    language: draft.language,
    spinnerTimeoutSeconds: toNumber(draft.spinnerTimeoutSeconds),
    deadlineWarningHours: toNumber(draft.deadlineWarningHours),
    detectionEnabled: draft.detectionEnabled,
  };
}

/**
 * The fields a SettingsError refused. Its message names each one first ("spinnerTimeoutSeconds:
 * Too small…; deadlineWarningHours: …"); fields this form does not edit are returned as `other`.
 */
export function refusedFields(message: string): { fields: DraftField[]; other: string[] } {
  const fields: DraftField[] = [];
  const other: string[] = [];
  for (const part of message.split(';')) {
    const name = part.split(':')[0]?.trim().split('.')[0] ?? '';
    if (!name) continue;
    if ((DRAFT_FIELDS as readonly string[]).includes(name)) {
      if (!fields.includes(name as DraftField)) fields.push(name as DraftField);
    } else if (!other.includes(name)) other.push(name);
  }
  return { fields, other };
}
