import type { Random } from '../random';
import type { PlannedDiagnosis, Scenario, ScenarioContext } from './plan';
import { infusionPlan, oralPlan, type PlanBase } from './plans';

// Advanced hepatocellular carcinoma, Child-Pugh A: atezolizumab or sintilimab with bevacizumab, and the
// oral multikinase inhibitors; (off-indication) nivolumab, which this edition governs for gastric only.

function diagnosis(rng: Random): PlannedDiagnosis {
  const [stage, tnm] = rng.pick([['IIIB', 'cT4N0M0'], ['IVA', 'cT3N1M0'], ['IVB', 'cT3N0M1']] as const);
  const score = rng.int(5, 6);
  return {
    icd10: 'C22.000', siteZh: rng.pick(['肝右叶', '肝左叶', '肝']), nameZh: '原发性肝细胞癌', histology: 'hepatocellular',
    histologyZh: rng.pick(['肝细胞癌（中分化）', '肝细胞癌（低分化）']), setting: 'advanced', stage, tnm, childPugh: 'A', childPughScore: score,
  };
}

function base(ctx: ScenarioContext, scenario: string): PlanBase {
  // A third of HCC is diagnosed clinically (imaging and AFP) without a biopsy.
  const biopsied = ctx.rng.chance(0.7);
  return {
    cancerType: 'HCC', scenario, diagnosis: diagnosis(ctx.rng), specimenZh: '肝穿刺组织',
    pathology: biopsied ? { ihc: 'Hep-Par1(+)，GPC-3(+)，Arginase-1(+)，CK19(-)，Ki-67(约20%+)' } : null, genetic: null,
  };
}

export const HCC_SCENARIOS: readonly Scenario[] = [
  {
    id: 'hcc-atezolizumab-bevacizumab', weight: 8, supports: [],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'hcc-atezolizumab-bevacizumab'), [['atezolizumab', 1200, 'mg', 'q3w'], ['bevacizumab', 15, 'mg/kg', 'q3w']]),
  },
  {
    id: 'hcc-sintilimab-bevacizumab', weight: 4, supports: [],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'hcc-sintilimab-bevacizumab'), [['sintilimab', 200, 'mg', 'q3w'], ['bevacizumab', 15, 'mg/kg', 'q3w']]),
  },
  {
    id: 'hcc-lenvatinib', weight: 6, supports: ['dose_above_label'],
    build: (ctx) => oralPlan(ctx, base(ctx, 'hcc-lenvatinib'), [{ drug: 'lenvatinib', mg: ctx.patient.weightKg < 60 ? 8 : 12, frequency: 'qd' }]),
  },
  {
    id: 'hcc-sorafenib', weight: 2, supports: ['dose_above_label'],
    build: (ctx) => oralPlan(ctx, base(ctx, 'hcc-sorafenib'), [{ drug: 'sorafenib', mg: 400, frequency: 'bid' }]),
  },
  {
    id: 'hcc-donafenib', weight: 3, supports: [],
    build: (ctx) => oralPlan(ctx, base(ctx, 'hcc-donafenib'), [{ drug: 'donafenib', mg: 200, frequency: 'bid' }]),
  },
  {
    id: 'hcc-nivolumab', weight: 2, offIndication: true, supports: ['off_indication'],
    build: (ctx) => infusionPlan(ctx, base(ctx, 'hcc-nivolumab'), [['nivolumab', 240, 'mg', 'q2w']],
      { intervalDays: 14, prior: [{ drugs: [ctx.rng.pick(['lenvatinib', 'sorafenib'])] }] }),
  },
];
