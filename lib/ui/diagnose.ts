import { checkNetwork } from '../checklist/client';
import type { StepDetails } from '../checklist/steps';
import { database } from '../db';
import { concludeDiagnosis } from '../diagnosis/conclude';
import type { Diagnosis, ProbeResult } from '../diagnosis/types';
import type { Incident, Signal } from '../signals';

/**
 * The probes of a stored network-check step (lib/checklist/network.ts stores them flat), back as
 * ProbeResults for concludeDiagnosis. The check itself runs in the background (checklist.ts).
 */
export function probesFromStep(details: StepDetails): { online: boolean; probes: ProbeResult[] } {
  const platformHost = typeof details.platformHost === 'string' ? details.platformHost : null;
  const probes: ProbeResult[] = [];
  for (const [key, value] of Object.entries(details)) {
    if (!key.startsWith('ms:')) continue;
    const host = key.slice(3);
    const failure = details[`failure:${host}`];
    const status = details[`status:${host}`];
    const reachable = typeof value === 'number';
    probes.push({
      host,
      url: `https://${host}/`,
      role: host === platformHost ? 'platform' : 'neutral',
      reachable,
      latencyMs: reachable ? value : 0,
      status: typeof status === 'number' ? status : null,
      failure: reachable ? null : failure === 'timeout' ? 'timeout' : 'network',
    });
  }
  // The platform first, as the probes were run.
  probes.sort((a, b) => (a.role === b.role ? 0 : a.role === 'platform' ? -1 : 1));
  return { online: details.online !== false, probes };
}

export type DiagnoseOutcome = { ok: true; diagnosis: Diagnosis } | { ok: false; message: string };

/**
 * "Diagnose": the background's network check (online state, the platform's back-office and the
 * two neutral hosts, recorded as a checklist step of the incident), then the conclusion.
 */
export async function diagnoseIncident(tabId: number, incident: Pick<Incident, 'platform'>, signals: readonly Signal[], now = Date.now): Promise<DiagnoseOutcome> {
  const answer = await checkNetwork(tabId);
  if (!answer.ok) return { ok: false, message: answer.message };
  const step = await database().steps.get(answer.stepId);
  if (!step) return { ok: false, message: 'The network check was not stored.' };
  const { online, probes } = probesFromStep(step.details);
  return { ok: true, diagnosis: concludeDiagnosis({ platform: incident.platform, online, probes, signals, now: now() }) };
}
