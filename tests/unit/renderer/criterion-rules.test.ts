import { describe, expect, it } from 'vitest';
import { clinicalCaseSchema } from '../../../shared/domain/case';
import { checkPathway } from '../../../shared/pathway/evaluate';
import { loadEdition } from '../../../src-main/editions/load-edition';
import { criterionRules } from '../../../src-renderer/workspace/pathway/criterion-rules';

const edition = loadEdition('CDP-2025.1');

const breastCase = (priorLines: unknown[]) => clinicalCaseSchema.parse({
  caseId: 'T-1',
  patient: { weightKg: 60 },
  diagnosis: { icd10: 'C50.9', setting: 'advanced', stage: 'IV', advancedSince: '2025-01-01' },
  biomarkers: [{ marker: 'HER2', result: 'IHC3+' }],
  priorLines,
  priorAdjuvant: [{ drugs: ['trastuzumab'], endDate: '2024-06-01', outcome: 'completed' }],
  treatments: [{ id: 't1', drug: '德曲妥珠单抗', dose: { value: 5.4, unit: 'mg/kg' }, frequency: 'q3w', cycle: 2 }],
});

function rulesOf(priorLines: unknown[]) {
  const candidate = checkPathway(breastCase(priorLines), edition).lines[0]!.candidates.find((c) => c.recommendationId === 'BC-HER2-2L-TDXD')!;
  return { explained: candidate.criteria, rules: criterionRules(edition, 'BC-HER2-2L-TDXD', candidate.criteria) };
}

describe('pairing explained criteria with the edition rules', () => {
  it('pairs every criterion at line 1, skipping the one limited to later lines', () => {
    const { explained, rules } = rulesOf([]);
    expect(explained.map((c) => c.kind)).toEqual(['diagnosis', 'adjuvantEndedWithin', 'her2', 'dose']);
    expect(rules.map((r) => (r?.kind === 'criterion' ? r.criterion.kind : r?.kind))).toEqual(['diagnosis', 'adjuvantEndedWithin', 'her2', 'dose']);
  });

  it('pairs the prior-therapy criterion at line 2 and leaves out the line-1 rule', () => {
    const { rules } = rulesOf([{ drugs: ['trastuzumab'] }]);
    expect(rules.map((r) => (r?.kind === 'criterion' ? r.criterion.kind : r?.kind))).toEqual(['diagnosis', 'priorTherapy', 'her2', 'dose']);
  });

  it('pairs companions and the dose of a combination rule', () => {
    const c = clinicalCaseSchema.parse({
      caseId: 'T-2', diagnosis: { icd10: 'C34.1', histology: 'adenocarcinoma', setting: 'advanced' },
      biomarkers: [{ marker: 'EGFR', result: 'negative' }, { marker: 'ALK', result: 'negative' }, { marker: 'ROS1', result: 'negative' }],
      treatments: [{ id: 't1', drug: 'pembrolizumab', dose: { value: 200, unit: 'mg' }, frequency: 'q3w' }, { id: 't2', drug: 'pemetrexed' }],
    });
    const candidate = checkPathway(c, edition).lines[0]!.candidates.find((x) => x.recommendationId === 'NSCLC-NSQ-PEM-CHEMO')!;
    const rules = criterionRules(edition, 'NSCLC-NSQ-PEM-CHEMO', candidate.criteria);
    expect(rules.at(-2)).toMatchObject({ kind: 'companions', companions: { allOf: ['pemetrexed'] } });
    expect(rules.at(-1)).toMatchObject({ kind: 'dose', dose: { value: 200, frequency: 'q3w' } });
    expect(rules.every((r) => r !== null)).toBe(true);
  });

  it('gives null for a recommendation the edition does not have, or a criterion it cannot place', () => {
    const { explained } = rulesOf([]);
    expect(criterionRules(edition, 'NO-SUCH-ID', explained)).toEqual([null, null, null, null]);
    const odd = [{ ...explained[0]!, criterion: 'something else' }, explained[1]!];
    expect(criterionRules(edition, 'BC-HER2-2L-TDXD', odd).map((r) => r?.kind ?? null)).toEqual([null, 'criterion']);
  });
});
