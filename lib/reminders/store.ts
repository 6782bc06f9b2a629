import { z } from 'zod';
import { browser } from 'wxt/browser';
import { database } from '../db';
import { loadSettings } from '../settings';
import { storedAuthorisationSchema, type Authorisation } from './authorisations';
import { EMPTY_REMINDER_STATE, type ReminderState } from './schedule';

/** storage.local `reminders`: when the weekly check and the backup were last done (lib/reminders/schedule.ts). */
export const REMINDER_STATE_KEY = 'reminders';

const reminderStateSchema = z.object({
  weeklyCheckAnchor: z.number().finite().nullable().catch(null),
  backupAnchor: z.number().finite().nullable().catch(null),
});

export function parseReminderState(stored: unknown): ReminderState {
  const parsed = reminderStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : { ...EMPTY_REMINDER_STATE };
}

export async function loadReminderState(): Promise<ReminderState> {
  return parseReminderState((await browser.storage.local.get(REMINDER_STATE_KEY))[REMINDER_STATE_KEY]);
}

export async function saveReminderState(state: ReminderState): Promise<void> {
  await browser.storage.local.set({ [REMINDER_STATE_KEY]: state });
}

/** Only rows that still parse get reminders: a row written by an outside tool cannot break them. */
export async function loadAuthorisations(): Promise<Authorisation[]> {
  const rows = await database().authorisations.toArray();
  return rows.filter((row) => storedAuthorisationSchema.safeParse(row).success);
}

/** The seller did the weekly check: the next one is due a week from now. */
export async function markWeeklyCheckDone(now = Date.now()): Promise<void> {
  const state = await loadReminderState();
  const settings = await loadSettings();
  if (settings.weeklyCheckReminder) await saveReminderState({ ...state, weeklyCheckAnchor: now });
}

/** A backup was exported: the next reminder counts from now. */
export async function markBackupDone(now = Date.now()): Promise<void> {
  const state = await loadReminderState();
  const settings = await loadSettings();
  if (settings.backupReminderDays > 0) await saveReminderState({ ...state, backupAnchor: now });
}
