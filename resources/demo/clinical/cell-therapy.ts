import { addDays } from '../calendar';
import type { DrugName } from '../drugs';
import type { Random } from '../random';
import type { ClinicalPlan, PlannedDiagnosis, Scenario, ScenarioContext } from './plan';
import { infusionPlan, type PlanBase, type PriorSpec } from './plans';

// CAR-T admissions for relapsed/refractory large B-cell lymphoma and multiple myeloma: lymphodepletion
// with fludarabine and cyclophosphamide over three days, the cell infusion, then two to three weeks of
// monitoring. These long stays give the multi-page expense lists.

const R_CHOP = ['rituximab', 'cyclophosphamide', 'doxorubicin', 'vincristine', 'prednisone'];
const SALVAGE = [['rituximab', 'gemcitabine', 'oxaliplatin'], ['rituximab', 'ifosfamide', 'carboplatin', 'etoposide'], ['polatuzumab vedotin', 'rituximab', 'bendamustine']];

function lbclDiagnosis(rng: Random): PlannedDiagnosis {
  return {
    icd10: 'C83.300', siteZh: rng.pick(['颈部淋巴结', '纵隔', '腹腔淋巴结']), nameZh: '弥漫大B细胞淋巴瘤（复发/难治）', histology: 'dlbcl',
    histologyZh: rng.pick(['弥漫大B细胞淋巴瘤（非生发中心B细胞来源）', '弥漫大B细胞淋巴瘤（生发中心B细胞来源）']),
    setting: 'advanced', stage: rng.pick(['III', 'IV']),
  };
}

function mmDiagnosis(rng: Random): PlannedDiagnosis {
  return {
    icd10: 'C90.000', siteZh: '骨髓', nameZh: `多发性骨髓瘤（复发/难治，${rng.pick(['IgG-κ型', 'IgG-λ型', 'IgA-κ型', '轻链λ型'])}）`,
    histology: 'plasma_cell_myeloma', histologyZh: '浆细胞骨髓瘤', setting: 'advanced', stage: rng.pick(['R-ISS II', 'R-ISS III']),
  };
}

function carTPlan(ctx: ScenarioContext, base: PlanBase, product: DrugName, flu: number, cy: number, prior: readonly PriorSpec[]): ClinicalPlan {
  const plan = infusionPlan(ctx, base, [[product, 1, 'infusion', 'once'], ['fludarabine', flu, 'mg/m2', 'qd'], ['cyclophosphamide', cy, 'mg/m2', 'qd']],
    { cycle: 1, stayDays: ctx.rng.int(15, 21), treatmentDay: 5, prior });
  // Lymphodepletion runs on days -5 to -3 before the infusion.
  const lymphodepletion = addDays(plan.treatmentDate, -4);
  return { ...plan, treatments: plan.treatments.map((t, i) => (i === 0 ? t : { ...t, startDate: lymphodepletion })) };
}

function lbclBase(ctx: ScenarioContext, scenario: string): PlanBase {
  return {
    cancerType: 'LBCL', scenario, diagnosis: lbclDiagnosis(ctx.rng),
    specimenZh: ctx.rng.pick(['左颈部淋巴结切除标本', '腹腔肿物穿刺组织', '右腹股沟淋巴结切除标本']),
    pathology: { ihc: 'CD20(+)，CD79a(+)，PAX5(+)，CD10(-)，BCL-6(+)，MUM-1(+)，BCL-2(约80%+)，c-MYC(约30%+)，Ki-67(约80%+)' },
    genetic: null,
  };
}

export const CELL_THERAPY_SCENARIOS: Record<'LBCL' | 'MM', readonly Scenario[]> = {
  LBCL: [
    {
      id: 'lbcl-axicel-3l', weight: 5, supports: [],
      build: (ctx) => carTPlan(ctx, lbclBase(ctx, 'lbcl-axicel-3l'), 'axicabtagene ciloleucel', 30, 500,
        [{ drugs: R_CHOP, days: ctx.rng.int(120, 300) }, { drugs: ctx.rng.pick(SALVAGE), days: ctx.rng.int(60, 150) }]),
    },
    {
      id: 'lbcl-axicel-2l', weight: 2, supports: [],
      // Primary refractory or relapsed within a year of starting R-CHOP: the second-line indication.
      build: (ctx) => carTPlan(ctx, lbclBase(ctx, 'lbcl-axicel-2l'), 'axicabtagene ciloleucel', 30, 500, [{ drugs: R_CHOP, days: ctx.rng.int(110, 300) }]),
    },
    {
      id: 'lbcl-relmacel-3l', weight: 4, supports: [],
      build: (ctx) => carTPlan(ctx, lbclBase(ctx, 'lbcl-relmacel-3l'), 'relmacabtagene autoleucel', 30, 500,
        [{ drugs: R_CHOP, days: ctx.rng.int(120, 360) }, { drugs: ctx.rng.pick(SALVAGE), days: ctx.rng.int(60, 180) }]),
    },
  ],
  MM: [
    {
      id: 'mm-equecel', weight: 6, supports: [],
      build: (ctx) => {
        const { rng } = ctx;
        const prior: PriorSpec[] = [
          { drugs: ['bortezomib', 'lenalidomide', 'dexamethasone'], days: rng.int(300, 700) },
          { drugs: ['daratumumab', 'pomalidomide', 'dexamethasone'], days: rng.int(180, 400) },
          { drugs: ['carfilzomib', 'cyclophosphamide', 'dexamethasone'], days: rng.int(120, 300) },
          { drugs: ['selinexor', 'dexamethasone'], days: rng.int(60, 150) },
        ].slice(0, rng.int(3, 4));
        const base: PlanBase = {
          cancerType: 'MM', scenario: 'mm-equecel', diagnosis: mmDiagnosis(rng), specimenZh: '骨髓活检组织（髂后上棘）',
          pathology: { ihc: 'CD38(+)，CD138(+)，CD56(+)，Kappa(+)，Lambda(-)，CD19(-)，Ki-67(约20%+)' }, genetic: null,
        };
        return carTPlan(ctx, base, 'equecabtagene autoleucel', 25, 300, prior);
      },
    },
  ],
};
