import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { describeError } from '../common/describe-error';

/** Switching the working user changes "Mine", the audit trail's author and more: refresh everything. */
export function useSwitchUser() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => api['session.switchUser']({ userId }),
    onSuccess: async (user) => {
      await queryClient.invalidateQueries();
      void message.success(t('topBar.userSwitched', { name: user.name }));
    },
    onError: (error) => {
      const { title, detail } = describeError(t, error);
      void message.error(`${title}: ${detail}`);
    },
  });
}
