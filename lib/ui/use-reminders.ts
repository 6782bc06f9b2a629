import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { database } from '../db';
import { storedAuthorisationSchema, type Authorisation } from '../reminders/authorisations';
import { dueReminders, type DueReminder, type ReminderState } from '../reminders/schedule';
import { loadReminderState, parseReminderState, REMINDER_STATE_KEY } from '../reminders/store';
import type { Settings } from '../settings';
import { useNow } from './use-now';

/** The registered authorisations, soonest expiry first, read live. */
export function useAuthorisations(): Authorisation[] | undefined {
  return useLiveQuery(async () => (await database().authorisations.orderBy('expiresAt').toArray()).filter((row) => storedAuthorisationSchema.safeParse(row).success), []);
}

/** storage.local `reminders`, kept current. */
export function useReminderState(): ReminderState | undefined {
  const [state, setState] = useState<ReminderState>();
  useEffect(() => {
    let current = true;
    const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[REMINDER_STATE_KEY]) setState(parseReminderState(changes[REMINDER_STATE_KEY].newValue));
    };
    browser.storage.onChanged.addListener(handler);
    loadReminderState().then(
      (loaded) => current && setState(loaded),
      () => current && setState({ weeklyCheckAnchor: null, backupAnchor: null }),
    );
    return () => {
      current = false;
      browser.storage.onChanged.removeListener(handler);
    };
  }, []);
  return state;
}

/** What the seller should see now, whether or not notifications are allowed. */
export function useDueReminders(settings: Settings | undefined): DueReminder[] {
  const authorisations = useAuthorisations();
  const state = useReminderState();
  const now = useNow(60_000);
  if (!settings || !authorisations || !state) return [];
  return dueReminders({ now, authorisations, settings, state });
}
