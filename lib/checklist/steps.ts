import type { ChecklistStep } from '../db';

/**
 * The guided checklist in the field guides' order — check before acting, outside in: the page
 * itself (refresh, then a reload that bypasses the cache), this back-office's stored data, the
 * network, the account, and last what only the seller can try (another browser or device,
 * another network). Plain data and pure functions: the popup, the background and the support
 * report all read it.
 */

export const CHECKLIST_STEP_IDS = ['refresh', 'hard-reload', 'clear-site-data', 'network-check', 'sign-in-again', 'other-browser-device', 'other-network'] as const;
export type ChecklistStepId = (typeof CHECKLIST_STEP_IDS)[number];

export const STEP_OUTCOMES = ['done', 'failed', 'skipped', 'helped', 'did-not-help'] as const satisfies readonly ChecklistStep['outcome'][];
export type StepOutcome = (typeof STEP_OUTCOMES)[number];

/** 'action': Seller SOS does it on a click. 'manual': the seller does it and says whether it helped. */
export type StepKind = 'action' | 'manual';

export const STEP_KINDS: Readonly<Record<ChecklistStepId, StepKind>> = {
  refresh: 'action',
  'hard-reload': 'action',
  'clear-site-data': 'action',
  'network-check': 'action',
  'sign-in-again': 'manual',
  'other-browser-device': 'manual',
  'other-network': 'manual',
};

/** What a step's details may hold: flat, like signal details (lib/db.ts ChecklistStep). */
export type StepDetails = ChecklistStep['details'];

/** The outcomes a step of each kind can be recorded with. */
export function outcomesFor(step: ChecklistStepId): readonly StepOutcome[] {
  return STEP_KINDS[step] === 'manual' ? ['helped', 'did-not-help'] : ['done', 'failed', 'skipped'];
}

/** The newest recorded step of each checklist item (steps of one incident, any order). */
export function latestByStep(steps: readonly ChecklistStep[]): Map<ChecklistStepId, ChecklistStep> {
  const latest = new Map<ChecklistStepId, ChecklistStep>();
  for (const step of steps) {
    if (!(CHECKLIST_STEP_IDS as readonly string[]).includes(step.step)) continue;
    const id = step.step as ChecklistStepId;
    const current = latest.get(id);
    if (!current || step.at > current.at || (step.at === current.at && (step.id ?? 0) > (current.id ?? 0))) latest.set(id, step);
  }
  return latest;
}
