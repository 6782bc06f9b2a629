import { useEffect, useMemo, useState } from 'react';
import type { EnvironmentSnapshot } from '@/lib/db';
import type { Diagnosis } from '@/lib/diagnosis/types';
import { rankFixes } from '@/lib/fixes/rank';
import { describeReasons } from '@/lib/fixes/reasons';
import type { Language } from '@/lib/fixes/types';
import { environmentSnapshot } from '@/lib/capture/environment';
import type { IncidentView } from '@/lib/ui/incident-view';
import { formatClock, formatFullDate } from '@/lib/ui/format';
import { useNow } from '@/lib/ui/use-now';
import { useSettings } from '@/lib/ui/use-settings';
import { shopLabel } from '@/lib/settings';
import { useT } from '../I18nProvider';
import { PlatformLabel } from '../PlatformLabel';
import { BuyerMessages } from './BuyerMessages';
import { DiagnosisSection } from './DiagnosisSection';
import { LastTimeCard } from './LastTimeCard';
import { PostMortemForm } from './PostMortemForm';
import { ReportSection } from './ReportSection';

/** Fixes shown at once; the rest of the knowledge base stays for the report. */
const FIXES_SHOWN = 5;

/**
 * The shown tab's current incident: what happened and since when, the fixes that fit (with why
 * they were chosen), the outside-in diagnosis, the support report and the buyer messages.
 */
export function IncidentPanel({ view, heading }: { view: IncidentView; heading?: string }) {
  const translator = useT();
  const { t } = translator;
  const language: Language = translator.locale;
  const now = useNow(30_000);
  const shops = useSettings()?.shops;
  const { incident, signals } = view;

  const [diagnosis, setDiagnosis] = useState<{ incidentId: number; diagnosis: Diagnosis } | null>(null);
  const shownDiagnosis = diagnosis?.incidentId === incident.id ? diagnosis.diagnosis : null;

  const [environment, setEnvironment] = useState<EnvironmentSnapshot | null>(null);
  useEffect(() => {
    let current = true;
    environmentSnapshot().then(
      (snapshot) => current && setEnvironment(snapshot),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);

  const fixes = useMemo(() => rankFixes(incident, signals, shownDiagnosis, incident.platform), [incident, signals, shownDiagnosis]);

  return (
    <>
      <section className="incident card" aria-labelledby="incident-heading" data-incident-id={incident.id}>
        <h2 className="signals__heading" id="incident-heading">
          {heading ?? t('incidentHeading')}
        </h2>
        <p className="incident__title">{incident.title}</p>
        <div className="incident__meta">
          <PlatformLabel platform={incident.platform} region={incident.region} />
          {incident.shopId ? <span className="incident__shop">{t('incidentShop', shopLabel(shops, incident.platform, incident.shopId))}</span> : null}
        </div>
        <p className="incident__meta incident__meta--muted">
          <span>
            {t('incidentSince')}{' '}
            <time dateTime={new Date(incident.openedAt).toISOString()} title={formatFullDate(incident.openedAt, translator.htmlLang)}>
              {formatClock(incident.openedAt, now, translator.htmlLang)}
            </time>
          </span>
          <span aria-hidden="true">·</span>
          <span data-signal-count={signals.length}>{t('incidentSignals', signals.length)}</span>
        </p>
      </section>

      <PostMortemForm incident={incident} fixes={fixes.slice(0, FIXES_SHOWN)} />
      <LastTimeCard incident={incident} signals={signals} />

      <section className="fixes" aria-labelledby="fixes-heading">
        <h2 className="signals__heading" id="fixes-heading">
          {t('fixesHeading')}
        </h2>
        {fixes.length === 0 ? (
          <p className="signals__summary">{t('fixesNone')}</p>
        ) : (
          <ol className="fix-list">
            {fixes.slice(0, FIXES_SHOWN).map(({ fix, reasons }, index) => (
              <li key={fix.id} className="fix" data-fix-id={fix.id} data-rank={index + 1}>
                <details>
                  <summary className="fix__summary">
                    <span className="fix__title">{fix.title[language]}</span>
                    {reasons.length > 0 ? <span className="fix__because">{describeReasons(reasons, language)}</span> : null}
                  </summary>
                  <div className="fix__body">
                    <ol className="fix__steps">
                      {fix.steps[language].map((step, stepIndex) => (
                        <li key={stepIndex}>{step}</li>
                      ))}
                    </ol>
                    <p className="fix__why">
                      <strong>{t('fixWhy')}</strong> {fix.why[language]}
                    </p>
                  </div>
                </details>
              </li>
            ))}
          </ol>
        )}
      </section>

      <DiagnosisSection view={view} diagnosis={shownDiagnosis} onDiagnosis={(next) => setDiagnosis({ incidentId: incident.id, diagnosis: next })} />
      <ReportSection view={view} diagnosis={shownDiagnosis} fixes={fixes} environment={environment} />
      <BuyerMessages view={view} />
    </>
  );
}
