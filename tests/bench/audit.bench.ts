import path from 'node:path';
import Database from 'better-sqlite3';
import { verifyChain, type ChainState } from '../../src-main/audit/chain';
import { openCache } from '../../src-main/db/connection';
import { readHandle } from '../../src-main/db/handles';
import type { AuditInput } from '../../src-main/db/write';
import { tempDir } from '../support/temp-dir';
import { sampleMs, type BenchRow } from './measure';

// The audit chain at size: n chained rows written through the one write path (transact/tx.audit, in
// large transactions), then verifyChain over all of them against a plain `SELECT * ... ORDER BY id`
// iteration of the same rows on the same read-only connection, so the ratio is the cost of hashing.

const N = 1_000_000;
const PER_TRANSACTION = 50_000;

/** A mix like a working cache's: field corrections with reasons, confirmations, state moves, decisions. */
function entry(i: number): AuditInput {
  const claimId = `CLM-2025${String(i % 40_000).padStart(6, '0')}`;
  switch (i % 5) {
    case 0:
      return { claimId, entity: 'field', entityId: `${claimId}-D1-F${i % 13}`, action: 'correct', before: { key: 'totalFen', value: 1_234_500 + i },
        after: { key: 'totalFen', value: 1_234_600 + i }, reason: '发票金额识别有误，按原件更正' };
    case 1:
    case 2:
      return { claimId, entity: 'field', entityId: `${claimId}-D2-F${i % 11}`, action: 'confirm', after: { key: 'admissionDate', value: '2025-03-14' } };
    case 3:
      return { claimId, entity: 'claim', entityId: claimId, action: 'state', before: { status: 'new' }, after: { status: 'in_review' }, reason: 'field.confirm' };
    default:
      return { claimId, entity: 'decision', entityId: `d-${i}`, action: 'submit', reason: '材料齐全，按条款赔付',
        after: { outcome: 'approve', payableFen: 3_024_700, engineFen: 3_024_700, reasons: ['APPROVED'], requestedDocuments: [],
          editions: { pathway: 'CDP-2025.1', payout: 'PAY-2025.1' }, inputsHash: 'ab'.repeat(32), state: 'decided' } };
  }
}

export async function benchAudit(n = N): Promise<BenchRow[]> {
  const t = tempDir('claimdesk-bench-audit-');
  try {
    const file = path.join(t.dir, 'cache.sqlite');
    const cache = openCache(file);
    const t0 = performance.now();
    for (let done = 0; done < n; done += PER_TRANSACTION) {
      cache.transact('adjuster1', (tx) => {
        for (let i = done; i < Math.min(n, done + PER_TRANSACTION); i++) tx.audit(entry(i));
      });
    }
    const writeMs = performance.now() - t0;
    cache.close();

    // As `claimdesk audit verify` reads it: the file opened read-only, rows streamed.
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const all = db.prepare('SELECT * FROM audit_log ORDER BY id');
      let rawRows = 0;
      const raw = (): void => {
        rawRows = 0;
        for (const row of all.iterate() as IterableIterator<{ id: number }>) if (row.id) rawRows++;
      };
      let chain: ChainState | null = null;
      const verify = (): void => { chain = verifyChain(readHandle(db)); };
      // One read to warm the page cache, then the two in turn, twice each; the best of each (a run over
      // a million rows is long, so the best is the one least disturbed by the rest of the machine).
      raw();
      const rawRuns: number[] = [];
      const verifyRuns: number[] = [];
      for (let round = 0; round < 2; round++) {
        rawRuns.push(...sampleMs(raw, 1, 0));
        verifyRuns.push(...sampleMs(verify, 1, 0));
      }
      const rawMs = Math.min(...rawRuns);
      const verifyMs = Math.min(...verifyRuns);
      const verified = chain as ChainState | null;
      if (rawRows !== n || !verified?.ok || verified.length !== n) throw new Error(`audit bench: expected ${n} intact rows, read ${rawRows}, chain ${JSON.stringify(verified)}`);
      const perSecond = (ms: number) => Math.round(n / (ms / 1000));
      const count = n.toLocaleString('en');
      return [
        {
          workload: `write ${count} chained audit rows (transact/tx.audit, ${PER_TRANSACTION.toLocaleString('en')} per transaction)`,
          value: perSecond(writeMs), unit: 'rows/s', extra: { ms: Math.round(writeMs) },
        },
        {
          workload: `audit verify over ${count} rows (verifyChain)`, value: perSecond(verifyMs), unit: 'rows/s',
          baseline: perSecond(rawMs), baselineName: 'plain SELECT * ORDER BY id iteration, same connection',
          // Bigger is better: the ratio is how many times longer verifying takes than reading the rows.
          ratio: +(verifyMs / rawMs).toFixed(2),
          extra: { verifyMs: Math.round(verifyMs), rawMs: Math.round(rawMs), verifyRunsMs: verifyRuns.map(Math.round).join(' '), rawRunsMs: rawRuns.map(Math.round).join(' '), headHash: verified.headHash },
        },
      ];
    } finally {
      db.close();
    }
  } finally {
    t.remove();
  }
}
