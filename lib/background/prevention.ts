import { database, type SellerSosDatabase } from '../db';
import { fixById } from '../fixes/catalog';
import type { AuthorisationAnswer, PostmortemAnswer, UiToBackground } from '../messages';
import { faultFingerprints, scenarioOf } from '../postmortem/match';
import type { PostMortem } from '../postmortem/types';
import { redactText } from '../redact';
import { checkAuthorisation } from '../reminders/authorisations';
import { syncReminders } from './reminders';

/**
 * The background side of prevention and review: registering and removing authorisations (the
 * reminder alarms follow at once; a page that wrote them itself, as a backup's import does, asks
 * with reminders/sync) and resolving an incident with its post-mortem.
 */

type PreventionMessage = Extract<UiToBackground, { type: 'authorisations/add' | 'authorisations/delete' | 'reminders/sync' | 'postmortem/resolve' }>;

export function isPreventionMessage(message: { type: string }): message is PreventionMessage {
  return message.type.startsWith('authorisations/') || message.type === 'reminders/sync' || message.type === 'postmortem/resolve';
}

export async function handlePreventionMessage(message: PreventionMessage, db: SellerSosDatabase = database(), now = Date.now()): Promise<AuthorisationAnswer | PostmortemAnswer | { ok: true }> {
  switch (message.type) {
    case 'authorisations/add': {
      const checked = checkAuthorisation(message.input, now);
      if (!checked.ok) return { ok: false, fields: checked.fields };
      const id = (await db.authorisations.add(checked.authorisation)) as number;
      await resync();
      return { ok: true, id };
    }
    case 'authorisations/delete':
      await db.authorisations.delete(message.id);
      await resync();
      return { ok: true };
    case 'reminders/sync':
      await resync();
      return { ok: true };
    case 'postmortem/resolve':
      return resolveIncident(db, message, now);
  }
}

async function resync(): Promise<void> {
  try {
    await syncReminders();
  } catch (error) {
    // The row is stored; the next start-up or change schedules its alarms.
    console.warn('Seller SOS: could not schedule the reminders:', error);
  }
}

/**
 * Stores the post-mortem and marks the incident resolved, in one transaction. The scenario and
 * fingerprints are worked out here from the stored signals, never taken from the message.
 * Resolving again replaces the earlier post-mortem (incidentId is unique).
 */
export async function resolveIncident(db: SellerSosDatabase, message: Extract<PreventionMessage, { type: 'postmortem/resolve' }>, now: number): Promise<PostmortemAnswer> {
  if (message.fixId !== null && !fixById(message.fixId)) return { ok: false, error: 'fix-missing', message: `No fix ${message.fixId} in the knowledge base.` };
  if (message.fixId === null && !message.fixText.trim()) return { ok: false, error: 'fix-missing', message: 'Say what fixed it.' };
  return db.transaction('rw', db.incidents, db.signals, db.postmortems, async () => {
    const incident = await db.incidents.get(message.incidentId);
    if (!incident) return { ok: false, error: 'not-found', message: `No incident ${message.incidentId}.` } as const;
    const signals = await db.signals.where('incidentId').equals(message.incidentId).toArray();
    const postmortem: PostMortem = {
      incidentId: message.incidentId,
      platform: incident.platform,
      host: incident.host,
      shopId: incident.shopId,
      scenario: scenarioOf(signals, incident.platform),
      fingerprints: faultFingerprints(signals),
      title: redactText(incident.title || signals.find((signal) => signal.severity !== 'info')?.message || ''),
      cause: message.cause,
      fixId: message.fixId,
      fixText: message.fixId === null ? redactText(message.fixText.trim()) : '',
      note: redactText(message.note.trim()),
      openedAt: incident.openedAt,
      resolvedAt: now,
      timeToResolveMs: Math.max(0, now - incident.openedAt),
    };
    const earlier = await db.postmortems.where('incidentId').equals(message.incidentId).first();
    const id = (await db.postmortems.put(earlier?.id === undefined ? postmortem : { ...postmortem, id: earlier.id })) as number;
    await db.incidents.update(message.incidentId, { status: 'resolved', resolvedAt: now });
    return { ok: true, id } as const;
  });
}
