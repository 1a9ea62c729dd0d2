import { Alert, Button, Flex, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionContext } from '../../../shared/domain/decision';
import { DOCUMENT_TYPES } from '../../../shared/domain/document';
import { OUTCOMES, type Outcome } from '../../../shared/workflow/mutations';
import { isTypingTarget } from '../../common/is-typing';
import { useWindowKeydown } from '../../common/useWindowKeydown';
import { documentTypeLabel } from '../../common/labels';
import { useFormat } from '../../common/useFormat';
import { draftProblems, emptyDraft, payableFen, submitRequest, type DecisionDraft } from './decision-draft';
import { outcomeLabel, reasonOptions } from './reason-labels';
import type { StepRequest } from './useDecision';

/** The outcome keys of the decision tab. */
export const OUTCOME_KEYS: Record<string, Outcome> = { a: 'approve', p: 'partial', d: 'deny', n: 'pend' };
const KEY_OF: Record<Outcome, string> = { approve: 'a', partial: 'p', deny: 'd', pend: 'n' };

interface Props {
  context: DecisionContext;
  /** The tab is shown: its keys (a / p / d / n, Ctrl+Enter) are live. */
  active: boolean;
  submitting: boolean;
  onSubmit: (request: StepRequest<'decision.submit'>) => void;
}

/** 决定: outcome, reasons, the payable amount (the engine's by default, never above it), a note; Ctrl+Enter sends. */
export function DecisionForm({ context, active, submitting, onSubmit }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const missing = context.guards.flatMap((g) => (g.code === 'DOCUMENT_TYPE_MISSING' && g.documentType ? [g.documentType] : []));
  const [draft, setDraft] = useState<DecisionDraft>(() => emptyDraft(context.engineFen, missing));
  const patch = (p: Partial<DecisionDraft>): void => setDraft((d) => ({ ...d, ...p }));
  const problems = draftProblems(draft, context.engineFen, context.guards.length);
  const fen = payableFen(draft, context.engineFen);
  const aboveAuthority = fen !== null && fen > context.authorityLimitFen;
  const send = (): void => {
    if (problems.length === 0 && !submitting) onSubmit(submitRequest(draft, context.engineFen));
  };

  useWindowKeydown((e) => {
    if (!active) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      send();
      return;
    }
    if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return;
    const outcome = OUTCOME_KEYS[e.key];
    if (outcome) {
      e.preventDefault();
      patch({ outcome });
    }
  });

  return (
    <section className="cd-decision-form" data-testid="decision-form">
      <Radio.Group
        value={draft.outcome}
        onChange={(e) => patch({ outcome: e.target.value as Outcome })}
        optionType="button"
        buttonStyle="solid"
        size="small"
        data-testid="decision-outcome"
        options={OUTCOMES.map((o) => ({ value: o, label: <span data-outcome={o}>{outcomeLabel(t, o)} <kbd>{KEY_OF[o]}</kbd></span> }))}
      />
      <Flex vertical gap={8} className="cd-decision-fields">
        <label className="cd-decision-label">
          <span>{t('decision.payable')}</span>
          <Input
            prefix="¥"
            size="small"
            value={draft.outcome === 'approve' || draft.outcome === 'deny' || draft.outcome === 'pend' ? (fen === null ? '' : format.fen(fen).replace('¥', '')) : draft.payable}
            disabled={draft.outcome !== 'partial'}
            onChange={(e) => patch({ payable: e.target.value })}
            data-testid="decision-payable"
            data-fen={fen ?? ''}
          />
          <span className="cd-muted cd-small">{t('decision.engineFigureIs', { amount: format.fen(context.engineFen) })}</span>
        </label>
        <label className="cd-decision-label">
          <span>{t('decision.reasons')}</span>
          <Select
            mode="multiple"
            size="small"
            value={draft.reasons}
            onChange={(reasons) => patch({ reasons })}
            options={reasonOptions(i18n.language)}
            optionFilterProp="search"
            placeholder={t('decision.reasonsPlaceholder')}
            data-testid="decision-reasons"
          />
        </label>
        {draft.outcome === 'pend' && (
          <label className="cd-decision-label">
            <span>{t('decision.requested')}</span>
            <Select
              mode="multiple"
              size="small"
              value={draft.requestedDocuments}
              onChange={(requestedDocuments) => patch({ requestedDocuments })}
              options={DOCUMENT_TYPES.map((type) => ({ value: type, label: documentTypeLabel(t, type) }))}
              data-testid="decision-requested"
            />
          </label>
        )}
        <label className="cd-decision-label">
          <span>{t('decision.note')}</span>
          <Input.TextArea size="small" rows={2} maxLength={2000} value={draft.note} onChange={(e) => patch({ note: e.target.value })} data-testid="decision-note" />
        </label>
      </Flex>
      {aboveAuthority && draft.outcome !== null && (
        <Alert type="info" showIcon className="cd-decision-authority" data-testid="above-authority"
          title={t('decision.aboveAuthority', { limit: format.fen(context.authorityLimitFen) })} />
      )}
      {problems.length > 0 && draft.outcome !== null && (
        <ul className="cd-decision-problems" data-testid="decision-problems">
          {problems.map((p) => <li key={p}>{t(`decision.problems.${p}`)}</li>)}
        </ul>
      )}
      <Button type="primary" onClick={send} disabled={problems.length > 0} loading={submitting} data-testid="decision-submit">
        {t('decision.submit')} <kbd>Ctrl+Enter</kbd>
      </Button>
    </section>
  );
}
