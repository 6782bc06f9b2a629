import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { database } from '@/lib/db';
import type { Language } from '@/lib/fixes/types';
import { CAUSE_LABELS } from '@/lib/postmortem/labels';
import { faultFingerprints, findLastTime, scenarioOf } from '@/lib/postmortem/match';
import { fixLabel, formatDuration } from '@/lib/postmortem/sop';
import type { PostMortem } from '@/lib/postmortem/types';
import type { Incident, Signal } from '@/lib/signals';
import { formatFullDate } from '@/lib/ui/format';
import { ClockIcon } from '../icons';
import { useT } from '../I18nProvider';

/**
 * "Last time this happened": the most recent post-mortem that shares a fault with this incident,
 * or else the same scenario on the same platform — its cause, what fixed it and how long it
 * took — shown above the generic fixes.
 */
export function LastTimeCard({ incident, signals }: { incident: Incident & { id: number }; signals: Signal[] }) {
  const translator = useT();
  const { t } = translator;
  const language: Language = translator.locale;
  const key = useMemo(
    () => ({ incidentId: incident.id, platform: incident.platform, scenario: scenarioOf(signals, incident.platform), fingerprints: faultFingerprints(signals) }),
    [incident.id, incident.platform, signals],
  );
  const candidates = useLiveQuery(async (): Promise<PostMortem[]> => {
    const table = database().postmortems;
    const [byScenario, byFingerprint] = await Promise.all([
      key.scenario === 'none' ? [] : table.where('[platform+scenario]').equals([key.platform, key.scenario]).toArray(),
      key.fingerprints.length ? table.where('fingerprints').anyOf([...key.fingerprints]).toArray() : [],
    ]);
    const seen = new Map<number, PostMortem>();
    for (const row of [...byFingerprint, ...byScenario]) if (row.id !== undefined) seen.set(row.id, row);
    return [...seen.values()];
  }, [key]);
  const last = candidates ? findLastTime(key, candidates) : null;
  if (!last || incident.status !== 'open') return null;
  const { postmortem } = last;

  return (
    <section className="last-time card" aria-labelledby="last-time-heading" data-last-time={postmortem.id} data-matched-by={last.matchedBy} data-cause={postmortem.cause} data-last-fix-id={postmortem.fixId ?? ''}>
      <h2 className="signals__heading last-time__heading" id="last-time-heading">
        <ClockIcon size={16} />
        {t('lastTimeHeading')}
      </h2>
      <p className="last-time__when">
        {t(last.matchedBy === 'fingerprint' ? 'lastTimeSameFault' : 'lastTimeSameScenario', formatFullDate(postmortem.resolvedAt, translator.htmlLang))}
      </p>
      <dl className="last-time__facts">
        <dt>{t('lastTimeCause')}</dt>
        <dd className="last-time__cause">{CAUSE_LABELS[postmortem.cause][language]}</dd>
        <dt>{t('lastTimeFix')}</dt>
        <dd className="last-time__fix">{fixLabel(postmortem, language)}</dd>
        <dt>{t('lastTimeDuration')}</dt>
        <dd>{formatDuration(postmortem.timeToResolveMs, language)}</dd>
        {postmortem.note ? (
          <>
            <dt>{t('lastTimeNote')}</dt>
            <dd>{postmortem.note}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}
