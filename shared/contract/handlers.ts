import { z } from 'zod';
import { userSchema } from '../domain/claim';
import { savedViewSchema, savedViewStateSchema, worklistPageSchema, worklistQuerySchema } from '../domain/worklist';
import { auditEntrySchema, claimDetailSchema, fieldSchema } from '../domain/workspace';

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
} as const;

export type Handlers = typeof handlers;
export type HandlerName = keyof Handlers;
export type RequestOf<K extends HandlerName> = z.input<Handlers[K]['request']>;
export type ParsedRequestOf<K extends HandlerName> = z.output<Handlers[K]['request']>;
export type ResponseOf<K extends HandlerName> = z.output<Handlers[K]['response']>;

export const HANDLER_NAMES = Object.keys(handlers) as HandlerName[];

export function isHandlerName(name: unknown): name is HandlerName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(handlers, name);
}

/** The renderer's view of main: one async function per handler, same names, resolved envelopes. */
export type Api = { [K in HandlerName]: (request: RequestOf<K>) => Promise<ResponseOf<K>> };
