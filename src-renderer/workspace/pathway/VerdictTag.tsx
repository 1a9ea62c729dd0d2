import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Verdict } from '../../../shared/domain/vocabulary';

// Green in pathway, red off it, amber when the documents do not tell, grey where the pathway has no say.
const COLOUR: Record<Verdict, string> = {
  in_pathway: 'green',
  off_pathway: 'red',
  insufficient_evidence: 'gold',
  not_governed: 'default',
};

export function VerdictTag({ verdict, testId }: { verdict: Verdict; testId?: string }) {
  const { t } = useTranslation();
  return <Tag color={COLOUR[verdict]} variant="filled" data-verdict={verdict} data-testid={testId}>{t(`verdicts.${verdict}`)}</Tag>;
}
