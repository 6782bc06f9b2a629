import { platformName, regionLabel, regionName } from '@/lib/ui/format';
import type { Platform } from '@/lib/rules/types';
import { useT } from './I18nProvider';

/** "Ozon · RU", with the country spelled out for screen readers and on hover. */
export function PlatformLabel({ platform, region }: { platform: Platform; region: string | null }) {
  const translator = useT();
  const country = region ? regionName(region, translator.htmlLang) : undefined;
  return (
    <span className="platform-badge">
      <span>{platformName(platform)}</span>
      {region ? (
        <>
          <span aria-hidden="true">·</span>
          <span className="platform-badge__region" title={country}>
            {regionLabel(region, translator)}
            {country ? <span className="visually-hidden"> ({country})</span> : null}
          </span>
        </>
      ) : null}
    </span>
  );
}

/** The three platforms, for "this is not a back-office Seller SOS watches". */
export function SupportedPlatforms() {
  const { t } = useT();
  return (
    <ul className="supported-platforms" aria-label={t('supportedPlatformsLabel')}>
      {(['ozon', 'shopee', 'amazon'] as const).map((platform) => (
        <li key={platform} className="chip">
          {platformName(platform)}
        </li>
      ))}
    </ul>
  );
}
