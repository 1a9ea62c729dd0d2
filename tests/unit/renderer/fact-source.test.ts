import { describe, expect, it } from 'vitest';
import { findFactSource } from '../../../src-renderer/workspace/pathway/fact-source';

const src = (fieldId: string) => ({ fieldId, documentId: 'd1', key: 'k' });
const sources = {
  'biomarkers[0].result': src('egfr'),
  'biomarkers[2].tps': src('tps'),
  'biomarkers[2].cps': src('cps'),
  'treatments[1]': src('rx'),
  'diagnosis.histology': src('histology'),
};

describe('fact sources', () => {
  it('links a fact read from a field', () => {
    expect(findFactSource(sources, 'biomarkers[0].result')?.fieldId).toBe('egfr');
    expect(findFactSource(sources, 'diagnosis.histology')?.fieldId).toBe('histology');
  });

  it('links a part of an entry recorded whole to that entry', () => {
    expect(findFactSource(sources, 'treatments[1].dose')?.fieldId).toBe('rx');
  });

  it('links a whole entry to the first of its parts read from a field', () => {
    expect(findFactSource(sources, 'biomarkers[2]')?.fieldId).toBe('cps');
  });

  it('does not link facts of other entries or facts no field stated', () => {
    expect(findFactSource(sources, 'biomarkers[1].result')).toBeNull();
    expect(findFactSource(sources, 'biomarkers[20].result')).toBeNull();
    expect(findFactSource(sources, 'diagnosis.setting')).toBeNull();
    expect(findFactSource(sources, 'treatments[10].dose')).toBeNull();
    expect(findFactSource({}, 'patient.weightKg')).toBeNull();
  });
});
