import { useId, useMemo, useState } from 'react';
import { BUYER_LANGUAGE_NAMES, BUYER_LANGUAGES, buyerMessage, buyerMessageKindFor, defaultBuyerLanguage, type BuyerLanguage } from '@/lib/report/buyer-messages';
import { affectedOrders, type IncidentView } from '@/lib/ui/incident-view';
import { useT } from '../I18nProvider';

/** At most this many orders get a ready message; the rest are in the report. */
const ORDERS_SHOWN = 10;

/** Messages for the buyers of stuck orders, in the buyers' language, with the order number filled in. */
export function BuyerMessages({ view }: { view: IncidentView }) {
  const { t } = useT();
  const orders = useMemo(() => affectedOrders(view.signals).slice(0, ORDERS_SHOWN), [view.signals]);
  const [chosen, setChosen] = useState<{ incidentId: number; language: BuyerLanguage } | null>(null);
  const language = chosen?.incidentId === view.incident.id ? chosen.language : defaultBuyerLanguage(view.incident.host);
  const ids = useId();
  if (orders.length === 0) return null;

  return (
    <section className="buyer-messages" aria-labelledby="buyer-heading">
      <h2 className="signals__heading" id="buyer-heading">
        {t('buyerHeading')}
      </h2>
      <label className="report__field" htmlFor={`${ids}-language`}>
        <span>{t('buyerLanguage')}</span>
        <select id={`${ids}-language`} data-control="buyer-language" value={language} onChange={(event) => setChosen({ incidentId: view.incident.id, language: event.target.value as BuyerLanguage })}>
          {BUYER_LANGUAGES.map((each) => (
            <option key={each} value={each}>
              {BUYER_LANGUAGE_NAMES[each]}
            </option>
          ))}
        </select>
      </label>
      <ul className="buyer-list">
        {orders.map((order) => (
          <BuyerMessage key={order.orderId} orderId={order.orderId} text={buyerMessage(buyerMessageKindFor(order.reason), language, order.orderId)} language={language} />
        ))}
      </ul>
    </section>
  );
}

function BuyerMessage({ orderId, text, language }: { orderId: string; text: string; language: BuyerLanguage }) {
  const { t } = useT();
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <li className="buyer-message card" data-order-id={orderId}>
      <p className="buyer-message__order">{t('buyerOrder', orderId)}</p>
      <p className="buyer-message__text" lang={language.replace('_', '-')} data-control="buyer-message">
        {text}
      </p>
      <div className="report__actions">
        <button type="button" className="button" data-action="copy-buyer-message" onClick={() => void copy()}>
          {t('buyerCopy')}
        </button>
        <span className="report__status" role="status" aria-live="polite" data-status={status ?? ''}>
          {status === 'copied' ? t('buyerCopied') : status === 'failed' ? t('reportCopyFailed') : null}
        </span>
      </div>
    </li>
  );
}
