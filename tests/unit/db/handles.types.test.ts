import { describe, expect, it } from 'vitest';
import type { ReadDb } from '../../../src-main/db/handles';
import type { WriteTx } from '../../../src-main/db/write';

// The write path is a type (the Signal Desktop habit): `npm run typecheck` compiles this file, and each
// expected-error directive below fails the build if the line it marks ever compiles, i.e. if a read
// handle gained a way to write or a write could be made without a transaction.

function readsOnly(db: ReadDb): void {
  // @ts-expect-error a read handle has no run()
  db.run('DELETE FROM claims');
  // @ts-expect-error nor the driver's prepare()
  db.prepare('DELETE FROM claims');
  // @ts-expect-error nor audit or outbox entries
  db.audit({ claimId: null, entity: 'x', entityId: 'x', action: 'x' });
}

function writesInTransaction(tx: WriteTx): void {
  tx.run('UPDATE claims SET updated_at = ?', tx.now);
  readsOnly(tx); // a transaction also reads, consistently with what it wrote
}

describe('the read and write handles', () => {
  it('are checked by the compiler (see the @ts-expect-error lines above)', () => {
    expect(typeof readsOnly).toBe('function');
    expect(typeof writesInTransaction).toBe('function');
  });
});
