import { z } from 'zod';

// Document types and the shape of a read field (docs/document-types.md, edition DOC-2025.1).
export const DOCUMENT_TYPES = [
  'medical_invoice', 'expense_list', 'discharge_summary', 'pathology_report', 'genetic_report', 'prescription', 'other',
] as const;
export const documentTypeSchema = z.enum(DOCUMENT_TYPES);
export type DocumentType = z.infer<typeof documentTypeSchema>;

/** [x0, y0, x1, y1] in PDF points at scale 1, origin at the page's top-left as displayed. */
export const bboxSchema = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof bboxSchema>;

export const FIELD_SOURCES = ['text', 'ocr', 'manual'] as const;
export const fieldSourceSchema = z.enum(FIELD_SOURCES);

export const readFieldSchema = z.object({
  key: z.string().min(1),
  value: z.unknown(),
  text: z.string(),
  confidence: z.number().min(0).max(1),
  page: z.number().int().min(1),
  bbox: bboxSchema,
  source: fieldSourceSchema,
});
export type ReadField = z.infer<typeof readFieldSchema>;
