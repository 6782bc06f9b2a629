import { browser } from 'wxt/browser';
import { database } from '../db';
import type { ChecklistAnswer, ChecklistMessage } from '../messages';
import { networkDetails } from '../checklist/network';
import { BROWSING_DATA_PERMISSION, siteDataDetails, siteDataRemovals, type BrowserFamily } from '../checklist/site-data';
import type { ChecklistStepId, StepDetails, StepOutcome } from '../checklist/steps';
import { runProbes } from '../diagnosis/probes';
import { matchUrl } from '../rules/catalog';
import { storeStep, type StepTab } from './checklist-store';
import { getTabPage } from './tab-pages';

/**
 * The background side of the guided checklist (lib/checklist/): every action and tick is stored
 * as a `steps` row in the tab's current incident — one is opened when the tab has none, with the
 * tab's platform and host — so the support report's "steps tried" fills itself. Clearing site
 * data and the network check run here, where the tab's real URL decides which site is meant.
 */

const FAMILY: BrowserFamily = import.meta.env.FIREFOX ? 'firefox' : 'chrome';

export function isChecklistMessage(message: { type: string }): message is ChecklistMessage {
  return message.type.startsWith('checklist/');
}

export async function handleChecklistMessage(message: ChecklistMessage): Promise<ChecklistAnswer> {
  const tab = await tabTarget(message.tabId);
  if (!tab) return refuse('tab-closed', 'The tab was closed.');
  switch (message.type) {
    case 'checklist/record':
      return record(tab, message.step, message.outcome, message.details);
    case 'checklist/clear-site-data':
      return clearSiteData(tab);
    case 'checklist/network-check':
      return networkCheck(tab);
  }
}

async function tabTarget(tabId: number): Promise<StepTab | undefined> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
  const page = await getTabPage(tabId).catch(() => undefined);
  // Without host permission the URL is hidden; the content script's last hello still knows the page.
  url ??= page?.url;
  const match = url ? matchUrl(url) : undefined;
  const host = match && url ? new URL(url).hostname : null;
  return { tabId, host, match, shopId: host !== null && page?.host === host ? page.shopId : null };
}

function refuse(error: Extract<ChecklistAnswer, { ok: false }>['error'], message: string): ChecklistAnswer {
  return { ok: false, error, message };
}

async function record(tab: StepTab, step: ChecklistStepId, outcome: StepOutcome, details: StepDetails, at = Date.now()): Promise<ChecklistAnswer> {
  const stored = await storeStep(database(), tab, { step, outcome, details, at });
  return { ok: true, stepId: stored.id, incidentId: stored.incidentId };
}

/** Removes the back-office's own data (site-data.ts), records the step, then reloads the tab signed out. */
async function clearSiteData(tab: StepTab): Promise<ChecklistAnswer> {
  if (!tab.match || !tab.host) return refuse('not-back-office', 'Only the data of a seller back-office can be cleared.');
  if (!(await browser.permissions.contains({ permissions: [...BROWSING_DATA_PERMISSION.permissions] }).catch(() => false))) {
    return refuse('permission-needed', 'The browsingData permission was not granted.');
  }
  const details = siteDataDetails(FAMILY, tab.host);
  try {
    for (const { options, dataTypes } of siteDataRemovals(FAMILY, tab.host)) await browser.browsingData.remove(options, dataTypes);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await record(tab, 'clear-site-data', 'failed', { ...details, error: message.slice(0, 300) });
    return refuse('failed', message);
  }
  const answer = await record(tab, 'clear-site-data', 'done', details);
  await browser.tabs.reload(tab.tabId, { bypassCache: true }).catch(() => undefined);
  return answer;
}

/** Online state and the latency of the platform's back-office and of the two neutral hosts, recorded as figures. */
async function networkCheck(tab: StepTab): Promise<ChecklistAnswer> {
  if (!tab.match) return refuse('not-back-office', 'The network check measures a seller back-office.');
  const at = Date.now();
  const probes = await runProbes(tab.match.platform, fetch.bind(globalThis), { hosts: tab.host ? [tab.host] : undefined });
  return record(tab, 'network-check', 'done', networkDetails({ online: navigator.onLine, probes, at }), at);
}
