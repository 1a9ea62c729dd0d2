import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Rotation } from './geometry';
import { PasswordPrompt } from './PasswordPrompt';
import type { PdfOpening } from './pdf-opening';
import { PdfProblem } from './PdfProblem';
import { PdfViewer, type FieldMark, type PageRequest } from './PdfViewer';
import { usePdfState } from './usePdfDocument';

interface Props {
  opening: PdfOpening;
  pageRequest: PageRequest | null;
  field: FieldMark | null;
  rotation: Rotation;
  onRotate: () => void;
  onPageChange: (page: number) => void;
}

/** The centre pane for one document, whatever state opening it is in. */
export function DocumentViewer({ opening, pageRequest, field, rotation, onRotate, onPageChange }: Props) {
  const { t } = useTranslation();
  const state = usePdfState(opening);
  switch (state.kind) {
    case 'loading':
      return <div className="cd-viewer-message"><Spin description={t('viewer.loading')} /></div>;
    case 'password':
      return <PasswordPrompt wrong={state.wrong} onSubmit={state.submit} />;
    case 'error':
      return <PdfProblem problem={state.problem} error={state.error} />;
    case 'ready':
      return (
        <PdfViewer key={state.pdf.fingerprints[0]} pdf={state.pdf} pageRequest={pageRequest} field={field}
          rotation={rotation} onRotate={onRotate} onPageChange={onPageChange} />
      );
  }
}
