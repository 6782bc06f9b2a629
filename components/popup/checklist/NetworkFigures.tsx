import { probesFromDetails } from '@/lib/checklist/network';
import type { StepDetails } from '@/lib/checklist/steps';
import { useT } from '../../I18nProvider';

/** The network check's figures as recorded: online or not, then each host's answer time or "no answer". */
export function NetworkFigures({ details }: { details: StepDetails }) {
  const { t } = useT();
  const probes = probesFromDetails(details);
  return (
    <dl className="network-figures" aria-label={t('checklistNetworkFiguresLabel')} data-network-figures>
      <div className="network-figures__row" data-figure="online">
        <dt>{t('checklistNetworkOnline')}</dt>
        <dd>{details.online === true ? t('checklistYes') : t('checklistNo')}</dd>
      </div>
      {probes.map((probe) => (
        <div key={probe.host} className={`network-figures__row ${probe.latencyMs === null ? 'network-figures__row--failed' : ''}`} data-figure={probe.host}>
          <dt className="host">{probe.host}</dt>
          <dd>{probe.latencyMs === null ? t('checklistNetworkNoAnswer') : t('checklistNetworkLatency', probe.latencyMs)}</dd>
        </div>
      ))}
    </dl>
  );
}
