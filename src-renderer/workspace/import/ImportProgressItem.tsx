import { CloseOutlined, FilePdfOutlined } from '@ant-design/icons';
import { Alert, Button, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../common/describe-error';
import { importProblem, jobPercent, needsPassword, type ImportProblem } from './job-progress';
import { ImportPassword } from './ImportPassword';
import type { ImportView } from './useDocumentImports';

interface Props {
  item: ImportView;
  onReadAgain: (password?: string) => void;
  onDismiss: () => void;
}

const PAGE_STAGES = new Set(['text', 'render', 'ocr']);

/** One imported file: its job's stage and page as a bar, then what was read or why it could not be. */
export function ImportProgressItem({ item, onReadAgain, onDismiss }: Props) {
  const { t } = useTranslation();
  const { job } = item;
  const problem: ImportProblem | null = item.startFailure?.kind === 'too_large'
    ? 'TOO_LARGE'
    : job?.state === 'failed' ? importProblem(job.error?.code ?? 'INTERNAL') : null;
  const callError = item.startFailure?.kind === 'error' ? item.startFailure.error : item.pollError;
  const state = problem || callError ? 'failed' : job?.state ?? 'running';
  const percent = job ? jobPercent(job) : 0;

  return (
    <div className="cd-import" data-testid="import-progress" data-state={state} data-stage={job?.stage ?? 'queued'} data-problem={problem ?? undefined}>
      <div className="cd-import-head">
        <FilePdfOutlined className="cd-doc-icon" />
        <span className="cd-import-name" title={item.fileName}>{item.fileName}</span>
        {state !== 'running' && (
          <Button size="small" type="text" icon={<CloseOutlined />} aria-label={t('importing.dismiss')} onClick={onDismiss} data-testid="import-dismiss" />
        )}
      </div>
      <Progress
        percent={state === 'done' ? 100 : percent}
        size="small"
        showInfo={false}
        status={state === 'failed' ? 'exception' : state === 'done' ? 'success' : 'active'}
      />
      <div className="cd-import-meta cd-muted" data-testid="import-stage">
        {state === 'done' && job
          ? t('importing.doneSummary', { pages: job.pages, count: job.fieldCount })
          : (
            <>
              {t(`importing.stages.${job?.stage ?? 'queued'}`)}
              {job && PAGE_STAGES.has(job.stage) && job.pages > 0 && <> · {t('importing.pageOf', { page: job.page, pages: job.pages })}</>}
            </>
          )}
      </div>
      {problem && (
        <Alert
          type={needsPassword(problem) ? 'warning' : 'error'}
          showIcon
          className="cd-import-alert"
          title={t(`importing.problems.${problem}.title`)}
          description={
            <>
              <div>{t(`importing.problems.${problem}.detail`)}</div>
              <div className="cd-muted">{item.documentId ? t('importing.kept') : t('importing.notImported')}</div>
            </>
          }
          action={item.documentId && !needsPassword(problem) && (problem === 'TIMEOUT' || problem === 'INTERNAL')
            ? <Button size="small" onClick={() => onReadAgain()} data-testid="import-retry">{t('importing.readAgain')}</Button>
            : undefined}
          data-testid="import-problem"
        />
      )}
      {problem && needsPassword(problem) && item.documentId && <ImportPassword onSubmit={(password) => onReadAgain(password)} />}
      {!problem && callError !== null && callError !== undefined && (
        <Alert type="error" showIcon className="cd-import-alert" title={describeError(t, callError).title} description={describeError(t, callError).detail} data-testid="import-problem" />
      )}
    </div>
  );
}
