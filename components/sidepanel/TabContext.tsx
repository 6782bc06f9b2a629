import type { TabStateResult } from '@/lib/ui/tab-state';
import { GlobeIcon, InfoIcon } from '../icons';
import { useT } from '../I18nProvider';
import { PlatformLabel } from '../PlatformLabel';

/** One line under the header: which back-office the shown tab is on. */
export function TabContext({ result }: { result: TabStateResult }) {
  const { t } = useT();
  if (result.status === 'loading') return <p className="tab-context tab-context--muted">{t('tabChecking')}</p>;
  if (result.status === 'unavailable') {
    return (
      <p className="tab-context tab-context--muted">
        <InfoIcon size={14} />
        {result.reason === 'no-tab' ? t('tabUnavailableNoTab') : t('tabDetailsUnavailable')}
      </p>
    );
  }
  const { state } = result;
  if (state.platform === null) {
    return (
      <p className="tab-context tab-context--muted">
        <GlobeIcon size={14} />
        {t('notBackOfficeShort')}
      </p>
    );
  }
  return (
    <div className="tab-context">
      <PlatformLabel platform={state.platform} region={state.region} />
      {state.host ? <span className="host">{state.host}</span> : null}
    </div>
  );
}
