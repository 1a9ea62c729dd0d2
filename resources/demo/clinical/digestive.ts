import type { Random } from '../random';
import { capecitabineMg } from './body';
import { NEGATIVE_PANEL } from './panels';
import type { GeneticFindings, PathologyFindings, PlannedDiagnosis, Scenario, ScenarioContext } from './plan';
import { infusionPlan, type PlanBase } from './plans';
import type { RegimenItem } from './timeline';

// Colorectal and gastric cancer: cetuximab by sidedness and RAS/BRAF status, pembrolizumab for MSI-H,
// bevacizumab with FOLFIRI (not governed), HER2-directed and PD-L1-selected first lines for gastric
// cancer, and off-indication anti-HER2 claims (pertuzumab in colorectal, T-DXd in gastric cancer).

const LEFT: readonly (readonly [string, string])[] = [['乙状结肠', 'C18.700'], ['降结肠', 'C18.600'], ['直肠', 'C20.x00'], ['直肠乙状结肠交界处', 'C19.x00']] as const;
const RIGHT: readonly (readonly [string, string])[] = [['升结肠', 'C18.200'], ['盲肠', 'C18.000'], ['结肠肝曲', 'C18.300']] as const;

function crcDiagnosis(rng: Random, side: 'left' | 'right'): PlannedDiagnosis {
  const [siteZh, icd10] = rng.pick(side === 'left' ? LEFT : RIGHT);
  const [stage, tnm] = rng.pick([['IVA', 'cT4aN2M1a'], ['IVB', 'cT3N1M1b'], ['IVC', 'cT4bN2M1c']] as const);
  return {
    icd10, siteZh, nameZh: `${siteZh}腺癌`, histology: 'adenocarcinoma',
    histologyZh: rng.pick(['腺癌（中分化）', '中-低分化腺癌', '腺癌（中分化），部分为黏液腺癌']), setting: 'advanced', stage, tnm, primarySite: side,
  };
}

const CRC_IHC = 'CK20(+)，CDX2(+)，SATB2(+)，CK7(-)，Ki-67(约70%+)';

function crcBase(ctx: ScenarioContext, scenario: string, side: 'left' | 'right', genetic: GeneticFindings, path: Partial<PathologyFindings> = {}): PlanBase {
  const dx = crcDiagnosis(ctx.rng, side);
  return {
    cancerType: 'CRC', scenario, diagnosis: dx,
    specimenZh: ctx.rng.pick([`${dx.siteZh}肠镜活检组织`, `${dx.siteZh}根治术标本`, '肝转移灶穿刺组织']),
    pathology: { ihc: CRC_IHC, mmr: genetic.msi === 'MSI-H' ? 'dMMR' : 'pMMR', ...path }, genetic,
  };
}

const FOLFOX: readonly RegimenItem[] = [['oxaliplatin', 85, 'mg/m2', 'q2w'], ['leucovorin', 400, 'mg/m2', 'q2w'], ['fluorouracil', 2800, 'mg/m2', 'q2w']];
const FOLFIRI: readonly RegimenItem[] = [['irinotecan', 180, 'mg/m2', 'q2w'], ['leucovorin', 400, 'mg/m2', 'q2w'], ['fluorouracil', 2800, 'mg/m2', 'q2w']];

/** Cetuximab weekly (400 then 250 mg/m2) or, as many Chinese centres give it, 500 mg/m2 every two weeks. */
const cetuximab = (rng: Random): RegimenItem => (rng.chance(0.7) ? ['cetuximab', 500, 'mg/m2', 'q2w'] : ['cetuximab', 250, 'mg/m2', 'qw', 400]);

const RAS_MUTANT = (rng: Random): GeneticFindings => ({ ...NEGATIVE_PANEL, ras: 'mutant', rasVariant: rng.pick(['KRAS G12D', 'KRAS G13D', 'NRAS Q61K', 'KRAS G12V']) });

function gastricDiagnosis(rng: Random): PlannedDiagnosis {
  const [siteZh, icd10] = rng.pick([['胃窦', 'C16.300'], ['胃体', 'C16.200'], ['贲门', 'C16.000'], ['胃', 'C16.900']] as const);
  const [stage, tnm] = rng.pick([['IVB', 'cT4aN2M1'], ['IVB', 'cT3N3aM1'], ['IVA', 'cT4bN1M0']] as const);
  return {
    icd10, siteZh, nameZh: `${siteZh}腺癌`, histology: 'adenocarcinoma',
    histologyZh: rng.pick(['腺癌（低分化）', '中分化管状腺癌', '低分化腺癌，部分为印戒细胞癌']), setting: 'advanced', stage, tnm,
  };
}

function gastricBase(ctx: ScenarioContext, scenario: string, path: Omit<PathologyFindings, 'ihc'>): PlanBase {
  const dx = gastricDiagnosis(ctx.rng);
  return {
    cancerType: 'GASTRIC', scenario, diagnosis: dx, specimenZh: `${dx.siteZh}胃镜活检组织`,
    pathology: { ihc: 'CK(+)，CDX2(+)，EBER(-)，Ki-67(约60%+)', mmr: 'pMMR', ...path }, genetic: null,
  };
}

const xelox = (ctx: ScenarioContext): RegimenItem[] => [['oxaliplatin', 130, 'mg/m2', 'q3w'], ['capecitabine', capecitabineMg(ctx.patient), 'mg', 'bid']];

export const CRC_SCENARIOS: readonly Scenario[] = [
  {
    id: 'crc-cetuximab-left', weight: 10, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, crcBase(ctx, 'crc-cetuximab-left', 'left', NEGATIVE_PANEL), [cetuximab(ctx.rng), ...FOLFOX], { intervalDays: 14, maxCycle: 8 }),
  },
  {
    id: 'crc-cetuximab-right', weight: 3, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, crcBase(ctx, 'crc-cetuximab-right', 'right', NEGATIVE_PANEL), [cetuximab(ctx.rng), ...FOLFIRI], { intervalDays: 14, maxCycle: 8 }),
  },
  {
    id: 'crc-msih-pembrolizumab', weight: 4, supports: ['dose_above_label'],
    build: (ctx) => infusionPlan(ctx, crcBase(ctx, 'crc-msih-pembrolizumab', ctx.rng.chance(0.6) ? 'right' : 'left', { ...NEGATIVE_PANEL, msi: 'MSI-H' }),
      [['pembrolizumab', 200, 'mg', 'q3w']], { maxCycle: 10, stayDays: ctx.rng.int(1, 2) }),
  },
  {
    id: 'crc-bevacizumab-folfiri', weight: 4, supports: [],
    build: (ctx) => infusionPlan(ctx, crcBase(ctx, 'crc-bevacizumab-folfiri', ctx.rng.chance(0.5) ? 'right' : 'left', RAS_MUTANT(ctx.rng)),
      [['bevacizumab', 5, 'mg/kg', 'q2w'], ...FOLFIRI], { intervalDays: 14, maxCycle: 8, prior: [{ drugs: ['oxaliplatin', 'leucovorin', 'fluorouracil'] }] }),
  },
  {
    id: 'crc-her2-pertuzumab', weight: 2, offIndication: true, supports: ['off_indication'],
    build: (ctx) => infusionPlan(ctx, crcBase(ctx, 'crc-her2-pertuzumab', 'left', NEGATIVE_PANEL, { her2Ihc: 'IHC3+' }),
      [['trastuzumab', 6, 'mg/kg', 'q3w', 8], ['pertuzumab', 420, 'mg', 'q3w', 840]],
      { prior: [{ drugs: ['oxaliplatin', 'leucovorin', 'fluorouracil', 'cetuximab'] }, { drugs: ['irinotecan', 'leucovorin', 'fluorouracil', 'bevacizumab'] }] }),
  },
];

export const GASTRIC_SCENARIOS: readonly Scenario[] = [
  {
    id: 'gastric-her2-trastuzumab', weight: 6, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => infusionPlan(ctx, gastricBase(ctx, 'gastric-her2-trastuzumab',
      ctx.rng.chance(0.7) ? { her2Ihc: 'IHC3+' } : { her2Ihc: 'IHC2+', her2Ish: 'positive' }),
    [['trastuzumab', 6, 'mg/kg', 'q3w', 8], ...xelox(ctx)]),
  },
  {
    id: 'gastric-nivolumab', weight: 8, supports: ['missing_biomarker_report', 'dose_above_label'],
    build: (ctx) => {
      const { rng } = ctx;
      const her2 = rng.weighted<Pick<PathologyFindings, 'her2Ihc' | 'her2Ish'>>([
        [{ her2Ihc: 'IHC0' }, 5], [{ her2Ihc: 'IHC1+' }, 3], [{ her2Ihc: 'IHC2+', her2Ish: 'negative' }, 1],
      ]);
      return infusionPlan(ctx, gastricBase(ctx, 'gastric-nivolumab', { ...her2, pdl1Cps: rng.int(5, 30), pdl1Clone: '28-8' }),
        [['nivolumab', 360, 'mg', 'q3w'], ...xelox(ctx)]);
    },
  },
  {
    id: 'gastric-her2-tdxd', weight: 2, offIndication: true, supports: ['off_indication'],
    build: (ctx) => infusionPlan(ctx, gastricBase(ctx, 'gastric-her2-tdxd', { her2Ihc: 'IHC3+' }),
      [['trastuzumab deruxtecan', 6.4, 'mg/kg', 'q3w']], { prior: [{ drugs: ['trastuzumab', 'oxaliplatin', 'capecitabine'] }] }),
  },
];
