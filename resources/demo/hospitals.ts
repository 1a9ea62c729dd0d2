import type { CancerType } from './clinical/plan';
import type { Random } from './random';

// Invented but plausible tertiary (三级甲等) hospitals of the big referral cities, with the oncology
// departments a claim comes from, and the molecular labs that issue gene reports.

export type DepartmentKind = 'thoracic' | 'breast' | 'gi' | 'liver' | 'lymphoma' | 'myeloma';

export interface Hospital {
  name: string;
  city: string;
  /** Province code heading the invoice code (31 Shanghai, 11 Beijing, ...). */
  province: string;
  /** Treats CAR-T patients (haematology with a cell-therapy unit). */
  cellTherapy: boolean;
  departments: Record<DepartmentKind, string>;
  /** A specialist hospital treats only these; general and cancer hospitals treat all. */
  only?: readonly DepartmentKind[];
}

const GENERAL: Record<DepartmentKind, string> = {
  thoracic: '胸部肿瘤内科', breast: '乳腺肿瘤内科', gi: '消化肿瘤内科', liver: '肝胆胰外科', lymphoma: '淋巴瘤科', myeloma: '血液科',
};
const CANCER_CENTRE: Record<DepartmentKind, string> = {
  thoracic: '肺部肿瘤内科', breast: '乳腺外科', gi: '胃肠肿瘤内科', liver: '肝脏肿瘤内科', lymphoma: '淋巴瘤内科', myeloma: '血液肿瘤科',
};
const UNIVERSITY: Record<DepartmentKind, string> = {
  thoracic: '呼吸与危重症医学科', breast: '甲乳外科', gi: '结直肠外科', liver: '介入科', lymphoma: '血液科', myeloma: '血液科',
};

/** The department that treats each cancer type. */
export const DEPARTMENT_OF: Record<CancerType, DepartmentKind> = {
  NSCLC: 'thoracic', BREAST: 'breast', CRC: 'gi', GASTRIC: 'gi', HCC: 'liver', LBCL: 'lymphoma', MM: 'myeloma',
};

export const HOSPITALS: readonly Hospital[] = [
  { name: '上海申华大学附属肿瘤医院', city: '上海', province: '31', cellTherapy: false, departments: CANCER_CENTRE },
  { name: '上海市浦江医院', city: '上海', province: '31', cellTherapy: false, departments: GENERAL },
  { name: '上海华东医科大学附属瑞华医院', city: '上海', province: '31', cellTherapy: true, departments: UNIVERSITY },
  { name: '上海市东海胸科医院', city: '上海', province: '31', cellTherapy: false, departments: { ...GENERAL, thoracic: '肺内科' }, only: ['thoracic'] },
  { name: '北京燕京医科大学附属肿瘤医院', city: '北京', province: '11', cellTherapy: false, departments: CANCER_CENTRE },
  { name: '北京市京华医院', city: '北京', province: '11', cellTherapy: true, departments: GENERAL },
  { name: '南粤医科大学附属肿瘤医院', city: '广州', province: '44', cellTherapy: false, departments: CANCER_CENTRE },
  { name: '广东省羊城人民医院', city: '广州', province: '44', cellTherapy: true, departments: UNIVERSITY },
  { name: '浙江之江大学医学院附属第一医院', city: '杭州', province: '33', cellTherapy: true, departments: UNIVERSITY },
  { name: '江苏金陵医科大学附属肿瘤医院', city: '南京', province: '32', cellTherapy: false, departments: CANCER_CENTRE },
  { name: '蜀都医科大学附属华阳医院', city: '成都', province: '51', cellTherapy: true, departments: GENERAL },
  { name: '湖北楚天医科大学附属第一医院', city: '武汉', province: '42', cellTherapy: false, departments: UNIVERSITY },
];

/** Hospitals for a claim; city supplementary insurance (HMB-SH) is Shanghai's, so its claims stay there. */
export function pickHospital(rng: Random, opts: { shanghaiOnly: boolean; cellTherapy: boolean; department: DepartmentKind }): Hospital {
  const candidates = HOSPITALS.filter((h) => (!opts.shanghaiOnly || h.city === '上海') && (!opts.cellTherapy || h.cellTherapy)
    && (!h.only || h.only.includes(opts.department)));
  return rng.pick(candidates);
}

export const GENE_LABS = [
  '上海康联医学检验所', '北京华因医学检验实验室', '广州圣源医学检验所', '杭州博析医学检验实验室',
] as const;
