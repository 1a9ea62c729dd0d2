import { addDays } from '../calendar';
import type { Random } from '../random';
import { NEGATIVE_PANEL } from './panels';
import type { GeneticFindings, PathologyFindings, PlannedDiagnosis, Scenario, ScenarioContext } from './plan';
import { infusionPlan, oralPlan, type OralDrug, type PlanBase } from './plans';
import type { RegimenItem } from './timeline';

// Non-small-cell lung cancer: EGFR, ALK and ROS1 targeted therapy, PD-L1-high monotherapy and
// chemo-immunotherapy, and (as off-indication claims) anti-HER2 drugs given for an ERBB2 mutation.

const SITES = [
  ['右肺上叶', 'C34.100x001'], ['左肺上叶', 'C34.100x002'], ['右肺中叶', 'C34.200x001'],
  ['右肺下叶', 'C34.300x001'], ['左肺下叶', 'C34.300x002'],
] as const;
const ADVANCED_STAGES: readonly (readonly [string, string])[] = [['IVA', 'cT2aN2M1a'], ['IVA', 'cT3N2M1b'], ['IVB', 'cT2bN3M1c'], ['IVB', 'cT4N2M1c'], ['IIIC', 'cT4N3M0']] as const;
const EARLY_STAGES: readonly (readonly [string, string])[] = [['IB', 'pT2aN0M0'], ['IIA', 'pT2bN0M0'], ['IIB', 'pT1cN1M0'], ['IIIA', 'pT2aN2M0']] as const;

type Histology = 'adenocarcinoma' | 'squamous';

function diagnosis(rng: Random, histology: Histology, setting: 'advanced' | 'early'): PlannedDiagnosis {
  const [siteZh, icd10] = rng.pick(SITES);
  const [stage, tnm] = rng.pick(setting === 'advanced' ? ADVANCED_STAGES : EARLY_STAGES);
  const adeno = histology === 'adenocarcinoma';
  return {
    icd10, siteZh, nameZh: `${siteZh}${adeno ? '腺癌' : '鳞癌'}`, histology,
    histologyZh: adeno ? rng.pick(['浸润性腺癌', '腺癌', '浸润性腺癌（腺泡为主型）']) : rng.pick(['鳞状细胞癌', '角化型鳞状细胞癌']),
    setting, stage, tnm,
  };
}

function pathology(histology: Histology, tps: number | undefined): PathologyFindings {
  return {
    ihc: histology === 'adenocarcinoma'
      ? 'TTF-1(+)，NapsinA(+)，CK7(+)，P40(-)，Ki-67(约30%+)'
      : 'P40(+)，CK5/6(+)，P63(+)，TTF-1(-)，NapsinA(-)，Ki-67(约60%+)',
    ...(tps !== undefined ? { pdl1Tps: tps, pdl1Clone: '22C3' as const } : {}),
  };
}

/** A driver-negative panel; a third of them carry a KRAS mutation, as in Chinese cohorts. */
function driverNegativePanel(rng: Random): GeneticFindings {
  return rng.chance(0.3) ? { ...NEGATIVE_PANEL, ras: 'mutant', rasVariant: rng.pick(['KRAS G12C', 'KRAS G12D', 'KRAS G12V']) } : NEGATIVE_PANEL;
}

const sensitising = (rng: Random) => rng.pick(['exon19del', 'L858R'] as const);

function base(ctx: ScenarioContext, scenario: string, dx: PlannedDiagnosis, path: PathologyFindings, genetic: GeneticFindings | null): PlanBase {
  const specimen = dx.setting === 'early' ? `${dx.siteZh}切除标本` : ctx.rng.pick([`${dx.siteZh}穿刺组织`, '支气管镜活检组织', '右锁骨上淋巴结穿刺组织']);
  return { cancerType: 'NSCLC', scenario, diagnosis: dx, specimenZh: specimen, pathology: path, genetic };
}

const carboplatinMg = (rng: Random) => rng.pick([400, 450, 500, 550]);

export const NSCLC_SCENARIOS: readonly Scenario[] = [
  {
    id: 'nsclc-egfr-1l', weight: 30, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const drug = rng.weighted<OralDrug>([
        [{ drug: 'osimertinib', mg: 80, frequency: 'qd' }, 8], [{ drug: 'aumolertinib', mg: 110, frequency: 'qd' }, 4],
        [{ drug: 'furmonertinib', mg: 80, frequency: 'qd' }, 4], [{ drug: 'gefitinib', mg: 250, frequency: 'qd' }, 3],
        [{ drug: 'icotinib', mg: 125, frequency: 'tid' }, 3], [{ drug: 'afatinib', mg: 40, frequency: 'qd' }, 1],
        [{ drug: 'erlotinib', mg: 150, frequency: 'qd' }, 1],
      ]);
      const dx = diagnosis(rng, 'adenocarcinoma', 'advanced');
      const path = pathology('adenocarcinoma', rng.chance(0.5) ? rng.int(0, 40) : undefined);
      return oralPlan(ctx, base(ctx, 'nsclc-egfr-1l', dx, path, { ...NEGATIVE_PANEL, egfr: [sensitising(rng)] }), [drug]);
    },
  },
  {
    id: 'nsclc-egfr-t790m', weight: 8, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const prior = rng.pick(['gefitinib', 'icotinib', 'erlotinib', 'afatinib'] as const);
      const dx = diagnosis(rng, 'adenocarcinoma', 'advanced');
      return oralPlan(ctx, base(ctx, 'nsclc-egfr-t790m', dx, pathology('adenocarcinoma', undefined), { ...NEGATIVE_PANEL, egfr: [sensitising(rng), 'T790M'] }),
        [{ drug: 'osimertinib', mg: 80, frequency: 'qd' }], [{ drugs: [prior], days: rng.int(300, 720) }]);
    },
  },
  {
    id: 'nsclc-egfr-adjuvant', weight: 6, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const dx = diagnosis(rng, 'adenocarcinoma', 'early');
      const plan = oralPlan(ctx, base(ctx, 'nsclc-egfr-adjuvant', dx, pathology('adenocarcinoma', undefined), { ...NEGATIVE_PANEL, egfr: [sensitising(rng)] }),
        [{ drug: 'osimertinib', mg: 80, frequency: 'qd' }]);
      // Resected disease: reports date from the lobectomy; stage II and above had adjuvant chemotherapy first.
      const surgery = addDays(plan.treatments[0]!.startDate, -rng.int(100, 140));
      const chemo = dx.stage === 'IB' ? []
        : [{ drugs: ['pemetrexed', 'cisplatin'], startDate: addDays(surgery, 30), endDate: addDays(surgery, 93), outcome: 'completed' as const }];
      return { ...plan, pathologyDate: addDays(surgery, 6), geneticDate: addDays(surgery, 15), priorAdjuvant: chemo };
    },
  },
  {
    id: 'nsclc-alk-1l', weight: 10, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const drug = rng.weighted<OralDrug>([
        [{ drug: 'alectinib', mg: 600, frequency: 'bid' }, 5], [{ drug: 'ensartinib', mg: 225, frequency: 'qd' }, 3],
        [{ drug: 'lorlatinib', mg: 100, frequency: 'qd' }, 2], [{ drug: 'crizotinib', mg: 250, frequency: 'bid' }, 2],
      ]);
      const gene: GeneticFindings = { ...NEGATIVE_PANEL, alk: 'positive', extra: { gene: 'ALK', text: 'EML4-ALK融合（E13:A20）' } };
      return oralPlan(ctx, base(ctx, 'nsclc-alk-1l', diagnosis(rng, 'adenocarcinoma', 'advanced'), pathology('adenocarcinoma', rng.int(0, 30)), gene), [drug]);
    },
  },
  {
    id: 'nsclc-alk-2l', weight: 3, supports: ['missing_biomarker_report'],
    build: (ctx) => {
      const { rng } = ctx;
      const gene: GeneticFindings = { ...NEGATIVE_PANEL, alk: 'positive' };
      return oralPlan(ctx, base(ctx, 'nsclc-alk-2l', diagnosis(rng, 'adenocarcinoma', 'advanced'), pathology('adenocarcinoma', undefined), gene),
        [{ drug: 'lorlatinib', mg: 100, frequency: 'qd' }], [{ drugs: [rng.pick(['alectinib', 'ensartinib'])], days: rng.int(400, 900) }]);
    },
  },
  {
    id: 'nsclc-ros1', weight: 3, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const drug = rng.pick<OralDrug>([{ drug: 'crizotinib', mg: 250, frequency: 'bid' }, { drug: 'entrectinib', mg: 600, frequency: 'qd' }]);
      const gene: GeneticFindings = { ...NEGATIVE_PANEL, ros1: 'positive', extra: { gene: 'ROS1', text: 'CD74-ROS1融合' } };
      return oralPlan(ctx, base(ctx, 'nsclc-ros1', diagnosis(rng, 'adenocarcinoma', 'advanced'), pathology('adenocarcinoma', rng.int(1, 40)), gene), [drug]);
    },
  },
  {
    id: 'nsclc-pdl1-mono', weight: 8, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const drug = rng.weighted([['pembrolizumab', 3], ['atezolizumab', 1]] as const);
      const histology: Histology = rng.chance(0.7) ? 'adenocarcinoma' : 'squamous';
      // Driver testing is not needed for squamous disease; most squamous patients have no gene report.
      const gene = histology === 'squamous' && rng.chance(0.7) ? null : driverNegativePanel(rng);
      return infusionPlan(ctx, base(ctx, 'nsclc-pdl1-mono', diagnosis(rng, histology, 'advanced'), pathology(histology, rng.int(50, 95)), gene),
        [[drug, drug === 'pembrolizumab' ? 200 : 1200, 'mg', 'q3w']]);
    },
  },
  {
    id: 'nsclc-nsq-chemo-io', weight: 15, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const drug = rng.weighted([['pembrolizumab', 2], ['sintilimab', 3]] as const);
      const dx = diagnosis(rng, 'adenocarcinoma', 'advanced');
      return infusionPlan(ctx, base(ctx, 'nsclc-nsq-chemo-io', dx, pathology('adenocarcinoma', rng.int(0, 49)), driverNegativePanel(rng)), [
        [drug, 200, 'mg', 'q3w'], ['pemetrexed', 500, 'mg/m2', 'q3w'], ['carboplatin', carboplatinMg(rng), 'mg', 'q3w'],
      ]);
    },
  },
  {
    id: 'nsclc-sq-chemo-io', weight: 10, supports: ['dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const taxane: RegimenItem = rng.chance(0.5) ? ['paclitaxel', 175, 'mg/m2', 'q3w'] : ['nab-paclitaxel', 260, 'mg/m2', 'q3w'];
      return infusionPlan(ctx, base(ctx, 'nsclc-sq-chemo-io', diagnosis(rng, 'squamous', 'advanced'), pathology('squamous', rng.int(1, 49)), null), [
        ['pembrolizumab', 200, 'mg', 'q3w'], ['carboplatin', carboplatinMg(rng), 'mg', 'q3w'], taxane,
      ]);
    },
  },
  {
    id: 'nsclc-her2-pyrotinib', weight: 2, offIndication: true, supports: ['off_indication'],
    build: (ctx) => {
      const gene: GeneticFindings = { ...NEGATIVE_PANEL, extra: { gene: 'ERBB2(HER2)', text: '20号外显子插入突变（p.A775_G776insYVMA）' } };
      const dx = diagnosis(ctx.rng, 'adenocarcinoma', 'advanced');
      return oralPlan(ctx, base(ctx, 'nsclc-her2-pyrotinib', dx, pathology('adenocarcinoma', ctx.rng.int(0, 30)), gene),
        [{ drug: 'pyrotinib', mg: 400, frequency: 'qd' }], [{ drugs: ['pemetrexed', 'carboplatin'] }]);
    },
  },
  {
    id: 'nsclc-her2-tdxd', weight: 1, offIndication: true, supports: ['off_indication'],
    build: (ctx) => {
      const gene: GeneticFindings = { ...NEGATIVE_PANEL, extra: { gene: 'ERBB2(HER2)', text: '20号外显子插入突变（p.Y772_A775dup）' } };
      const dx = diagnosis(ctx.rng, 'adenocarcinoma', 'advanced');
      return infusionPlan(ctx, base(ctx, 'nsclc-her2-tdxd', dx, pathology('adenocarcinoma', ctx.rng.int(0, 30)), gene),
        [['trastuzumab deruxtecan', 5.4, 'mg/kg', 'q3w']], { prior: [{ drugs: ['pemetrexed', 'carboplatin', 'pembrolizumab'] }] });
    },
  },
];
