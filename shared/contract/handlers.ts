import { z, type ZodType } from 'zod';
import { HANDLER_NAMES, type HandlerName } from './handler-names';
import { userSchema } from '../domain/claim';
import { savedViewSchema, savedViewStateSchema, worklistPageSchema, worklistQuerySchema } from '../domain/worklist';
import { payoutCaseSchema } from '../domain/case';
import { jobSchema } from '../domain/job';
import { editionDataSchema, pathwayOverrideSchema, pathwayReviewSchema, payoutReviewSchema, productsDataSchema, verdictSchema } from '../domain/review';
import { auditEntrySchema, claimDetailSchema, expenseRowSchema, fieldSchema } from '../domain/workspace';
import { claimStatusSchema, prioritySchema } from '../domain/claim';
import { decisionContextSchema, decisionSchema } from '../domain/decision';
import { documentTypeSchema } from '../domain/document';
import { outcomeSchema, reasonCodeSchema } from '../workflow/mutations';
import { REASON_CODES } from '../workflow/reason-codes';

// The one handler map between UI and main (the Actual Budget habit): a name, its request schema and
// its response schema, and `writes: true` on every handler that changes the cache. IPC, the browser
// host and the renderer's api are all derived from this table, so adding a feature is one entry here,
// one service function and one UI piece. A handler without `writes` never writes: the dispatcher
// refuses its answer if it committed anything.

const id = z.string().min(1).max(128);
const empty = z.object({}).strict();
const note = z.string().trim().max(2000);
const requiredNote = note.min(1);
const languageSchema = z.enum(['zh-CN', 'en']);
const claimStep = z.object({ status: claimStatusSchema });

export const handlers = {
  'app.info': {
    request: empty,
    response: z.object({
      appVersion: z.string(),
      dataDir: z.string(),
      schemaVersion: z.number().int(),
      editions: z.object({ documents: z.string(), pathway: z.string().nullable(), payout: z.string().nullable() }),
      claimCount: z.number().int(),
      currentUser: userSchema,
      users: z.array(userSchema),
    }),
  },
  'session.switchUser': {
    writes: true,
    request: z.object({ userId: id }).strict(),
    response: userSchema,
  },
  'claims.list': {
    request: worklistQuerySchema,
    response: worklistPageSchema,
  },
  'claims.get': {
    request: z.object({ claimId: id }).strict(),
    response: claimDetailSchema,
  },
  'documents.content': {
    request: z.object({ documentId: id }).strict(),
    response: z.object({ sha256: z.string(), bytes: z.instanceof(Uint8Array) }),
  },
  'documents.import': {
    writes: true,
    /** Attaches a file to a claim (kept whatever happens next) and starts reading its fields. */
    request: z.object({
      claimId: id,
      fileName: z.string().trim().min(1).max(200),
      bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= 64 * 1024 * 1024, 'expected a file of 1 byte to 64 MB'),
      password: z.string().max(200).optional(),
    }).strict(),
    response: jobSchema,
  },
  'documents.extract': {
    writes: true,
    /** Reads a document's fields again (e.g. with the password it needed); reviewed fields are kept. */
    request: z.object({ documentId: id, password: z.string().max(200).optional() }).strict(),
    response: jobSchema,
  },
  'jobs.get': {
    request: z.object({ jobId: id }).strict(),
    response: jobSchema,
  },
  'fields.update': {
    writes: true,
    request: z.object({
      fieldId: id,
      value: z.json(),
      /** Why the field was corrected: kept in the audit log beside old and new value. */
      reason: z.string().trim().min(1).max(500),
    }).strict(),
    response: fieldSchema,
  },
  'fields.confirm': {
    writes: true,
    request: z.object({ fieldId: id }).strict(),
    response: fieldSchema,
  },
  'fields.confirmMany': {
    writes: true,
    /** Confirms fields the person has seen listed together; each must be eligible (settings, docs/workflow.md). */
    request: z.object({ claimId: id, fieldIds: z.array(id).min(1).max(500) }).strict(),
    response: z.object({ confirmed: z.number().int().nonnegative() }),
  },
  'warnings.acknowledge': {
    writes: true,
    /** The adjuster looked at a cross-document warning and stands by the claim as it is, saying why. */
    request: z.object({ claimId: id, warningKey: z.string().min(1).max(2000), note: requiredNote.max(500) }).strict(),
    response: z.object({ warningKey: z.string() }),
  },
  'audit.list': {
    request: z.object({ claimId: id.optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.array(auditEntrySchema),
  },
  'pathway.check': {
    /** Checks the claim on `edition` (default: the newest). A read: recording a check is pathway.recordCheck. */
    request: z.object({ claimId: id, edition: z.string().max(40).optional() }).strict(),
    response: pathwayReviewSchema,
  },
  'pathway.override': {
    writes: true,
    /** A medical reviewer's verdict for one drug line; `verdict: null` withdraws the override. */
    request: z.object({
      claimId: id,
      treatmentId: id,
      verdict: verdictSchema.nullable(),
      justification: z.string().trim().min(5).max(1000),
    }).strict(),
    response: z.object({ override: pathwayOverrideSchema.nullable() }),
  },
  'pathway.recordCheck': {
    writes: true,
    /** Keeps the check on the newest edition as the one somebody stood behind; a later re-check on another edition shows what changed. */
    request: z.object({ claimId: id }).strict(),
    response: z.object({ edition: z.string(), checkedAt: z.string() }),
  },
  'rules.editions': {
    request: empty,
    response: z.object({ pathway: z.array(z.string()), payout: z.array(z.string()) }),
  },
  'rules.edition': {
    request: z.object({ edition: z.string().max(40).optional() }).strict(),
    response: editionDataSchema,
  },
  'rules.products': {
    request: z.object({ edition: z.string().max(40).optional() }).strict(),
    response: productsDataSchema,
  },
  'payout.calculate': {
    request: z.object({ claimId: id }).strict(),
    response: payoutReviewSchema,
  },
  'expenses.setIncluded': {
    writes: true,
    /** Takes an expense line out of the payout (or back in), with the reason audited. */
    request: z.object({ claimId: id, expenseId: id, included: z.boolean(), reason: z.string().trim().min(1).max(500) }).strict(),
    response: expenseRowSchema,
  },
  'case.export': {
    /** The claim as a case of the engines' exchange format (docs/case-format.md), for support, audits and the CLI. */
    request: z.object({ claimId: id }).strict(),
    response: payoutCaseSchema,
  },
  'claims.queues': {
    /** The live counts of the user's role queues; null for a queue the user's roles do not have. */
    request: empty,
    response: z.object({ mine: z.number().int(), medicalReview: z.number().int().nullable(), approvals: z.number().int().nullable() }),
  },
  'decision.context': {
    request: z.object({ claimId: id }).strict(),
    response: decisionContextSchema,
  },
  'decision.submit': {
    writes: true,
    request: z.object({
      claimId: id,
      outcome: outcomeSchema,
      payableFen: z.number().int().nonnegative(),
      reasons: z.array(reasonCodeSchema).max(REASON_CODES.length),
      note,
      /** For `pend`: the document types asked of the claimant. */
      requestedDocuments: z.array(documentTypeSchema).max(10).default([]),
    }).strict(),
    response: z.object({ decision: decisionSchema, status: claimStatusSchema }),
  },
  'decision.approve': {
    writes: true,
    request: z.object({ claimId: id, decisionId: id, note }).strict(),
    response: z.object({ decision: decisionSchema, status: claimStatusSchema }),
  },
  'decision.return': {
    writes: true,
    request: z.object({ claimId: id, decisionId: id, note: requiredNote }).strict(),
    response: z.object({ decision: decisionSchema, status: claimStatusSchema }),
  },
  'claim.refer': {
    writes: true,
    /** To medical review, with what the reviewer should look at. */
    request: z.object({ claimId: id, note: requiredNote }).strict(),
    response: claimStep,
  },
  'review.complete': {
    writes: true,
    /** The medical reviewer hands the claim back to its adjuster, with the opinion. */
    request: z.object({ claimId: id, note: requiredNote }).strict(),
    response: claimStep,
  },
  'claim.assign': {
    writes: true,
    request: z.object({ claimIds: z.array(id).min(1).max(500), assigneeId: id, note, priority: prioritySchema.optional() }).strict(),
    response: z.object({ assigned: z.number().int().nonnegative() }),
  },
  'notice.create': {
    writes: true,
    /** The decision notice as PDF, made once per decision and language and kept beside the claim. */
    request: z.object({ decisionId: id, language: languageSchema.default('zh-CN') }).strict(),
    response: z.object({ fileName: z.string(), sha256: z.string(), bytes: z.instanceof(Uint8Array) }),
  },
  'audit.chain': {
    /** Walks the audit log's hash chain: its length, its head, and the first row that breaks it. */
    request: empty,
    response: z.object({
      length: z.number().int().nonnegative(),
      headHash: z.string(),
      ok: z.boolean(),
      firstBad: z.object({ id: z.number().int(), problem: z.string() }).nullable(),
    }),
  },
  'settings.get': {
    request: empty,
    response: z.object({ bulkConfirmMinConfidence: z.number().min(0).max(1) }),
  },
  'settings.update': {
    writes: true,
    request: z.object({ bulkConfirmMinConfidence: z.number().min(0.5).max(1) }).strict(),
    response: z.object({ bulkConfirmMinConfidence: z.number().min(0).max(1) }),
  },
  'views.list': {
    request: empty,
    response: z.array(savedViewSchema),
  },
  'views.save': {
    writes: true,
    request: z.object({ id: id.optional(), name: z.string().trim().min(1).max(60), state: savedViewStateSchema }).strict(),
    response: savedViewSchema,
  },
  'views.delete': {
    writes: true,
    request: z.object({ id }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
} as const satisfies Record<HandlerName, { request: ZodType; response: ZodType; writes?: true }>;

export type Handlers = typeof handlers;
export { HANDLER_NAMES, type HandlerName };
export type RequestOf<K extends HandlerName> = z.input<Handlers[K]['request']>;
export type ParsedRequestOf<K extends HandlerName> = z.output<Handlers[K]['request']>;
export type ResponseOf<K extends HandlerName> = z.output<Handlers[K]['response']>;

/** Whether a handler may change the cache (the map says so; the dispatcher holds reads to it). */
export const writesOf = (name: HandlerName): boolean => 'writes' in handlers[name];

export function isHandlerName(name: unknown): name is HandlerName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);
}

/** The renderer's view of main: one async function per handler, same names, resolved envelopes. */
export type Api = { [K in HandlerName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
