import { useId, useState, type FormEvent } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { PLATFORMS, type Platform } from '@/lib/rules/types';
import { saveSettings, shopSchema, type Settings } from '@/lib/settings';
import { platformName } from '@/lib/ui/format';
import { AlertTriangleIcon } from '../icons';
import { useT } from '../I18nProvider';


/** Refusal codes of lib/settings.ts (shopSchema) → the message shown under the field. */
const SHOP_ERRORS: Readonly<Record<string, MessageKey>> = {
  'shop-id': 'shopIdError',
  'shop-name': 'shopNameError',
  'shop-duplicate': 'shopDuplicateError',
};

type ShopErrors = { id?: MessageKey; name?: MessageKey };

/**
 * The seller's shops per platform: id (what the back-office shows after "Shop ID", "Merchant
 * Token", "ID компании") and a name. A refused field keeps what was typed and says why; the
 * stored list changes only when the new shop is valid.
 */
export function ShopsSettings({ stored }: { stored: Settings }) {
  const { t } = useT();
  const ids = useId();
  const [platform, setPlatform] = useState<Platform>('ozon');
  const [shopId, setShopId] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<ShopErrors>({});

  const add = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = shopSchema.safeParse({ id: shopId, name });
    const next: ShopErrors = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] === 'name' ? 'name' : 'id';
        next[field] ??= SHOP_ERRORS[issue.message] ?? (field === 'id' ? 'shopIdError' : 'shopNameError');
      }
    } else if (stored.shops[platform].some((shop) => shop.id.toLowerCase() === parsed.data.id.toLowerCase())) {
      next.id = 'shopDuplicateError';
    }
    setErrors(next);
    if (next.id || next.name || !parsed.success) return;
    try {
      await saveSettings({ shops: { ...stored.shops, [platform]: [...stored.shops[platform], parsed.data] } });
      setShopId('');
      setName('');
    } catch {
      setErrors({ id: 'shopIdError' });
    }
  };

  const remove = (from: Platform, id: string) => void saveSettings({ shops: { ...stored.shops, [from]: stored.shops[from].filter((shop) => shop.id !== id) } });
  const all = PLATFORMS.flatMap((each) => stored.shops[each].map((shop) => ({ platform: each, ...shop })));

  return (
    <section className="card settings-section" id="shops" aria-labelledby={`${ids}-heading`} data-shops-settings>
      <h2 className="settings-section__title" id={`${ids}-heading`}>
        {t('shopsHeading')}
      </h2>
      <p className="field__hint">{t('shopsHint')}</p>
      {all.length ? (
        <ul className="row-list">
          {all.map((shop) => (
            <li key={`${shop.platform}-${shop.id}`} className="row-list__item" data-shop={`${shop.platform}:${shop.id}`}>
              <span>
                <strong>{shop.name}</strong> · {platformName(shop.platform)} · <code>{shop.id}</code>
              </span>
              <button type="button" className="button button--quiet button--small" onClick={() => remove(shop.platform, shop.id)}>
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="field__hint">{t('shopsNone')}</p>
      )}
      <form className="inline-form" onSubmit={add} noValidate>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-platform`}>
            {t('fieldPlatform')}
          </label>
          <select id={`${ids}-platform`} className="select" value={platform} onChange={(event) => setPlatform(event.target.value as Platform)} data-control="shop-platform">
            {PLATFORMS.map((each) => (
              <option key={each} value={each}>
                {platformName(each)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-id`}>
            {t('shopIdLabel')}
          </label>
          <input id={`${ids}-id`} className="input" value={shopId} aria-invalid={Boolean(errors.id)} onChange={(event) => setShopId(event.target.value)} data-control="shop-id" />
          {errors.id ? (
            <p className="field__error" data-error="shop-id">
              <AlertTriangleIcon size={14} />
              {t(errors.id)}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-name`}>
            {t('shopNameLabel')}
          </label>
          <input id={`${ids}-name`} className="input" value={name} aria-invalid={Boolean(errors.name)} onChange={(event) => setName(event.target.value)} data-control="shop-name" />
          {errors.name ? (
            <p className="field__error" data-error="shop-name">
              <AlertTriangleIcon size={14} />
              {t(errors.name)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button" data-action="add-shop">
          {t('shopAdd')}
        </button>
      </form>
    </section>
  );
}
