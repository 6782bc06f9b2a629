import { useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import type { MessageKey } from '@/lib/i18n';
import type { AuthorisationAnswer } from '@/lib/messages';
import { DAY_MS, kindsFor, SHOPEE_PERIOD_DAYS, type AuthorisationField, type AuthorisationKind } from '@/lib/reminders/authorisations';
import { PLATFORMS, type Platform } from '@/lib/rules/types';
import { formatDay, platformName } from '@/lib/ui/format';
import { useAuthorisations } from '@/lib/ui/use-reminders';
import { useNow } from '@/lib/ui/use-now';
import { AlertTriangleIcon } from '../icons';
import { useT } from '../I18nProvider';

const KIND_LABELS: Readonly<Record<AuthorisationKind, MessageKey>> = {
  'amazon-sp-api': 'authKindAmazon',
  'shopee-open-platform': 'authKindShopee',
  'ozon-api-key': 'authKindOzon',
  custom: 'authKindCustom',
};
const FIELD_ERRORS: Readonly<Record<string, MessageKey>> = {
  required: 'authErrorRequired',
  date: 'authErrorDate',
  future: 'authErrorFuture',
  'too-far': 'authErrorTooFar',
  period: 'authErrorPeriod',
  label: 'authErrorLabel',
  kind: 'authErrorKind',
};

function today(): string {
  const date = new Date();
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/**
 * App and integration authorisations the seller registers for renewal reminders 30, 7 and 1
 * days before they lapse. The background checks the entry again and schedules the alarms.
 */
export function AuthorisationsSettings() {
  const translator = useT();
  const { t } = translator;
  const ids = useId();
  const now = useNow(60_000);
  const authorisations = useAuthorisations();
  const [platform, setPlatform] = useState<Platform>('amazon');
  const [kind, setKind] = useState<AuthorisationKind>('amazon-sp-api');
  const [label, setLabel] = useState('');
  const [grantedOn, setGrantedOn] = useState(today);
  const [periodDays, setPeriodDays] = useState(365);
  const [expiresOn, setExpiresOn] = useState('');
  const [errors, setErrors] = useState<Partial<Record<AuthorisationField, string>>>({});
  const [failed, setFailed] = useState(false);

  const choosePlatform = (next: Platform) => {
    setPlatform(next);
    setKind(kindsFor(next)[0]!);
    setErrors({});
  };
  const usesGrantDate = kind === 'amazon-sp-api' || kind === 'shopee-open-platform';

  const add = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    const input = usesGrantDate ? { platform, kind, label, grantedOn, ...(kind === 'shopee-open-platform' ? { periodDays } : {}) } : { platform, kind, label, expiresOn };
    try {
      const answer = (await browser.runtime.sendMessage({ type: 'authorisations/add', input })) as AuthorisationAnswer | undefined;
      if (!answer) throw new Error('no answer');
      if (!answer.ok) return setErrors(answer.fields);
      setErrors({});
      setLabel('');
      setExpiresOn('');
    } catch {
      setFailed(true);
    }
  };

  const remove = (id: number) => void browser.runtime.sendMessage({ type: 'authorisations/delete', id });
  const fieldError = (field: AuthorisationField) =>
    errors[field] ? (
      <p className="field__error" data-error={field}>
        <AlertTriangleIcon size={14} />
        {t(FIELD_ERRORS[errors[field]!] ?? 'authErrorDate')}
      </p>
    ) : null;

  return (
    <section className="card settings-section" id="authorisations" aria-labelledby={`${ids}-heading`} data-authorisations-settings>
      <h2 className="settings-section__title" id={`${ids}-heading`}>
        {t('authHeading')}
      </h2>
      <p className="field__hint">{t('authHint')}</p>
      {authorisations?.length ? (
        <ul className="row-list">
          {authorisations.map((authorisation) => {
            const daysLeft = Math.ceil((authorisation.expiresAt - now) / DAY_MS);
            return (
              <li key={authorisation.id} className="row-list__item" data-authorisation-id={authorisation.id}>
                <span>
                  <strong>{authorisation.label}</strong> · {platformName(authorisation.platform)} · {t(KIND_LABELS[authorisation.kind])}
                  <br />
                  <span className={daysLeft <= 7 ? 'field__error' : 'field__hint'}>
                    {daysLeft <= 0 ? t('authExpired', formatDay(authorisation.expiresAt, translator.htmlLang)) : t('authExpires', formatDay(authorisation.expiresAt, translator.htmlLang), daysLeft)}
                  </span>
                </span>
                <button type="button" className="button button--quiet button--small" onClick={() => remove(authorisation.id!)}>
                  {t('remove')}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="field__hint">{t('authNone')}</p>
      )}
      <form className="inline-form" onSubmit={add} noValidate data-form="authorisation">
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-platform`}>
            {t('fieldPlatform')}
          </label>
          <select id={`${ids}-platform`} className="select" value={platform} onChange={(event) => choosePlatform(event.target.value as Platform)} data-control="auth-platform">
            {PLATFORMS.map((each) => (
              <option key={each} value={each}>
                {platformName(each)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-kind`}>
            {t('authKindLabel')}
          </label>
          <select id={`${ids}-kind`} className="select" value={kind} onChange={(event) => setKind(event.target.value as AuthorisationKind)} data-control="auth-kind">
            {kindsFor(platform).map((each) => (
              <option key={each} value={each}>
                {t(KIND_LABELS[each])}
              </option>
            ))}
          </select>
          {fieldError('kind')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-label`}>
            {t('authLabelLabel')}
          </label>
          <input id={`${ids}-label`} className="input" value={label} maxLength={80} aria-invalid={Boolean(errors.label)} onChange={(event) => setLabel(event.target.value)} data-control="auth-label" />
          {fieldError('label')}
        </div>
        {usesGrantDate ? (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-granted`}>
              {t('authGrantedLabel')}
            </label>
            <input id={`${ids}-granted`} className="input" type="date" value={grantedOn} aria-invalid={Boolean(errors.grantedOn)} onChange={(event) => setGrantedOn(event.target.value)} data-control="auth-granted" />
            {fieldError('grantedOn')}
          </div>
        ) : (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-expires`}>
              {kind === 'ozon-api-key' ? t('authReviewLabel') : t('authExpiresLabel')}
            </label>
            <input id={`${ids}-expires`} className="input" type="date" value={expiresOn} aria-invalid={Boolean(errors.expiresOn)} onChange={(event) => setExpiresOn(event.target.value)} data-control="auth-expires" />
            {fieldError('expiresOn')}
          </div>
        )}
        {kind === 'shopee-open-platform' ? (
          <div className="field">
            <label className="field__label" htmlFor={`${ids}-period`}>
              {t('authPeriodLabel')}
            </label>
            <select id={`${ids}-period`} className="select" value={periodDays} onChange={(event) => setPeriodDays(Number(event.target.value))} data-control="auth-period">
              {SHOPEE_PERIOD_DAYS.map((days) => (
                <option key={days} value={days}>
                  {t('authPeriodDays', days)}
                </option>
              ))}
            </select>
            {fieldError('periodDays')}
          </div>
        ) : null}
        <button type="submit" className="button" data-action="add-authorisation">
          {t('authAdd')}
        </button>
      </form>
      {failed ? <p className="field__error">{t('authSaveFailed')}</p> : null}
    </section>
  );
}
