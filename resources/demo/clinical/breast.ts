import type { Random } from '../random';
import { capecitabineMg } from './body';
import type { PathologyFindings, PlannedDiagnosis, Scenario, ScenarioContext } from './plan';
import { infusionPlan, oralPlan, type PlanBase } from './plans';

// Advanced breast cancer: anti-HER2 therapy by line (trastuzumab + pertuzumab, T-DXd, pyrotinib),
// T-DXd for HER2-low disease, and (off-indication) pembrolizumab for triple-negative disease.

const SIDES = [['左乳', 'C50.900x001'], ['右乳', 'C50.900x002'], ['左乳外上象限', 'C50.400x001'], ['右乳外上象限', 'C50.400x002']] as const;

function diagnosis(rng: Random): PlannedDiagnosis {
  const [siteZh, icd10] = rng.pick(SIDES);
  const [stage, tnm] = rng.pick([['IV', 'cT2N1M1'], ['IV', 'cT3N2M1'], ['IV', 'rTxN1M1']] as const);
  return {
    icd10, siteZh, nameZh: `${siteZh}浸润性导管癌`, histology: 'invasive_ductal',
    histologyZh: rng.pick(['浸润性导管癌', '浸润性癌（非特殊类型）']), setting: 'advanced', stage, tnm,
  };
}

type Her2 = Pick<PathologyFindings, 'her2Ihc' | 'her2Ish'>;
const her2Positive = (rng: Random): Her2 => (rng.chance(0.7) ? { her2Ihc: 'IHC3+' } : { her2Ihc: 'IHC2+', her2Ish: 'positive' });
const her2Low = (rng: Random): Her2 => (rng.chance(0.6) ? { her2Ihc: 'IHC1+' } : { her2Ihc: 'IHC2+', her2Ish: 'negative' });

function base(ctx: ScenarioContext, scenario: string, her2: Her2, ihc: string, extra: Partial<PathologyFindings> = {}): PlanBase {
  const dx = diagnosis(ctx.rng);
  return {
    cancerType: 'BREAST', scenario, diagnosis: dx,
    specimenZh: ctx.rng.pick([`${dx.siteZh}肿物穿刺组织`, '肝转移灶穿刺组织', `${dx.siteZh}改良根治术标本`]),
    pathology: { ihc, ...her2, ...extra }, genetic: null,
  };
}

const HR_POSITIVE = 'ER(约80%，强+)，PR(约20%，中+)，Ki-67(约30%+)，AR(+)';
const HR_NEGATIVE = 'ER(-)，PR(-)，Ki-67(约40%+)，CK5/6(-)';
const TRIPLE_NEGATIVE = 'ER(-)，PR(-)，Ki-67(约70%+)，CK5/6(+)，EGFR(+)';
const PRIOR_HP = { drugs: ['trastuzumab', 'pertuzumab', 'docetaxel'] };

export const BREAST_SCENARIOS: readonly Scenario[] = [
  {
    id: 'breast-her2-1l-hp', weight: 12, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'breast-her2-1l-hp', her2Positive(ctx.rng), ctx.rng.pick([HR_POSITIVE, HR_NEGATIVE])), [
      ['trastuzumab', 6, 'mg/kg', 'q3w', 8], ['pertuzumab', 420, 'mg', 'q3w', 840], ['docetaxel', 75, 'mg/m2', 'q3w'],
    ]),
  },
  {
    id: 'breast-her2-maintenance', weight: 3, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'breast-her2-maintenance', her2Positive(ctx.rng), HR_NEGATIVE), [
      ['trastuzumab', 6, 'mg/kg', 'q3w', 8], ['pertuzumab', 420, 'mg', 'q3w', 840],
    ], { cycle: ctx.rng.int(7, 16), stayDays: 1 }),
  },
  {
    id: 'breast-her2-tdxd-2l', weight: 6, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'breast-her2-tdxd-2l', her2Positive(ctx.rng), HR_NEGATIVE),
      [['trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w']], { prior: [PRIOR_HP] }),
  },
  {
    id: 'breast-her2-pyrotinib-2l', weight: 5, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => oralPlan(ctx, base(ctx, 'breast-her2-pyrotinib-2l', her2Positive(ctx.rng), HR_POSITIVE), [
      { drug: 'pyrotinib', mg: 400, frequency: 'qd' }, { drug: 'capecitabine', mg: capecitabineMg(ctx.patient), frequency: 'bid' },
    ], [ctx.rng.chance(0.5) ? PRIOR_HP : { drugs: ['trastuzumab', 'docetaxel'] }]),
  },
  {
    id: 'breast-her2low-tdxd', weight: 4, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'breast-her2low-tdxd', her2Low(ctx.rng), HR_POSITIVE),
      [['trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w']], { prior: [{ drugs: ['paclitaxel'] }, { drugs: ['capecitabine'] }].slice(0, ctx.rng.int(1, 2)) }),
  },
  {
    id: 'breast-tnbc-pembrolizumab', weight: 2, offIndication: true, supports: ['off_indication'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'breast-tnbc-pembrolizumab', { her2Ihc: 'IHC0' }, TRIPLE_NEGATIVE,
      { pdl1Cps: ctx.rng.int(10, 40), pdl1Clone: '22C3' }), [['pembrolizumab', 200, 'mg', 'q3w'], ['nab-paclitaxel', 260, 'mg/m2', 'q3w']]),
  },
];
