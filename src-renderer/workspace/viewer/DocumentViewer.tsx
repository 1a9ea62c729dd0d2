import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordPrompt } from './PasswordPrompt';
import { PdfProblem } from './PdfProblem';
import { PdfViewer, type FieldMark, type PageRequest } from './PdfViewer';
import type { PdfState } from './pdf-state';

interface Props {
  state: PdfState;
  pageRequest: PageRequest | null;
  field: FieldMark | null;
  onPageChange: (page: number) => void;
}

/** The centre pane for one document, whatever state opening it is in. */
export function DocumentViewer({ state, pageRequest, field, onPageChange }: Props) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'loading':
      return <div className="cd-viewer-message"><Spin description={t('viewer.loading')} /></div>;
    case 'password':
      return <PasswordPrompt wrong={state.wrong} onSubmit={state.submit} />;
    case 'error':
      return <PdfProblem problem={state.problem} error={state.error} />;
    case 'ready':
      return <PdfViewer key={state.pdf.fingerprints[0]} pdf={state.pdf} pageRequest={pageRequest} field={field} onPageChange={onPageChange} />;
  }
}
