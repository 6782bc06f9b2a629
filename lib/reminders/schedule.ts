import { DAY_MS, REMINDER_OFFSET_DAYS, type Authorisation } from './authorisations';

/**
 * Which reminder alarms should exist, worked out from stored data only (authorisations, the
 * reminder settings, when the weekly check and the last backup were done). The background
 * recomputes them on install, on browser start and after every change, so a restart or a lost
 * alarm never loses a reminder; the plan is deterministic, so recomputing changes nothing.
 */

export const ALARM_PREFIX = 'reminder:';
export const WEEKLY_CHECK_ALARM = `${ALARM_PREFIX}weekly-check`;
export const BACKUP_ALARM = `${ALARM_PREFIX}backup`;
export const WEEK_MS = 7 * DAY_MS;

export function authorisationAlarm(id: number, offsetDays: number): string {
  return `${ALARM_PREFIX}auth:${id}:${offsetDays}`;
}

/** Reads an alarm name back: which reminder it is. */
export type ReminderRef = { type: 'auth'; id: number; offsetDays: number } | { type: 'weekly-check' } | { type: 'backup' };
export function parseAlarmName(name: string): ReminderRef | null {
  if (name === WEEKLY_CHECK_ALARM) return { type: 'weekly-check' };
  if (name === BACKUP_ALARM) return { type: 'backup' };
  const match = /^reminder:auth:(\d+):(\d+)$/.exec(name);
  return match ? { type: 'auth', id: Number(match[1]), offsetDays: Number(match[2]) } : null;
}

/**
 * When the weekly check and the backup were last done, or when their reminder was switched on
 * (storage.local `reminders`); null while the reminder is off.
 */
export interface ReminderState {
  weeklyCheckAnchor: number | null;
  backupAnchor: number | null;
}
export const EMPTY_REMINDER_STATE: ReminderState = { weeklyCheckAnchor: null, backupAnchor: null };

export interface ReminderSettings {
  weeklyCheckReminder: boolean;
  backupReminderDays: number;
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

/**
 * A recurring reminder's next alarm: its due time, or — once that has passed without the
 * seller acting — the next whole day after it, so it comes back daily until done.
 */
export function nextRecurring(anchor: number, everyMs: number, now: number): number {
  const due = anchor + everyMs;
  if (due > now) return due;
  return due + Math.floor((now - due) / DAY_MS + 1) * DAY_MS;
}

export function planReminders(input: { now: number; authorisations: readonly Authorisation[]; settings: ReminderSettings; state: ReminderState }): PlannedAlarm[] {
  const { now, settings, state } = input;
  const plan: PlannedAlarm[] = [];
  for (const authorisation of input.authorisations) {
    if (authorisation.id === undefined) continue;
    for (const offsetDays of REMINDER_OFFSET_DAYS) {
      const when = authorisation.expiresAt - offsetDays * DAY_MS;
      // A reminder whose day has passed is not replayed: the popup and options show what is due.
      if (when > now) plan.push({ name: authorisationAlarm(authorisation.id, offsetDays), when });
    }
  }
  if (settings.weeklyCheckReminder && state.weeklyCheckAnchor !== null) plan.push({ name: WEEKLY_CHECK_ALARM, when: nextRecurring(state.weeklyCheckAnchor, WEEK_MS, now) });
  if (settings.backupReminderDays > 0 && state.backupAnchor !== null) plan.push({ name: BACKUP_ALARM, when: nextRecurring(state.backupAnchor, settings.backupReminderDays * DAY_MS, now) });
  return plan.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name));
}

/** The part of `browser.alarms` scheduling uses: injected, so tests can hand in a fake. */
export interface AlarmsApi {
  create(name: string, info: { when: number }): unknown;
  clear(name: string): Promise<boolean>;
  getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
}

/**
 * Makes the browser's reminder alarms exactly the plan: clears those no longer planned (an
 * authorisation deleted, a reminder switched off), creates missing ones and moves changed
 * ones. Alarms that are not reminders (capture recovery) are left alone.
 */
export async function applyPlan(alarms: AlarmsApi, plan: readonly PlannedAlarm[]): Promise<{ created: string[]; cleared: string[] }> {
  const existing = new Map((await alarms.getAll()).filter((alarm) => alarm.name.startsWith(ALARM_PREFIX)).map((alarm) => [alarm.name, alarm.scheduledTime]));
  const wanted = new Map(plan.map((alarm) => [alarm.name, alarm.when]));
  const cleared: string[] = [];
  const created: string[] = [];
  for (const name of existing.keys()) {
    if (!wanted.has(name)) {
      await alarms.clear(name);
      cleared.push(name);
    }
  }
  for (const [name, when] of wanted) {
    if (existing.get(name) === when) continue;
    await alarms.create(name, { when });
    created.push(name);
  }
  return { created, cleared };
}

/** A reminder the seller should see now (the popup's and options page's notice). */
export type DueReminder =
  | { type: 'auth'; authorisation: Authorisation; daysLeft: number; expired: boolean }
  | { type: 'weekly-check'; dueAt: number }
  | { type: 'backup'; dueAt: number };

/** What is due now: authorisations within 30 days of expiry or expired, a weekly check or backup past due. */
export function dueReminders(input: { now: number; authorisations: readonly Authorisation[]; settings: ReminderSettings; state: ReminderState }): DueReminder[] {
  const { now, settings, state } = input;
  const due: DueReminder[] = [];
  const window = Math.max(...REMINDER_OFFSET_DAYS) * DAY_MS;
  for (const authorisation of [...input.authorisations].sort((a, b) => a.expiresAt - b.expiresAt)) {
    if (authorisation.expiresAt - now > window) continue;
    due.push({ type: 'auth', authorisation, daysLeft: Math.max(0, Math.ceil((authorisation.expiresAt - now) / DAY_MS)), expired: authorisation.expiresAt <= now });
  }
  if (settings.weeklyCheckReminder && state.weeklyCheckAnchor !== null && state.weeklyCheckAnchor + WEEK_MS <= now) due.push({ type: 'weekly-check', dueAt: state.weeklyCheckAnchor + WEEK_MS });
  if (settings.backupReminderDays > 0 && state.backupAnchor !== null && state.backupAnchor + settings.backupReminderDays * DAY_MS <= now) {
    due.push({ type: 'backup', dueAt: state.backupAnchor + settings.backupReminderDays * DAY_MS });
  }
  return due;
}

/**
 * The state after the settings changed: a reminder switched on starts counting now, one
 * switched off forgets its anchor (switching it on again starts afresh).
 */
export function reconcileState(state: ReminderState, settings: ReminderSettings, now: number): ReminderState {
  return {
    weeklyCheckAnchor: settings.weeklyCheckReminder ? (state.weeklyCheckAnchor ?? now) : null,
    backupAnchor: settings.backupReminderDays > 0 ? (state.backupAnchor ?? now) : null,
  };
}
