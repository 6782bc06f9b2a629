import { PLATFORM_RULES } from '@/lib/rules/catalog';
import { PLATFORMS } from '@/lib/rules/types';
import { regionLabel, regionName } from '@/lib/ui/format';
import { useT } from '../I18nProvider';

/** Every site Seller SOS reads, grouped by platform: exactly the manifest's host permissions. */
export function BackOfficeHosts() {
  const translator = useT();
  return (
    <div className="host-groups">
      {PLATFORMS.map((platform) => {
        const rules = PLATFORM_RULES[platform];
        return (
          <section key={platform} className="host-group" aria-labelledby={`hosts-${platform}`}>
            <h3 className="host-group__title" id={`hosts-${platform}`}>
              {rules.displayName}
              <span className="host-group__count">{translator.plural('hostCount', rules.hosts.length)}</span>
            </h3>
            <ul className="host-group__list">
              {rules.hosts.map(({ host, region }) => (
                <li key={host} className="host-group__host" title={regionName(region, translator.htmlLang)}>
                  <span className="host">{host}</span>
                  <span className="host-group__region">{regionLabel(region, translator)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
