// The contract's handler names on their own, free of zod, for the preload: a sandboxed preload is a
// small self-contained script, and this list is all it needs. handlers.ts is type-checked against it
// in both directions, so the two cannot drift.
export const HANDLER_NAMES = [
  'app.info', 'session.switchUser', 'claims.list', 'claims.get', 'documents.content', 'documents.import', 'documents.extract',
  'jobs.get', 'fields.update', 'fields.confirm', 'audit.list', 'pathway.check', 'pathway.override', 'rules.editions',
  'rules.edition', 'rules.products', 'payout.calculate', 'expenses.setIncluded', 'case.export', 'views.list', 'views.save',
  'views.delete', 'fields.confirmMany', 'warnings.acknowledge', 'pathway.recordCheck', 'claims.queues', 'decision.context',
  'decision.submit', 'decision.approve', 'decision.return', 'claim.refer', 'review.complete', 'claim.assign', 'notice.create',
  'audit.chain', 'settings.get', 'settings.update',
] as const;

export type HandlerName = (typeof HANDLER_NAMES)[number];
