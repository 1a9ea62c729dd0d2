import { App, Button, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossCheckWarning } from '../../../shared/claim-case/cross-checks';
import type { ClaimStatus } from '../../../shared/domain/claim';
import type { Decision } from '../../../shared/domain/decision';
import { describeError } from '../../common/describe-error';
import { ErrorAlert } from '../../common/ErrorAlert';
import { NoteModal } from '../shared/NoteModal';
import { CurrentDecision } from './CurrentDecision';
import { DecisionForm } from './DecisionForm';
import { GuardList } from './GuardList';
import { useDecisionContext, useDecisionSteps } from './useDecision';

interface Props {
  claimId: string;
  warnings: readonly CrossCheckWarning[];
  /** The tab is shown: its keys are live. */
  active: boolean;
  onShowField: (fieldId: string) => void;
  onStartReview: () => void;
  /** Opens a decision's notice in the viewer. */
  onOpenNotice: (decisionId: string, language?: 'zh-CN' | 'en') => void;
  drugName: (drug: string) => string;
}

type Asking = 'refer' | 'completeReview' | 'approve' | 'return' | null;

/**
 * 决定: the claim's current decision (with a supervisor's approve or return), the hand-offs to and from
 * medical review, and for the adjuster the blocking items and the decision itself. What may be done
 * comes from main (the workflow's own answer), which enforces it again.
 */
export function DecisionPanel({ claimId, warnings, active, onShowField, onStartReview, onOpenNotice, drugName }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const context = useDecisionContext(claimId);
  const steps = useDecisionSteps(claimId);
  const [asking, setAsking] = useState<Asking>(null);

  if (context.isError) return <ErrorAlert error={context.error} onRetry={() => void context.refetch()} />;
  if (!context.data) return <Spin style={{ margin: 48 }} />;
  const c = context.data;

  /** A step went through: say where the claim is now, and open the notice of a decision in force. */
  const finished = (answer: { status: ClaimStatus; decision?: Decision }): void => {
    setAsking(null);
    void message.success(t(`decision.done.${answer.status}`, { defaultValue: t('decision.done.any') }));
    if (answer.decision && (answer.status === 'decided' || answer.status === 'pending_info')) onOpenNotice(answer.decision.id);
  };
  const failed = (error: unknown): void => void message.error(describeError(t, error).detail);
  const note = (kind: Exclude<Asking, null>) => {
    const props = {
      refer: { title: t('decision.refer'), intro: t('decision.referIntro'), ok: t('decision.refer'), required: true, step: steps.refer },
      completeReview: { title: t('decision.completeReview'), intro: t('decision.completeIntro'), ok: t('decision.completeReview'), required: true, step: steps.completeReview },
      approve: { title: t('decision.approve'), intro: null, ok: t('decision.approve'), required: false, step: steps.approve },
      return: { title: t('decision.return'), intro: t('decision.returnIntro'), ok: t('decision.return'), required: true, step: steps.return },
    }[kind];
    return (
      <NoteModal
        title={props.title}
        intro={props.intro}
        okText={props.ok}
        required={props.required}
        danger={kind === 'return'}
        saving={props.step.isPending}
        error={props.step.error}
        testId={`note-${kind}`}
        onCancel={() => {
          props.step.reset();
          setAsking(null);
        }}
        onSubmit={(text) => {
          const done = { onSuccess: finished };
          if (kind === 'refer') steps.refer.mutate({ note: text }, done);
          else if (kind === 'completeReview') steps.completeReview.mutate({ note: text }, done);
          else if (c.current) (kind === 'approve' ? steps.approve : steps.return).mutate({ decisionId: c.current.id, note: text }, done);
        }}
      />
    );
  };

  const pending = c.current && c.current.state !== 'returned' ? c.current : null;
  return (
    <div className="cd-decision" data-testid="decision-panel" data-status={c.status}>
      {pending && (
        <CurrentDecision
          decision={pending}
          mayApprove={c.may.approve}
          mayReturn={c.may.return}
          onApprove={() => setAsking('approve')}
          onReturn={() => setAsking('return')}
          onOpenNotice={(language) => onOpenNotice(pending.id, language)}
        />
      )}
      {(c.may.refer || c.may.completeReview) && (
        <Flex gap={8} className="cd-decision-handoffs">
          {c.may.refer && <Button size="small" onClick={() => setAsking('refer')} data-testid="refer-claim">{t('decision.refer')}</Button>}
          {c.may.completeReview && <Button size="small" type="primary" onClick={() => setAsking('completeReview')} data-testid="complete-review">{t('decision.completeReview')}</Button>}
        </Flex>
      )}
      {c.may.submit ? (
        <>
          <GuardList guards={c.guards} warnings={warnings} onShowField={onShowField} onStartReview={onStartReview}
            onRefer={c.may.refer ? () => setAsking('refer') : null} drugName={drugName} />
          <DecisionForm
            key={`${c.current?.id ?? 'none'}-${c.engineFen}`}
            context={c}
            active={active && asking === null}
            submitting={steps.submit.isPending}
            onSubmit={(request) => steps.submit.mutate(request, { onSuccess: finished, onError: failed })}
          />
        </>
      ) : !pending && <div className="cd-muted cd-pad" data-testid="decision-not-yours">{t(`decision.notYours.${c.status}`, { defaultValue: t('decision.notYours.any') })}</div>}
      {asking && note(asking)}
    </div>
  );
}
