import { FileExclamationOutlined } from '@ant-design/icons';
import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PdfProblemKind } from './pdf-state';

/** A document that cannot be shown says why, in the viewer pane; the rest of the workspace carries on. */
export function PdfProblem({ problem, error }: { problem: PdfProblemKind; error: unknown }) {
  const { t } = useTranslation();
  const technical = error instanceof Error ? error.message : String(error);
  return (
    <div className="cd-viewer-message" data-testid="pdf-error" data-problem={problem}>
      <Result
        status={problem === 'failed' ? 'error' : 'warning'}
        icon={<FileExclamationOutlined />}
        title={t(`viewer.${problem}Title`)}
        subTitle={
          <>
            <div>{t(`viewer.${problem}Detail`)}</div>
            <div className="cd-muted cd-technical">{technical}</div>
          </>
        }
      />
    </div>
  );
}
