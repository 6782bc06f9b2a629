import { useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORMS, type Platform } from '@/lib/rules/types';
import { addShipment } from '@/lib/shipments/client';
import { fromDateTimeLocal, toDateTimeLocal } from '@/lib/shipments/form';
import { orderIdExample, validateShipment, type ShipmentError, type ShipmentField } from '@/lib/shipments/validate';
import { platformName } from '@/lib/ui/format';
import { CheckCircleIcon } from '../../icons';
import { useT } from '../../I18nProvider';

const ERROR_KEYS: Readonly<Record<ShipmentError, MessageKey>> = {
  required: 'shipmentsErrorRequired',
  'order-id-format': 'shipmentsErrorOrderIdFormat',
  'too-long': 'shipmentsErrorTooLong',
  'tracking-format': 'shipmentsErrorTrackingFormat',
  'in-future': 'shipmentsErrorInFuture',
  'too-old': 'shipmentsErrorTooOld',
  'invalid-date': 'shipmentsErrorInvalidDate',
};

interface Draft {
  platform: Platform;
  orderId: string;
  buyerReference: string;
  carrier: string;
  trackingNumber: string;
  shippedAt: string;
}

/**
 * One shipment into the log. Checked as typed values are submitted (lib/shipments/validate.ts, the
 * platform's order-id format from the rules) and again by the background; each refused field says
 * why next to itself, and focus goes to the first one.
 */
export function ShipmentForm({ initialPlatform }: { initialPlatform: Platform }) {
  const { t } = useT();
  const ids = useId();
  const form = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => ({ platform: initialPlatform, orderId: '', buyerReference: '', carrier: '', trackingNumber: '', shippedAt: toDateTimeLocal(Date.now()) }));
  const [errors, setErrors] = useState<Partial<Record<ShipmentField, ShipmentError>>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const set = (field: keyof Draft) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }));

  const focusFirstError = (fields: Partial<Record<ShipmentField, unknown>>) => {
    const first = (['orderId', 'buyerReference', 'carrier', 'trackingNumber', 'shippedAt'] as const).find((field) => fields[field]);
    if (first) form.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus(null);
    const input = { ...draft, shippedAt: fromDateTimeLocal(draft.shippedAt) };
    const checked = validateShipment(input);
    if (!checked.ok) {
      setErrors(checked.errors);
      setStatus({ ok: false, text: t('shipmentsNotSaved') });
      focusFirstError(checked.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    const answer = await addShipment(checked.value);
    setSaving(false);
    if (answer.ok) {
      setStatus({ ok: true, text: t('shipmentsAdded', checked.value.orderId) });
      // The next parcel usually goes with the same carrier on the same platform, at about the same time.
      setDraft((current) => ({ ...current, orderId: '', buyerReference: '', trackingNumber: '' }));
      form.current?.querySelector<HTMLElement>('[name="orderId"]')?.focus();
    } else if (answer.error === 'invalid' && answer.fields) {
      setErrors(answer.fields as Partial<Record<ShipmentField, ShipmentError>>);
      setStatus({ ok: false, text: t('shipmentsNotSaved') });
      focusFirstError(answer.fields);
    } else {
      setStatus({ ok: false, text: answer.error === 'duplicate' ? t('shipmentsErrorDuplicate') : t('shipmentsErrorFailed') });
    }
  };

  const errorText = (field: ShipmentField) => {
    const code = errors[field];
    if (!code) return null;
    return code === 'order-id-format' ? t('shipmentsErrorOrderIdFormat', platformName(draft.platform), orderIdExample(draft.platform)) : t(ERROR_KEYS[code]);
  };

  const field = (name: ShipmentField, label: MessageKey, input: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactElement, hint?: string) => {
    const id = `${ids}-${name}`;
    const error = errorText(name);
    const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field" data-field={name}>
        <label className="field__label" htmlFor={id}>
          {t(label)}
        </label>
        {input({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
        {hint ? (
          <p className="field__hint" id={`${id}-hint`}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p className="field__error" id={`${id}-error`} data-error={errors[name]}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <section className="card shipments__section" aria-labelledby={`${ids}-heading`}>
      <h2 className="shipments__heading" id={`${ids}-heading`}>
        {t('shipmentsFormHeading')}
      </h2>
      <form ref={form} className="shipment-form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="field" data-field="platform">
          <label className="field__label" htmlFor={`${ids}-platform`}>
            {t('shipmentsPlatform')}
          </label>
          <select id={`${ids}-platform`} name="platform" className="select" value={draft.platform} onChange={(event) => setDraft((current) => ({ ...current, platform: event.target.value as Platform }))}>
            {PLATFORMS.map((platform) => (
              <option key={platform} value={platform}>
                {platformName(platform)}
              </option>
            ))}
          </select>
        </div>
        {field('orderId', 'shipmentsOrderId', (props) => <input {...props} name="orderId" className="input" autoComplete="off" spellCheck={false} value={draft.orderId} onChange={set('orderId')} />, t('shipmentsOrderIdHint', orderIdExample(draft.platform)))}
        {field('buyerReference', 'shipmentsBuyer', (props) => <input {...props} name="buyerReference" className="input" autoComplete="off" value={draft.buyerReference} onChange={set('buyerReference')} />, t('shipmentsBuyerHint'))}
        {field('carrier', 'shipmentsCarrier', (props) => <input {...props} name="carrier" className="input" autoComplete="on" value={draft.carrier} onChange={set('carrier')} />)}
        {field('trackingNumber', 'shipmentsTracking', (props) => <input {...props} name="trackingNumber" className="input" autoComplete="off" spellCheck={false} value={draft.trackingNumber} onChange={set('trackingNumber')} />)}
        {field('shippedAt', 'shipmentsShippedAt', (props) => <input {...props} name="shippedAt" type="datetime-local" className="input" value={draft.shippedAt} onChange={set('shippedAt')} />)}
        <div className="shipment-form__actions">
          <button type="submit" className="button button--primary" disabled={saving} data-action="add">
            {t('shipmentsAdd')}
          </button>
          {status ? (
            <p className={status.ok ? 'status-line status-line--ok' : 'field__error'} role={status.ok ? 'status' : 'alert'} data-form-status={status.ok ? 'ok' : 'error'}>
              {status.ok ? <CheckCircleIcon size={14} /> : null}
              {status.text}
            </p>
          ) : null}
        </div>
      </form>
    </section>
  );
}
