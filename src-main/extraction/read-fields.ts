import type { DocumentType, ReadField } from '../../shared/domain/document';
import type { Edition } from '../../shared/pathway/edition-schema';
import type { DocumentModel } from './document-model';
import { pairsOf } from './document-model';
import { roundBox, union } from './geometry';
import { spanBBox, spanConf, spanText } from './layout/spans';
import type { Draft } from './readers/context';
import { READERS } from './readers';

// Drafts become read fields: the printed text, the box around the spans on the field's page, and a
// confidence from the source (the text layer is exact; OCR carries the recogniser's word confidence)
// times the reader's factor for how the value was found.

const TEXT_LAYER_CONFIDENCE = 0.97;
const OCR_CEILING = 0.95;

function toField(d: Draft): ReadField | null {
  const page = d.spans[0]?.line.page;
  if (page === undefined) return null;
  const onPage = d.spans.filter((s) => s.line.page === page);
  const boxes = onPage.map(spanBBox).filter((b) => b !== null);
  if (!boxes.length) return null;
  const source = onPage[0]!.line.source;
  const base = source === 'text' ? TEXT_LAYER_CONFIDENCE
    : Math.min(OCR_CEILING, onPage.reduce((s, sp) => s + spanConf(sp), 0) / onPage.length);
  const confidence = Math.round(Math.max(0, Math.min(1, base * (d.factor ?? 1))) * 100) / 100;
  return {
    key: d.key, value: d.value, text: d.text ?? d.spans.map(spanText).join('\n'),
    confidence, page, bbox: roundBox(union(boxes)), source,
  };
}

export function readFields(model: DocumentModel, type: DocumentType, drugs: Edition['drugs'], warn: (m: string) => void): ReadField[] {
  if (type === 'other') return [];
  const reader = READERS[type];
  const drafts = reader.read({ model, pairs: pairsOf(model, reader.labels), drugs, warn });
  return drafts.map(toField).filter((f): f is ReadField => f !== null);
}
