import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { describeError } from '../common/describe-error';
import { navigate } from '../routing/useRoute';

/** The claim to work next: the first of my queue (its own filter and order) that is not the one open. */
export function useNextClaim(): (currentClaimId: string | null) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (currentClaimId) => {
    void api['views.list']({}).then(async (views) => {
      const mine = views.find((v) => v.id === 'builtin:mine');
      if (!mine) return;
      const page = await api['claims.list']({ offset: 0, limit: 2, sort: mine.state.sort, filter: mine.state.filter });
      const next = page.rows.find((r) => r.id !== currentClaimId);
      if (next) navigate({ name: 'claim', claimId: next.id });
      else void message.info(t('worklist.queueEmpty'));
    }).catch((error: unknown) => void message.error(describeError(t, error).detail));
  };
}
