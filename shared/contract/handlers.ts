import { z, type ZodType } from 'zod';
import { HANDLER_NAMES, type HandlerName } from './handler-names';
import { userSchema } from '../domain/claim';
import { savedViewSchema, savedViewStateSchema, worklistPageSchema, worklistQuerySchema } from '../domain/worklist';
import { payoutCaseSchema } from '../domain/case';
import { jobSchema } from '../domain/job';
import { editionDataSchema, pathwayOverrideSchema, pathwayReviewSchema, payoutReviewSchema, productsDataSchema, verdictSchema } from '../domain/review';
import { auditEntrySchema, claimDetailSchema, expenseRowSchema, fieldSchema } from '../domain/workspace';

// The one handler map between UI and main (the Actual Budget habit): a name, its request schema and
// its response schema. IPC, the browser host and the renderer's api are all derived from this table,
// so adding a feature is one entry here, one service function and one UI piece.

const id = z.string().min(1).max(128);
const empty = z.object({}).strict();

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
    /** Reads a document's fields again (e.g. with the password it needed); reviewed fields are kept. */
    request: z.object({ documentId: id, password: z.string().max(200).optional() }).strict(),
    response: jobSchema,
  },
  'jobs.get': {
    request: z.object({ jobId: id }).strict(),
    response: jobSchema,
  },
  'fields.update': {
    request: z.object({
      fieldId: id,
      value: z.json(),
      /** Why the field was corrected: kept in the audit log beside old and new value. */
      reason: z.string().trim().min(1).max(500),
    }).strict(),
    response: fieldSchema,
  },
  'fields.confirm': {
    request: z.object({ fieldId: id }).strict(),
    response: fieldSchema,
  },
  'audit.list': {
    request: z.object({ claimId: id.optional(), limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    response: z.array(auditEntrySchema),
  },
  'pathway.check': {
    /** Checks the claim on `edition` (default: the newest), recording the check with its edition. */
    request: z.object({ claimId: id, edition: z.string().max(40).optional() }).strict(),
    response: pathwayReviewSchema,
  },
  'pathway.override': {
    /** A medical reviewer's verdict for one drug line; `verdict: null` withdraws the override. */
    request: z.object({
      claimId: id,
      treatmentId: id,
      verdict: verdictSchema.nullable(),
      justification: z.string().trim().min(5).max(1000),
    }).strict(),
    response: z.object({ override: pathwayOverrideSchema.nullable() }),
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
    /** Takes an expense line out of the payout (or back in), with the reason audited. */
    request: z.object({ claimId: id, expenseId: id, included: z.boolean(), reason: z.string().trim().min(1).max(500) }).strict(),
    response: expenseRowSchema,
  },
  'case.export': {
    /** The claim as a case of the engines' exchange format (cases/README.md), for support, audits and the CLI. */
    request: z.object({ claimId: id }).strict(),
    response: payoutCaseSchema,
  },
  'views.list': {
    request: empty,
    response: z.array(savedViewSchema),
  },
  'views.save': {
    request: z.object({ id: id.optional(), name: z.string().trim().min(1).max(60), state: savedViewStateSchema }).strict(),
    response: savedViewSchema,
  },
  'views.delete': {
    request: z.object({ id }).strict(),
    response: z.object({ deleted: z.boolean() }),
  },
} as const satisfies Record<HandlerName, { request: ZodType; response: ZodType }>;

export type Handlers = typeof handlers;
export { HANDLER_NAMES, type HandlerName };
export type RequestOf<K extends HandlerName> = z.input<Handlers[K]['request']>;
export type ParsedRequestOf<K extends HandlerName> = z.output<Handlers[K]['request']>;
export type ResponseOf<K extends HandlerName> = z.output<Handlers[K]['response']>;

export function isHandlerName(name: unknown): name is HandlerName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);
}

/** The renderer's view of main: one async function per handler, same names, resolved envelopes. */
export type Api = { [K in HandlerName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
