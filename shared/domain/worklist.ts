import { z } from 'zod';
import { claimStatusSchema, PRIORITIES, prioritySchema } from './claim';

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

const sortSchema = z.array(z.object({ column: worklistSortColumnSchema, dir: z.enum(['asc', 'desc']) }).strict()).max(3);

const sortText = z.string().max(2000);
/**
 * A sort column's key as the cache orders by it: the row's value, except the priority's rank (urgent 0
 * .. low 3) and the assignee's sort name ('' when unassigned, '@' and the name otherwise).
 */
export const WORKLIST_SORT_KEYS = {
  claimNumber: sortText,
  status: claimStatusSchema,
  claimantName: sortText,
  product: sortText,
  diagnosisText: sortText,
  claimedFen: z.number().int().nonnegative(),
  priority: z.number().int().min(0).max(PRIORITIES.length - 1),
  slaDue: sortText,
  assigneeName: sortText.refine((v) => v === '' || v.startsWith('@'), "expected '' or '@' and the assignee's name"),
  receivedAt: sortText,
} satisfies Record<WorklistSortColumn, z.ZodType>;

/**
 * Where a page ends in its order (keyed paging): the last row's sort keys, one per sort column in the
 * sort's order, and its claim number (the order's tiebreak). claims.list gives it with each page; the
 * next page in order is asked with it, so the cache seeks to it instead of counting rows off.
 */
export const worklistCursorSchema = z.object({
  keys: z.array(z.union([z.string().max(2000), z.number()])).max(3),
  claimNumber: z.string().min(1).max(64),
}).strict();
export type WorklistCursor = z.infer<typeof worklistCursorSchema>;

export const worklistQuerySchema = z.object({
  /** The position of the page's first row. With a cursor it only says where the rows go: they are those after the cursor. */
  offset: z.number().int().nonnegative(),
  limit: z.number().int().min(1).max(1000),
  sort: sortSchema.default([]),
  filter: worklistFilterSchema.default({}),
  /** Quick search: claim number, claimant name, policy number or invoice number. */
  quick: z.string().max(100).optional(),
  /** The rows after this one in the same sort (the previous page's nextCursor); without it, the rows from offset on. */
  cursor: worklistCursorSchema.optional(),
}).strict().superRefine((q, ctx) => {
  if (!q.cursor) return;
  if (q.cursor.keys.length !== q.sort.length) {
    ctx.addIssue({ code: 'custom', path: ['cursor', 'keys'], message: `expected ${q.sort.length} key(s), one per sort column` });
    return;
  }
  q.sort.forEach((s, i) => {
    const checked = WORKLIST_SORT_KEYS[s.column].safeParse(q.cursor!.keys[i]);
    if (!checked.success) {
      ctx.addIssue({ code: 'custom', path: ['cursor', 'keys', i], message: `not a ${s.column} sort key: ${checked.error.issues[0]?.message ?? 'invalid'}` });
    }
  });
});
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

export const worklistPageSchema = z.object({
  total: z.number().int().nonnegative(),
  rows: z.array(worklistRowSchema),
  /** The last row's cursor, to ask the rows after it; null when the page is empty. */
  nextCursor: worklistCursorSchema.nullable(),
});
export type WorklistPage = z.infer<typeof worklistPageSchema>;

export const savedViewStateSchema = z.object({
  sort: sortSchema.default([]),
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
