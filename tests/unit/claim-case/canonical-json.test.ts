import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/claim-case/canonical-json';

// Canonical JSON (docs/workflow.md, "Canonical JSON"): what inputsHash and the audit chain hash. The
// same value in any key order gives the same text, the text reads back as the value, and a different
// value gives a different text.

/** JSON values as the cases hold them (-0 has no JSON text of its own: it is written 0). */
const jsonValue = fc.jsonValue({ maxDepth: 4 }).map(function noNegativeZero(v: unknown): unknown {
  if (Object.is(v, -0)) return 0;
  if (Array.isArray(v)) return v.map(noNegativeZero);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, noNegativeZero(x)]));
  return v;
});

/** The same value with the members of every object in another order (rotated by `by`, then reversed or not). */
function reorder(v: unknown, by: number, reverse: boolean): unknown {
  if (Array.isArray(v)) return v.map((x) => reorder(x, by, reverse));
  if (!v || typeof v !== 'object') return v;
  const entries = Object.entries(v);
  const k = entries.length ? by % entries.length : 0;
  const rotated = [...entries.slice(k), ...entries.slice(0, k)];
  return Object.fromEntries((reverse ? rotated.reverse() : rotated).map(([key, x]) => [key, reorder(x, by + 1, !reverse)]));
}

describe('canonicalJson', () => {
  it('is the same text whatever the order of the members', () => {
    fc.assert(fc.property(jsonValue, fc.nat(), fc.boolean(), (v, by, reverse) => {
      expect(canonicalJson(reorder(v, by, reverse))).toBe(canonicalJson(v));
    }));
  });

  it('reads back through JSON.parse as a deep-equal value', () => {
    fc.assert(fc.property(jsonValue, (v) => {
      expect(JSON.parse(canonicalJson(v))).toEqual(v);
    }));
  });

  it('differs when a value differs, at the top or deep inside', () => {
    const member = fc.tuple(fc.dictionary(fc.string(), jsonValue, { minKeys: 1 }), fc.nat(), jsonValue)
      .filter(([o, i, x]) => canonicalJson(Object.values(o)[i % Object.keys(o).length]) !== canonicalJson(x));
    fc.assert(fc.property(member, fc.string(), ([o, i, x], outer) => {
      const key = Object.keys(o)[i % Object.keys(o).length]!;
      const changed = Object.fromEntries(Object.entries(o).map(([k, v]) => [k, k === key ? x : v]));
      expect(canonicalJson(changed)).not.toBe(canonicalJson(o));
      expect(canonicalJson({ [outer]: [changed] })).not.toBe(canonicalJson({ [outer]: [o] }));
    }));
  });

  it('sorts keys in UTF-16 code units at every level, leaves out undefined members, and writes no whitespace', () => {
    expect(canonicalJson({ b: [{ z: 1, a: null }, 'x y'], 10: true, 9: false, a: undefined, A: 1.5, '': 'e' }))
      .toBe('{"":"e","10":true,"9":false,"A":1.5,"b":[{"a":null,"z":1},"x y"]}');
    // U+E000 sorts after the surrogate pair of U+1F600 in UTF-16 code units (it would sort before it by code point).
    expect(canonicalJson({ '\uE000': 1, '\u{1F600}': 2 })).toBe('{"\u{1F600}":2,"\uE000":1}');
    // Capitals before lower case, as code units order them (a locale's collation would interleave them).
    expect(canonicalJson({ a: 1, B: 2, _: 3, Z: 4 })).toBe('{"B":2,"Z":4,"_":3,"a":1}');
    expect(canonicalJson([1e21, 0.1, -5, 'a"b\n', null])).toBe('[1e+21,0.1,-5,"a\\"b\\n",null]');
  });

  it('hashes the audit log test vector of docs/audit-log.md', () => {
    const row = [1, '2025-12-01T01:00:00.000Z', 'u-adj-1', 'C-2025-0001', 'field', 'F-1', 'correct', '{"value":100}', '{"value":120}', '金额识别错误',
      '0000000000000000000000000000000000000000000000000000000000000000'];
    expect(createHash('sha256').update(canonicalJson(row), 'utf8').digest('hex')).toBe('d18941a18e6420b51ec141de30420bac3f09bc23848e5212232f6bcc312c8c78');
  });
});
