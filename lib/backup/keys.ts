import type { ChecklistStep, ManualShipment, OrderRecord, PageTiming } from '../db';
import type { Incident } from '../signals';
import type { Authorisation } from '../reminders/authorisations';

/**
 * Stable keys of the rows a backup carries: the same row has the same key in any database, so an
 * import adds only what is not there yet (lib/backup/format.ts lists them). Numeric ids are not
 * stable — each database numbers its own rows — and are only used inside one file to link rows.
 */

export const incidentKey = (incident: Pick<Incident, 'platform' | 'host' | 'tabId' | 'openedAt'>): string =>
  `${incident.platform}|${incident.host}|${incident.tabId}|${incident.openedAt}`;

export const signalKey = (incidentKeyOfSignal: string, fingerprint: string): string => `${incidentKeyOfSignal}|${fingerprint}`;

export const orderKey = (order: Pick<OrderRecord, 'platform' | 'orderId'>): string => `${order.platform}|${order.orderId}`;

export const pageTimingKey = (timing: Pick<PageTiming, 'platform' | 'host' | 'pathKey' | 'at'>): string => `${timing.platform}|${timing.host}|${timing.pathKey}|${timing.at}`;

export const stepKey = (step: Pick<ChecklistStep, 'at' | 'step' | 'tabId'>): string => `${step.at}|${step.step}|${step.tabId ?? ''}`;

export const shipmentKey = (shipment: Pick<ManualShipment, 'platform' | 'orderId' | 'createdAt'>): string => `${shipment.platform}|${shipment.orderId}|${shipment.createdAt}`;

export const authorisationKey = (authorisation: Pick<Authorisation, 'platform' | 'kind' | 'label' | 'expiresAt'>): string =>
  `${authorisation.platform}|${authorisation.kind}|${authorisation.label}|${authorisation.expiresAt}`;
