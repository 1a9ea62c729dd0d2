import { z } from 'zod';
import { claimStatusSchema, prioritySchema } from './claim';

// The worklist: what a row shows and how a page of rows is asked for. Sorting, filtering and paging
// run in SQLite (main), so the grid stays smooth at 100,000 claims.

export const WORKLIST_SORT_COLUMNS = [
  'claimNumber', 'status', 'claimantName', 'product', 'diagnosisText', 'claimedFen', 'priority', 'slaDue', 'assigneeName', 'receivedAt',
] as const;
export const worklistSortColumnSchema = z.enum(WORKLIST_SORT_COLUMNS);
export type WorklistSortColumn = z.infer<typeof worklistSortColumnSchema>;

export const worklistFilterSchema = z.object({
  status: z.array(claimStatusSchema).max(20).optional(),
  priority: z.array(prioritySchema).max(10).optional(),
  product: z.array(z.string().max(40)).max(20).optional(),
  cancerType: z.array(z.string().max(20)).max(20).optional(),
  /** A user id, or null for unassigned claims. */
  assigneeId: z.string().max(64).nullable().optional(),
  /** Claims whose SLA falls due before this instant (ISO). */
  slaDueBefore: z.string().max(40).optional(),
  claimedMinFen: z.number().int().nonnegative().optional(),
  claimedMaxFen: z.number().int().nonnegative().optional(),
  diagnosisContains: z.string().max(100).optional(),
}).strict();
export type WorklistFilter = z.infer<typeof worklistFilterSchema>;

export const worklistQuerySchema = z.object({
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(1000),
  sort: z.array(z.object({ column: worklistSortColumnSchema, dir: z.enum(['asc', 'desc']) }).strict()).max(3).default([]),
  filter: worklistFilterSchema.default({}),
  /** Quick search: claim number, claimant name, policy number or invoice number. */
  quick: z.string().max(100).optional(),
}).strict();
export type WorklistQuery = z.input<typeof worklistQuerySchema>;
export type WorklistQueryParsed = z.output<typeof worklistQuerySchema>;

export const worklistRowSchema = z.object({
  id: z.string(),
  claimNumber: z.string(),
  status: claimStatusSchema,
  claimantName: z.string(),
  /** The ID number masked in main; the full number never reaches the worklist. */
  claimantIdMasked: z.string(),
  product: z.string(),
  diagnosisText: z.string(),
  cancerType: z.string(),
  claimedFen: z.number().int(),
  priority: prioritySchema,
  slaDue: z.string(),
  receivedAt: z.string(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
});
export type WorklistRow = z.infer<typeof worklistRowSchema>;

export const worklistPageSchema = z.object({ total: z.number().int().nonnegative(), rows: z.array(worklistRowSchema) });
export type WorklistPage = z.infer<typeof worklistPageSchema>;

export const savedViewStateSchema = z.object({
  sort: worklistQuerySchema.shape.sort,
  filter: worklistFilterSchema,
  quick: z.string().max(100).optional(),
}).strict();
export type SavedViewState = z.infer<typeof savedViewStateSchema>;

export const savedViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  state: savedViewStateSchema,
  builtIn: z.boolean(),
});
export type SavedView = z.infer<typeof savedViewSchema>;
