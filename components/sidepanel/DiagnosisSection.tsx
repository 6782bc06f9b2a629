import { useState } from 'react';
import { describeConclusion, describeFact, statusPageLabel } from '@/lib/diagnosis/describe';
import type { Diagnosis } from '@/lib/diagnosis/types';
import type { Language } from '@/lib/fixes/types';
import { diagnoseIncident } from '@/lib/ui/diagnose';
import type { IncidentView } from '@/lib/ui/incident-view';
import { useT } from '../I18nProvider';

/** "Diagnose": is it the seller's network, the seller's account, or the platform? */
export function DiagnosisSection({ view, diagnosis, onDiagnosis }: { view: IncidentView; diagnosis: Diagnosis | null; onDiagnosis: (diagnosis: Diagnosis) => void }) {
  const translator = useT();
  const { t } = translator;
  const language: Language = translator.locale;
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const outcome = await diagnoseIncident(view.incident.tabId, view.incident, view.signals);
      if (outcome.ok) onDiagnosis(outcome.diagnosis);
      else setError(outcome.message);
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setRunning(false);
    }
  };

  const conclusion = diagnosis ? describeConclusion(diagnosis.conclusion, language) : null;
  return (
    <section className="diagnosis" aria-labelledby="diagnosis-heading" aria-busy={running}>
      <div className="signals__header">
        <h2 className="signals__heading" id="diagnosis-heading">
          {t('diagnosisHeading')}
        </h2>
        <button type="button" className="button" data-action="diagnose" onClick={() => void run()} disabled={running}>
          {running ? t('diagnosisRunning') : t('diagnosisRun')}
        </button>
      </div>
      <div aria-live="polite">
        {error ? (
          <p className="field__error" role="alert">
            {t('diagnosisFailed', error)}
          </p>
        ) : null}
        {diagnosis && conclusion ? (
          <div className="diagnosis__result card" data-conclusion={diagnosis.conclusion}>
            <p className="diagnosis__title">{conclusion.title}</p>
            <p className="diagnosis__summary">{conclusion.summary}</p>
            <ul className="diagnosis__evidence">
              {diagnosis.evidence.map((fact, index) => (
                <li key={index} data-fact={fact.id}>
                  {describeFact(fact, language)}
                </li>
              ))}
            </ul>
            <a className="diagnosis__link" href={diagnosis.statusPage.url} target="_blank" rel="noreferrer noopener" data-status-page={diagnosis.statusPage.kind}>
              {statusPageLabel(diagnosis.statusPage.kind, language)}
            </a>
          </div>
        ) : null}
      </div>
    </section>
  );
}
