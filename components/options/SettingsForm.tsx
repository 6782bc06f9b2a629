import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { saveSettings, SettingsError, settingsSchema, UI_LANGUAGES, type Settings } from '@/lib/settings';
import type { MessageKey } from '@/lib/i18n';
import { changeFromDraft, draftFromSettings, refusedFields, type DraftField, type SettingsDraft } from '@/lib/ui/settings-form';
import { AlertTriangleIcon, CheckCircleIcon } from '../icons';
import { useT } from '../I18nProvider';

/** Each language named in itself, so a seller who cannot read the current one still finds theirs. */
const LANGUAGE_OPTIONS: ReadonlyArray<{ value: Settings['language']; key: MessageKey; lang?: string }> = [
  { value: 'auto', key: 'languageAuto' },
  { value: 'en', key: 'languageNameEn', lang: 'en' },
  { value: 'zh_CN', key: 'languageNameZhCn', lang: 'zh-CN' },
  { value: 'ru', key: 'languageNameRu', lang: 'ru' },
];

// The limits come from the settings schema, so the hints cannot drift from what is enforced.
const SPINNER = settingsSchema.shape.spinnerTimeoutSeconds.unwrap();
const DEADLINE = settingsSchema.shape.deadlineWarningHours.unwrap();

/**
 * The seller's settings. Values are checked by saveSettings (lib/settings.ts), not here: a refused
 * field is marked with its own message and everything else the seller typed stays as typed.
 */
export function SettingsForm({ stored }: { stored: Settings }) {
  const { t } = useT();
  const ids = useId();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftFromSettings(stored));
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<DraftField[]>([]);
  const [generalError, setGeneralError] = useState(false);
  const [saved, setSaved] = useState(false);
  const [saving, setSaving] = useState(false);
  const fieldRefs = useRef<Partial<Record<DraftField, HTMLInputElement | HTMLSelectElement | null>>>({});

  // Settings changed elsewhere (another window): follow them unless the seller is mid-edit.
  useEffect(() => {
    if (!dirty) setDraft(draftFromSettings(stored));
  }, [stored, dirty]);

  useEffect(() => {
    const first = errors[0];
    if (first) fieldRefs.current[first]?.focus();
  }, [errors]);

  const edit = <Field extends DraftField>(field: Field, value: SettingsDraft[Field]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setDirty(true);
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setSaved(false);
    try {
      const next = await saveSettings(changeFromDraft(draft));
      setDraft(draftFromSettings(next));
      setDirty(false);
      setErrors([]);
      setGeneralError(false);
      setSaved(true);
    } catch (error) {
      if (error instanceof SettingsError) {
        const refused = refusedFields(error.message);
        setErrors(refused.fields);
        setGeneralError(refused.fields.length === 0 || refused.other.length > 0);
      } else {
        console.warn('Seller SOS: could not save the settings:', error);
        setErrors([]);
        setGeneralError(true);
      }
    } finally {
      setSaving(false);
    }
  };

  const invalid = (field: DraftField) => errors.includes(field);
  const errorId = (field: DraftField) => `${ids}-${field}-error`;
  const hintId = (field: DraftField) => `${ids}-${field}-hint`;
  const describedBy = (field: DraftField) => (invalid(field) ? `${errorId(field)} ${hintId(field)}` : hintId(field));
  const fieldError = (field: DraftField, message: string) =>
    invalid(field) ? (
      <p className="field__error" id={errorId(field)}>
        <AlertTriangleIcon size={14} />
        {message}
      </p>
    ) : null;

  return (
    <form className="settings-form" onSubmit={submit} noValidate>
      {errors.length > 0 || generalError ? (
        <div className="notice notice--danger" role="alert">
          <span className="notice__icon">
            <AlertTriangleIcon size={18} />
          </span>
          <p>{errors.length > 0 ? t('optionsNotSavedFields') : t('optionsNotSaved')}</p>
        </div>
      ) : null}

      <section className="card settings-section" aria-labelledby={`${ids}-language-heading`}>
        <h2 className="settings-section__title" id={`${ids}-language-heading`}>
          {t('optionsLanguageHeading')}
        </h2>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-language`}>
            {t('optionsLanguageLabel')}
          </label>
          <select
            id={`${ids}-language`}
            ref={(element) => {
              fieldRefs.current.language = element;
            }}
            className="select"
            value={draft.language}
            aria-invalid={invalid('language')}
            aria-describedby={describedBy('language')}
            onChange={(event) => edit('language', event.target.value as Settings['language'])}
          >
            {LANGUAGE_OPTIONS.filter((option) => (UI_LANGUAGES as readonly string[]).includes(option.value)).map((option) => (
              <option key={option.value} value={option.value} lang={option.lang}>
                {t(option.key)}
              </option>
            ))}
          </select>
          {fieldError('language', t('optionsFieldError'))}
          <p className="field__hint" id={hintId('language')}>
            {t('optionsLanguageHint')}
          </p>
        </div>
      </section>

      <section className="card settings-section" aria-labelledby={`${ids}-detection-heading`}>
        <h2 className="settings-section__title" id={`${ids}-detection-heading`}>
          {t('optionsDetectionHeading')}
        </h2>

        <div className="field">
          <label className="switch">
            <input
              type="checkbox"
              ref={(element) => {
                fieldRefs.current.detectionEnabled = element;
              }}
              checked={draft.detectionEnabled}
              aria-describedby={describedBy('detectionEnabled')}
              onChange={(event) => edit('detectionEnabled', event.target.checked)}
            />
            <span>
              <span className="field__label">{t('optionsDetectionLabel')}</span>
              <span className="field__hint switch__hint" id={hintId('detectionEnabled')}>
                {t('optionsDetectionHint')}
              </span>
            </span>
          </label>
          {fieldError('detectionEnabled', t('optionsFieldError'))}
        </div>

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-spinner`}>
            {t('optionsSpinnerLabel')}
          </label>
          <div className="input-with-unit">
            <input
              id={`${ids}-spinner`}
              ref={(element) => {
                fieldRefs.current.spinnerTimeoutSeconds = element;
              }}
              className="input input--number"
              type="number"
              inputMode="numeric"
              min={SPINNER.minValue ?? undefined}
              max={SPINNER.maxValue ?? undefined}
              step={1}
              value={draft.spinnerTimeoutSeconds}
              aria-invalid={invalid('spinnerTimeoutSeconds')}
              aria-describedby={describedBy('spinnerTimeoutSeconds')}
              onChange={(event) => edit('spinnerTimeoutSeconds', event.target.value)}
            />
            <span className="input-with-unit__unit">{t('unitSeconds')}</span>
          </div>
          {fieldError('spinnerTimeoutSeconds', t('optionsSpinnerError', SPINNER.minValue ?? 0, SPINNER.maxValue ?? 0))}
          <p className="field__hint" id={hintId('spinnerTimeoutSeconds')}>
            {t('optionsSpinnerHint', SPINNER.minValue ?? 0, SPINNER.maxValue ?? 0)}
          </p>
        </div>

        <div className="field">
          <label className="field__label" htmlFor={`${ids}-deadline`}>
            {t('optionsDeadlineLabel')}
          </label>
          <div className="input-with-unit">
            <input
              id={`${ids}-deadline`}
              ref={(element) => {
                fieldRefs.current.deadlineWarningHours = element;
              }}
              className="input input--number"
              type="number"
              inputMode="decimal"
              min={DEADLINE.minValue ?? undefined}
              max={DEADLINE.maxValue ?? undefined}
              step="any"
              value={draft.deadlineWarningHours}
              aria-invalid={invalid('deadlineWarningHours')}
              aria-describedby={describedBy('deadlineWarningHours')}
              onChange={(event) => edit('deadlineWarningHours', event.target.value)}
            />
            <span className="input-with-unit__unit">{t('unitHoursLong')}</span>
          </div>
          {fieldError('deadlineWarningHours', t('optionsDeadlineError', DEADLINE.minValue ?? 0, DEADLINE.maxValue ?? 0))}
          <p className="field__hint" id={hintId('deadlineWarningHours')}>
            {t('optionsDeadlineHint', DEADLINE.minValue ?? 0, DEADLINE.maxValue ?? 0)}
          </p>
        </div>
      </section>

      <div className="settings-form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('optionsSave')}
        </button>
        <p className="settings-form__status" role="status">
          {saved ? (
            <>
              <CheckCircleIcon size={16} />
              {t('optionsSaved')}
            </>
          ) : dirty ? (
            t('optionsUnsaved')
          ) : null}
        </p>
      </div>
    </form>
  );
}
