import { App, Card, Form, InputNumber, Spin } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { describeError } from '../common/describe-error';
import { ErrorAlert } from '../common/ErrorAlert';
import { queryKeys } from '../common/query-keys';
import { useSettings } from '../common/useSettings';

/** 设置: the workstation's settings; each change is audited. */
export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (bulkConfirmMinConfidence: number) => api['settings.update']({ bulkConfirmMinConfidence }),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKeys.settings, next);
      void message.success(t('settings.saved'));
    },
    onError: (error) => void message.error(describeError(t, error).detail),
  });
  if (settings.isError) return <ErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <Spin style={{ margin: 48 }} />;
  const percent = Math.round(settings.data.bulkConfirmMinConfidence * 100);
  return (
    <div className="cd-settings" data-testid="settings-page">
      <Card size="small" title={t('settings.review')}>
        <Form layout="vertical" size="small">
          <Form.Item label={t('settings.bulkLevel')} extra={t('settings.bulkLevelHelp')}>
            <InputNumber
              min={50}
              max={100}
              step={1}
              suffix="%"
              defaultValue={percent}
              key={percent}
              disabled={save.isPending}
              onBlur={(e) => {
                const value = Number(e.target.value);
                if (Number.isInteger(value) && value >= 50 && value <= 100 && value !== percent) save.mutate(value / 100);
              }}
              data-testid="bulk-level"
            />
          </Form.Item>
        </Form>
      </Card>
    </div>
  );
}
