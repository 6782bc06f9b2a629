import { useId } from 'react';
import { AlertTriangleIcon } from '../icons';
import { useT } from '../I18nProvider';

/**
 * The field guide's stop-gap for payment-status faults (lib/checklist/payment.ts): trust the money
 * received in the payment account, not the status the faulty back-office shows.
 */
export function PaymentAdvice() {
  const { t } = useT();
  const titleId = useId();
  return (
    <section className="notice notice--warning payment-advice" aria-labelledby={titleId} data-payment-advice>
      <span className="notice__icon">
        <AlertTriangleIcon size={18} />
      </span>
      <div className="notice__body">
        <h2 className="notice__title" id={titleId}>
          {t('paymentAdviceTitle')}
        </h2>
        <p>{t('paymentAdviceText')}</p>
      </div>
    </section>
  );
}
