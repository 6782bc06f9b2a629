import { useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import { browser } from 'wxt/browser';
import { checkNetwork, clearSiteData, recordStep, reloadTab } from '@/lib/checklist/client';
import { BROWSING_DATA_PERMISSION } from '@/lib/checklist/site-data';
import { CHECKLIST_STEP_IDS, STEP_KINDS, latestByStep, type ChecklistStepId, type StepOutcome } from '@/lib/checklist/steps';
import type { ChecklistStep } from '@/lib/db';
import type { MessageKey } from '@/lib/i18n';
import type { ChecklistAnswer } from '@/lib/messages';
import { formatClock, formatFullDate } from '@/lib/ui/format';
import { STEP_TITLE_KEYS } from '@/lib/ui/labels';
import { useNow } from '@/lib/ui/use-now';
import { useT } from '../../I18nProvider';
import { ClearSiteDataConfirm } from './ClearSiteDataConfirm';
import { NetworkFigures } from './NetworkFigures';

/**
 * The guided checklist, in the field guides' order (lib/checklist/steps.ts): four things Seller
 * SOS does on a click, then three the seller does and ticks. Every click is recorded as a step
 * of the tab's incident by the background; the status under each item is read back from the
 * database, so it survives closing the popup.
 */

const OUTCOME_KEYS: Readonly<Record<StepOutcome, MessageKey>> = {
  done: 'checklistOutcomeDone',
  failed: 'checklistOutcomeFailed',
  skipped: 'checklistOutcomeSkipped',
  helped: 'checklistOutcomeHelped',
  'did-not-help': 'checklistOutcomeDidNotHelp',
};

const ERROR_KEYS: Readonly<Record<Extract<ChecklistAnswer, { ok: false }>['error'], MessageKey>> = {
  'not-back-office': 'checklistErrorNotBackOffice',
  'permission-needed': 'checklistClearDeclined',
  'tab-closed': 'checklistErrorTabClosed',
  'no-answer': 'checklistErrorNoAnswer',
  failed: 'checklistErrorFailed',
};

export function Checklist({ tabId, host, steps }: { tabId: number; host: string; steps: readonly ChecklistStep[] }) {
  const { t } = useT();
  const headingId = useId();
  const latest = latestByStep(steps);
  const [busy, setBusy] = useState<ChecklistStepId | null>(null);
  const [errors, setErrors] = useState<Partial<Record<ChecklistStepId, string>>>({});
  const [confirming, setConfirming] = useState(false);
  const [permission, setPermission] = useState<boolean | null>(null);
  const clearButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    void browser.permissions.contains({ permissions: [...BROWSING_DATA_PERMISSION.permissions] }).then(setPermission, () => setPermission(false));
  }, []);

  const describe = (answer: ChecklistAnswer): string | undefined => {
    if (answer.ok) return undefined;
    return answer.error === 'failed' ? t('checklistErrorFailed', answer.message) : t(ERROR_KEYS[answer.error]);
  };

  // Buttons stay focusable while a step runs (aria-disabled, not disabled): a keyboard user keeps
  // their place. A second click meanwhile is ignored here.
  const running = useRef(false);
  const run = async (step: ChecklistStepId, action: () => Promise<ChecklistAnswer>) => {
    if (running.current) return;
    running.current = true;
    setBusy(step);
    setErrors((current) => ({ ...current, [step]: undefined }));
    try {
      const error = describe(await action());
      setErrors((current) => ({ ...current, [step]: error }));
    } finally {
      running.current = false;
      setBusy(null);
    }
  };

  const closeConfirm = () => {
    setConfirming(false);
    clearButton.current?.focus();
  };

  const confirmClear = () => {
    setConfirming(false);
    // Straight from the click, before any await: both browsers ask only during a user gesture.
    const asked = browser.permissions.request({ permissions: [...BROWSING_DATA_PERMISSION.permissions] });
    void run('clear-site-data', async () => {
      const granted = await asked.catch(() => false);
      setPermission(granted);
      if (!granted) {
        await recordStep(tabId, 'clear-site-data', 'skipped', { reason: 'permission-declined' });
        return { ok: false, error: 'permission-needed', message: 'declined' };
      }
      return clearSiteData(tabId);
    }).then(() => clearButton.current?.focus());
  };

  const controls: Readonly<Record<ChecklistStepId, ReactNode>> = {
    refresh: (
      <ActionButton step="refresh" busy={busy} onClick={() => void run('refresh', () => reloadTab(tabId, false))}>
        {t('checklistStepRefreshAction')}
      </ActionButton>
    ),
    'hard-reload': (
      <ActionButton step="hard-reload" busy={busy} onClick={() => void run('hard-reload', () => reloadTab(tabId, true))}>
        {t('checklistStepHardReloadAction')}
      </ActionButton>
    ),
    'clear-site-data': (
      <>
        <ActionButton step="clear-site-data" busy={busy} buttonRef={clearButton} expanded={confirming} onClick={() => setConfirming((open) => !open)}>
          {t('checklistStepClearAction')}
        </ActionButton>
        {confirming ? <ClearSiteDataConfirm host={host} needsPermission={permission === false} onConfirm={confirmClear} onCancel={closeConfirm} /> : null}
      </>
    ),
    'network-check': (
      <>
        <ActionButton step="network-check" busy={busy} onClick={() => void run('network-check', () => checkNetwork(tabId))}>
          {busy === 'network-check' ? t('checklistNetworkBusy') : t('checklistStepNetworkAction')}
        </ActionButton>
        {latest.get('network-check')?.outcome === 'done' ? <NetworkFigures details={latest.get('network-check')!.details} /> : null}
      </>
    ),
    'sign-in-again': <ManualButtons step="sign-in-again" tabId={tabId} latest={latest.get('sign-in-again')} busy={busy} run={run} />,
    'other-browser-device': <ManualButtons step="other-browser-device" tabId={tabId} latest={latest.get('other-browser-device')} busy={busy} run={run} />,
    'other-network': <ManualButtons step="other-network" tabId={tabId} latest={latest.get('other-network')} busy={busy} run={run} />,
  };

  return (
    <section className="card checklist" aria-labelledby={headingId}>
      <h2 className="checklist__heading" id={headingId}>
        {t('checklistHeading')}
      </h2>
      <p className="checklist__lead">{t('checklistLead')}</p>
      <ol className="checklist__list">
        {CHECKLIST_STEP_IDS.map((step) => (
          <li key={step} className={`checklist__item checklist__item--${STEP_KINDS[step]}`} data-step={step} data-outcome={latest.get(step)?.outcome ?? ''}>
            <h3 className="checklist__title" id={`step-${step}-title`}>
              {t(STEP_TITLE_KEYS[step])}
            </h3>
            <p className="checklist__hint" id={`step-${step}-hint`}>
              <StepHint step={step} host={host} />
            </p>
            <div className="checklist__controls">{controls[step]}</div>
            <StepStatus step={latest.get(step)} />
            {errors[step] ? (
              <p className="field__error checklist__error" role="alert">
                {errors[step]}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function StepHint({ step, host }: { step: ChecklistStepId; host: string }) {
  const { t } = useT();
  switch (step) {
    case 'refresh':
      return t('checklistStepRefreshHint');
    case 'hard-reload':
      return t('checklistStepHardReloadHint');
    case 'clear-site-data':
      return t('checklistStepClearHint', host);
    case 'network-check':
      return t('checklistStepNetworkHint', host);
    case 'sign-in-again':
      return t('checklistStepSignInHint');
    case 'other-browser-device':
      return t('checklistStepOtherBrowserHint');
    case 'other-network':
      return t('checklistStepOtherNetworkHint');
  }
}

function ActionButton({
  step,
  busy,
  onClick,
  children,
  buttonRef,
  expanded,
}: {
  step: ChecklistStepId;
  busy: ChecklistStepId | null;
  onClick: () => void;
  children: ReactNode;
  buttonRef?: Ref<HTMLButtonElement>;
  expanded?: boolean;
}) {
  return (
    <button
      type="button"
      ref={buttonRef}
      className="button checklist__action"
      data-action="run"
      aria-describedby={`step-${step}-title`}
      aria-expanded={expanded}
      aria-busy={busy === step}
      aria-disabled={busy !== null}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function ManualButtons({
  step,
  tabId,
  latest,
  busy,
  run,
}: {
  step: ChecklistStepId;
  tabId: number;
  latest: ChecklistStep | undefined;
  busy: ChecklistStepId | null;
  run: (step: ChecklistStepId, action: () => Promise<ChecklistAnswer>) => Promise<void>;
}) {
  const { t } = useT();
  const tick = (outcome: 'helped' | 'did-not-help') => void run(step, () => recordStep(tabId, step, outcome, { manual: true }));
  return (
    <div className="checklist__manual" role="group" aria-label={t('checklistDidItHelp')} aria-describedby={`step-${step}-title`}>
      {(['helped', 'did-not-help'] as const).map((outcome) => (
        <button
          key={outcome}
          type="button"
          className="button checklist__tick"
          data-action={outcome}
          aria-pressed={latest?.outcome === outcome}
          aria-describedby={`step-${step}-title`}
          aria-disabled={busy !== null}
          onClick={() => tick(outcome)}
        >
          {outcome === 'helped' ? t('checklistHelped') : t('checklistDidNotHelp')}
        </button>
      ))}
    </div>
  );
}

function StepStatus({ step }: { step: ChecklistStep | undefined }) {
  const translator = useT();
  const now = useNow(30_000);
  const { t } = translator;
  return (
    <p className={`checklist__status checklist__status--${step?.outcome ?? 'none'}`} aria-live="polite">
      {step ? (
        <time dateTime={new Date(step.at).toISOString()} title={formatFullDate(step.at, translator.htmlLang)}>
          {t(OUTCOME_KEYS[step.outcome], formatClock(step.at, now, translator.htmlLang))}
        </time>
      ) : (
        t('checklistNotTried')
      )}
    </p>
  );
}
