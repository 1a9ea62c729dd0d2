import { useTranslation } from 'react-i18next';
import type { Rotation } from './geometry';
import type { PdfOpening } from './pdf-opening';
import { PageThumbnails } from './PageThumbnails';
import { usePdfState } from './usePdfDocument';

interface Props {
  opening: PdfOpening;
  currentPage: number;
  rotation: Rotation;
  onPick: (page: number) => void;
}

/** The open document's thumbnails, under their title, once it is open. */
export function DocumentThumbnails({ opening, currentPage, rotation, onPick }: Props) {
  const { t } = useTranslation();
  const state = usePdfState(opening);
  if (state.kind !== 'ready') return null;
  return (
    <>
      <div className="cd-pane-title">{t('workspace.thumbnails')}</div>
      <PageThumbnails pdf={state.pdf} currentPage={currentPage} rotation={rotation} onPick={onPick} />
    </>
  );
}
