import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field } from '../../shared/domain/workspace';
import { chainHead, GENESIS_HASH, rowHash, verifyChain, type AuditRow, type ChainState } from '../../src-main/audit/chain';
import { readHandle } from '../../src-main/db/handles';
import { databaseFile } from '../../src-main/paths';
import { fixtureWorkstation } from '../support/fixture-workstation';
import { tempDir } from '../support/temp-dir';

// The hash chain against someone with the SQLite file in hand (docs/audit-log.md, "Two protections"):
// a real log written through the contract, then, on a copy of the file each, the triggers dropped and
// the log tampered with as an attacker would. verifyChain and `claimdesk audit verify` must both name
// the first row that no longer holds. Two forgeries leave a valid chain — a rewritten tail and a cut
// tail — and are caught only against the head recorded before (the one a decision notice prints).

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
type Row = AuditRow & { hash: string };
interface Run { status: number; stdout: string; stderr: string }
const rowsText = (n: number): string => `${n.toLocaleString('en')} row${n === 1 ? '' : 's'}`;

function claimdesk(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src-main/cli/index.ts', ...args], { cwd: repoRoot }, (error, stdout, stderr) => {
      resolve({ status: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

const work = tempDir('claimdesk-audit-chain-');
let pristine: string;
/** The log as written, and its head as it would have been recorded (on a decision notice) before any tampering. */
let log: Row[];
let recordedHead: string;

const COLUMNS = 'id, at, user_id, claim_id, entity, entity_id, action, before, after, reason, prev_hash, hash';
const insertRow = (db: Database.Database, r: Row): void => {
  db.prepare(`INSERT INTO audit_log (${COLUMNS}) VALUES (@id, @at, @user_id, @claim_id, @entity, @entity_id, @action, @before, @after, @reason, @prev_hash, @hash)`).run(r);
};
const rowAt = (db: Database.Database, id: number): Row => db.prepare('SELECT * FROM audit_log WHERE id = ?').get(id) as Row;
/** What a forger who knows the scheme writes: the row's hash recomputed over its (new) content and link. */
const rehash = (r: AuditRow): Row => ({ ...r, hash: rowHash(r) });
/** Rewrites every row from `fromId` to the end so that each links to the one before it: a valid chain again. */
function relinkFrom(db: Database.Database, fromId: number): void {
  let prev = fromId > 1 ? rowAt(db, fromId - 1).hash : GENESIS_HASH;
  for (const r of db.prepare('SELECT * FROM audit_log WHERE id >= ? ORDER BY id').all(fromId) as Row[]) {
    const fixed = rehash({ ...r, prev_hash: prev });
    db.prepare('UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?').run(fixed.prev_hash, fixed.hash, r.id);
    prev = fixed.hash;
  }
}

/** A copy of the pristine cache in its own data directory, with the triggers dropped and `tamper` applied. */
function tampered(name: string, tamper: (db: Database.Database) => void): string {
  const dataDir = path.join(work.dir, name);
  fs.mkdirSync(dataDir);
  fs.copyFileSync(pristine, databaseFile(dataDir));
  const db = new Database(databaseFile(dataDir));
  try {
    // The triggers stop the ordinary ways in; an attacker with the file drops them first.
    expect(() => db.prepare(`UPDATE audit_log SET reason = 'x' WHERE id = 1`).run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/append-only/);
    db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
    db.transaction(() => tamper(db))();
  } finally {
    db.close();
  }
  return dataDir;
}

/** verifyChain over the file, opened read-only, and what the log then holds. */
function inspect(dataDir: string): { chain: ChainState; rows: Row[] } {
  const db = new Database(databaseFile(dataDir), { readonly: true, fileMustExist: true });
  try {
    return { chain: verifyChain(readHandle(db)), rows: db.prepare('SELECT * FROM audit_log ORDER BY id').all() as Row[] };
  } finally {
    db.close();
  }
}

const ids = (): { n: number; mid: number; correction: number; later: number; early: number } => {
  const n = log.length;
  const corrections = log.filter((r) => r.action === 'correct' && r.reason !== null && r.id > n / 3 && r.id < (2 * n) / 3);
  return { n, mid: Math.floor(n / 2), correction: corrections[0]!.id, later: Math.floor((3 * n) / 4), early: Math.floor(n / 4) };
};

beforeAll(async () => {
  const ws = await fixtureWorkstation(200);
  const call = async <T>(name: string, payload: unknown): Promise<T> => {
    const envelope = await ws.dispatch(name, payload);
    if (!envelope.ok) throw new Error(`${name} ${JSON.stringify(payload)}: ${envelope.error.code} ${envelope.error.message}`);
    return envelope.value as T;
  };
  // Review work as an adjuster does it: each claim they hold gets its amount corrected (with a reason),
  // its other fields confirmed and its warnings acknowledged; the first ready one is decided.
  await call('session.switchUser', { userId: 'u-adj' });
  const held = ws.ctx.db.rows<{ id: string }>(`SELECT id FROM claims WHERE assignee_id = 'u-adj' AND status IN ('new', 'in_review') ORDER BY id`);
  expect(held.length).toBeGreaterThan(5);
  let decided = false;
  for (const [i, { id }] of held.entries()) {
    const { fields } = await call<{ fields: Field[] }>('claims.get', { claimId: id });
    for (const f of fields) {
      if (f.key === 'totalFen') await call('fields.update', { fieldId: f.id, value: Number(f.value) + i, reason: `发票金额识别有误，按原件第${i + 1}页更正` });
      else await call('fields.confirm', { fieldId: f.id });
    }
    const context = await call<{ guards: { code: string; warningKey: string | null; documentType: string | null }[] }>('decision.context', { claimId: id });
    for (const g of context.guards) {
      if (g.code === 'WARNING_UNACKNOWLEDGED') await call('warnings.acknowledge', { claimId: id, warningKey: g.warningKey, note: '已与原件核对，金额以发票为准' });
    }
    // The fixture's claims lack a prescription: the first is pended, asking for it.
    const missing = context.guards.filter((g) => g.code === 'DOCUMENT_TYPE_MISSING').map((g) => g.documentType);
    if (!decided && missing.length) {
      await call('decision.submit', { claimId: id, outcome: 'pend', payableFen: 0, reasons: [], note: '请补充处方', requestedDocuments: missing });
      decided = true;
    }
  }
  expect(decided).toBe(true);
  recordedHead = chainHead(ws.ctx.db).hash;
  expect(verifyChain(ws.ctx.db)).toMatchObject({ ok: true, headHash: recordedHead });
  ws.close();
  const pristineDir = path.join(work.dir, 'pristine');
  fs.mkdirSync(pristineDir);
  pristine = databaseFile(pristineDir);
  fs.copyFileSync(databaseFile(ws.dataDir), pristine);
  ws.dispose();
  log = inspect(pristineDir).rows;
}, 60_000);
afterAll(() => work.remove());

describe('the log as written', () => {
  it('is a real chained log: ids 1..n, reasons and JSON values, each row linked to the one before', () => {
    expect(log.length).toBeGreaterThan(100);
    expect(log.map((r) => r.id)).toEqual(log.map((_, i) => i + 1));
    expect([...new Set(log.map((r) => r.action))]).toEqual(expect.arrayContaining(['load', 'correct', 'confirm', 'submit', 'state', 'record']));
    expect(log.filter((r) => r.action === 'correct').every((r) => r.reason?.startsWith('发票金额识别有误') && r.before && r.after)).toBe(true);
    expect(log[0]!.prev_hash).toBe(GENESIS_HASH);
    log.slice(1).forEach((r, i) => expect(r.prev_hash).toBe(log[i]!.hash));
    expect(log.at(-1)!.hash).toBe(recordedHead);
  });

  it('verifies intact; the CLI exits 0 with the count and the head, and leaves the file as it was', async () => {
    const dataDir = path.join(work.dir, 'untouched');
    fs.mkdirSync(dataDir);
    fs.copyFileSync(pristine, databaseFile(dataDir));
    const bytes = fs.readFileSync(databaseFile(dataDir));
    expect(inspect(dataDir).chain).toEqual({ ok: true, length: log.length, headHash: recordedHead, firstBad: null });
    const run = await claimdesk('audit', 'verify', '--data-dir', dataDir);
    expect(run).toEqual({ status: 0, stderr: '', stdout: `audit chain: ${rowsText(log.length)}, intact\nhead: ${recordedHead}\n` });
    expect(fs.readFileSync(databaseFile(dataDir)).equals(bytes)).toBe(true);
  }, 30_000);
});

interface BrokenCase {
  name: string;
  tamper: (db: Database.Database) => void;
  /** The first row that no longer holds. */
  firstBad: () => number;
  problem: RegExp;
}

const EDITED = /^its content does not match its hash: the row was edited$/;
const RELINKED = /^links to [0-9a-f]{12}…, but the row before it \(id (\d+|none)\) hashes to [0-9a-f]{12}…: a row was deleted, inserted or moved here$/;

const BROKEN: BrokenCase[] = [
  {
    name: '(a) a correction\'s reason edited',
    tamper: (db) => { db.prepare('UPDATE audit_log SET reason = ? WHERE id = ?').run('客户要求加急', ids().correction); },
    firstBad: () => ids().correction,
    problem: EDITED,
  },
  {
    name: '(a) a correction\'s after value edited (the amount raised)',
    tamper: (db) => {
      const r = rowAt(db, ids().correction);
      const after = JSON.parse(r.after!) as { key: string; value: number };
      db.prepare('UPDATE audit_log SET after = ? WHERE id = ?').run(JSON.stringify({ ...after, value: after.value * 10 }), r.id);
    },
    firstBad: () => ids().correction,
    problem: EDITED,
  },
  {
    name: '(a) the JSON text re-serialised with the same value (a space added)',
    tamper: (db) => {
      const r = log.find((x) => x.id > ids().mid && x.after?.startsWith('{'))!;
      db.prepare('UPDATE audit_log SET after = ? WHERE id = ?').run(JSON.stringify(JSON.parse(r.after!), null, 1), r.id);
    },
    firstBad: () => log.find((x) => x.id > ids().mid && x.after?.startsWith('{'))!.id,
    problem: EDITED,
  },
  {
    name: '(b) a middle row deleted',
    tamper: (db) => { db.prepare('DELETE FROM audit_log WHERE id = ?').run(ids().mid); },
    firstBad: () => ids().mid + 1,
    problem: RELINKED,
  },
  {
    name: '(b) the first row deleted',
    tamper: (db) => { db.prepare('DELETE FROM audit_log WHERE id = 1').run(); },
    firstBad: () => 2,
    problem: RELINKED,
  },
  {
    name: '(c) a forged row in the gap of a deleted one, linked to the row before and with a valid hash of its own content',
    tamper: (db) => {
      const { mid } = ids();
      const victim = rowAt(db, mid);
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(mid);
      insertRow(db, rehash({ ...victim, action: 'approve', entity: 'decision', reason: '主管同意', prev_hash: rowAt(db, mid - 1).hash }));
    },
    firstBad: () => ids().mid + 1,
    problem: RELINKED,
  },
  {
    name: '(c) a forged row inserted with the rows after it renumbered, linked and validly hashed',
    tamper: (db) => {
      const { mid } = ids();
      // Shift ids >= mid up by one without colliding: through negative ids.
      db.prepare('UPDATE audit_log SET id = -id WHERE id >= ?').run(mid);
      db.prepare('UPDATE audit_log SET id = 1 - id WHERE id < 0').run();
      const before = rowAt(db, mid - 1);
      insertRow(db, rehash({ ...before, id: mid, action: 'exclude', entity: 'expense_line', entity_id: 'E1', reason: '重复报销', prev_hash: before.hash }));
    },
    firstBad: () => ids().mid + 1,
    problem: RELINKED,
  },
  {
    name: '(c) a forged row before the first one (id 0), linked to the genesis and validly hashed',
    tamper: (db) => {
      insertRow(db, rehash({ ...log[0]!, id: 0, user_id: 'u-sup', entity: 'decision', entity_id: 'forged', action: 'approve', prev_hash: GENESIS_HASH }));
    },
    firstBad: () => 1,
    problem: RELINKED,
  },
  {
    name: '(c) a forged row before the first one (id -1) with a made-up hash',
    tamper: (db) => { insertRow(db, { ...log[0]!, id: -1, action: 'approve', prev_hash: GENESIS_HASH, hash: 'f'.repeat(64) }); },
    firstBad: () => -1,
    problem: EDITED,
  },
  {
    name: '(c) an earlier row replayed as it is stored (its own link and hash) into the gap of a deleted one',
    tamper: (db) => {
      const { early, later } = ids();
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(later);
      insertRow(db, { ...rowAt(db, early), id: later });
    },
    firstBad: () => ids().later,
    problem: RELINKED,
  },
  {
    name: '(c) an earlier row replayed into the gap of a deleted one, relinked and re-hashed',
    tamper: (db) => {
      const { early, later } = ids();
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(later);
      insertRow(db, rehash({ ...rowAt(db, early), id: later, prev_hash: rowAt(db, later - 1).hash }));
    },
    firstBad: () => ids().later + 1,
    problem: RELINKED,
  },
  {
    name: '(c) a row moved to the end of the log, relinked to the head and re-hashed',
    tamper: (db) => {
      const { mid, n } = ids();
      const moved = rowAt(db, mid);
      db.prepare('DELETE FROM audit_log WHERE id = ?').run(mid);
      insertRow(db, rehash({ ...moved, id: n + 1, prev_hash: rowAt(db, n).hash }));
    },
    firstBad: () => ids().mid + 1,
    problem: RELINKED,
  },
  {
    name: '(d) the contents of two rows swapped, links and hashes with them',
    tamper: (db) => {
      const { early, later } = ids();
      const [a, b] = [rowAt(db, early), rowAt(db, later)];
      db.prepare('DELETE FROM audit_log WHERE id IN (?, ?)').run(early, later);
      insertRow(db, { ...b, id: early });
      insertRow(db, { ...a, id: later });
    },
    firstBad: () => ids().early,
    problem: RELINKED,
  },
  {
    name: '(d) the contents of two rows swapped, the link and hash columns left in place',
    tamper: (db) => {
      const { early, later } = ids();
      const [a, b] = [rowAt(db, early), rowAt(db, later)];
      const put = db.prepare(`UPDATE audit_log SET at = @at, user_id = @user_id, claim_id = @claim_id, entity = @entity, entity_id = @entity_id,
        action = @action, before = @before, after = @after, reason = @reason WHERE id = @id`);
      put.run({ ...b, id: early });
      put.run({ ...a, id: later });
    },
    firstBad: () => ids().early,
    problem: EDITED,
  },
  {
    name: '(d) two adjacent rows swapped and both relinked and re-hashed',
    tamper: (db) => {
      const { mid } = ids();
      const [a, b] = [rowAt(db, mid), rowAt(db, mid + 1)];
      const first = rehash({ ...b, id: mid, prev_hash: rowAt(db, mid - 1).hash });
      const second = rehash({ ...a, id: mid + 1, prev_hash: first.hash });
      db.prepare('DELETE FROM audit_log WHERE id IN (?, ?)').run(mid, mid + 1);
      insertRow(db, first);
      insertRow(db, second);
    },
    firstBad: () => ids().mid + 2,
    problem: RELINKED,
  },
  {
    name: '(e) an edited row re-hashed: its own hash fits, the next row\'s link does not',
    tamper: (db) => {
      const r = rowAt(db, ids().correction);
      const forged = rehash({ ...r, reason: '客户要求加急' });
      db.prepare('UPDATE audit_log SET reason = ?, hash = ? WHERE id = ?').run(forged.reason, forged.hash, r.id);
    },
    firstBad: () => ids().correction + 1,
    problem: RELINKED,
  },
];

describe('tampering the chain catches', () => {
  it.each(BROKEN)('$name', async ({ name, tamper, firstBad, problem }) => {
    const dataDir = tampered(name.replace(/[^a-z0-9]+/gi, '-'), tamper);
    const { chain, rows } = inspect(dataDir);
    const bad = firstBad();
    expect(chain.ok).toBe(false);
    expect(chain.firstBad?.id).toBe(bad);
    expect(chain.firstBad?.problem).toMatch(problem);
    // What was verified: every row before the bad one, and the last of them is the head so far.
    const before = rows.filter((r) => r.id < bad);
    expect(chain.length).toBe(before.length);
    expect(chain.headHash).toBe(before.at(-1)?.hash ?? GENESIS_HASH);

    const run = await claimdesk('audit', 'verify', '--data-dir', dataDir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(`audit chain broken at row ${bad}: ${chain.firstBad!.problem}\nintact before it: ${rowsText(before.length)}, head ${chain.headHash}\n`);
  }, 30_000);
});

describe('a forgery that leaves a valid chain is caught only against the recorded head', () => {
  const VALID: { name: string; tamper: (db: Database.Database) => void; length: () => number }[] = [
    {
      name: '(f) a row edited and the whole tail after it rewritten consistently',
      tamper: (db) => {
        const { correction } = ids();
        db.prepare('UPDATE audit_log SET reason = ? WHERE id = ?').run('客户要求加急', correction);
        relinkFrom(db, correction);
      },
      length: () => log.length,
    },
    {
      name: '(g) the last rows cut off',
      tamper: (db) => { db.prepare('DELETE FROM audit_log WHERE id > ?').run(log.length - 7); },
      length: () => log.length - 7,
    },
  ];

  it.each(VALID)('$name', async ({ name, tamper, length }) => {
    const dataDir = tampered(name.replace(/[^a-z0-9]+/gi, '-'), tamper);
    const { chain, rows } = inspect(dataDir);
    expect(chain).toMatchObject({ ok: true, firstBad: null, length: length() });
    // The chain holds, but the head recorded before (on a decision notice) is no longer in the log.
    expect(chain.headHash).not.toBe(recordedHead);
    expect(rows.some((r) => r.hash === recordedHead)).toBe(false);

    const run = await claimdesk('audit', 'verify', '--data-dir', dataDir);
    expect(run).toEqual({ status: 0, stderr: '', stdout: `audit chain: ${rowsText(length())}, intact\nhead: ${chain.headHash}\n` });
  }, 30_000);
});
