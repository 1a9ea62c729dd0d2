import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson, encodeJson } from '../../../shared/contract/codec';

describe('JSON codec of the browser host', () => {
  it('round-trips bytes of any length inside any JSON value', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), fc.json(), (bytes, other) => {
      const value = { bytes, other: JSON.parse(other) as unknown, nested: [{ b: bytes }] };
      expect(decodeJson(encodeJson(value))).toEqual(value);
    }), { numRuns: 50 });
  });

  it('leaves ordinary objects that merely look alike untouched', () => {
    expect(decodeJson(encodeJson({ $bytes: 'AA==', other: 1 }))).toEqual({ $bytes: 'AA==', other: 1 });
  });
});
