import type { Catalogue } from '../../shared/domain/vocabulary';

// Non-drug items of a hospital bill: beds, nursing, tests, procedures and materials, with the invoice
// category each is summed under and its catalogue class. Prices are plausible tertiary-hospital
// tariffs in fen, not any city's official schedule.

export type ServiceCategory = '床位费' | '诊查费' | '检查费' | '化验费' | '治疗费' | '护理费' | '卫生材料费';

export interface Service {
  name: string;
  spec: string;
  unit: string;
  priceFen: number;
  catalogue: Catalogue;
  category: ServiceCategory;
}

const s = (name: string, unit: string, priceFen: number, catalogue: Catalogue, category: ServiceCategory, spec = ''): Service =>
  ({ name, spec, unit, priceFen, catalogue, category });

export const SERVICES = {
  bed: s('床位费（三人间）', '日', 5_000, 'A', '床位费'),
  laminarBed: s('层流洁净病房床位费', '日', 30_000, 'B', '床位费'),
  nursing: s('一级护理', '日', 2_800, 'A', '护理费'),
  specialNursing: s('特级护理', '日', 12_000, 'A', '护理费'),
  ward: s('住院诊查费', '日', 2_500, 'A', '诊查费'),
  clinic: s('副主任医师门诊诊查费', '次', 3_000, 'A', '诊查费'),
  expertClinic: s('主任医师门诊诊查费', '次', 5_000, 'A', '诊查费'),
  bloodCount: s('血细胞分析（五分类）', '次', 2_500, 'A', '化验费'),
  liverPanel: s('肝功能检测', '次', 9_000, 'A', '化验费'),
  renalPanel: s('肾功能检测', '次', 3_600, 'A', '化验费'),
  electrolytes: s('电解质测定', '次', 3_000, 'A', '化验费'),
  coagulation: s('凝血功能四项', '次', 8_000, 'A', '化验费'),
  urine: s('尿常规', '次', 1_000, 'A', '化验费'),
  crp: s('C反应蛋白测定', '次', 3_000, 'A', '化验费'),
  thyroid: s('甲状腺功能五项', '次', 15_000, 'B', '化验费'),
  tumourMarkers: s('肿瘤标志物组合检测', '次', 22_000, 'B', '化验费'),
  afp: s('甲胎蛋白测定', '次', 4_500, 'A', '化验费'),
  hbvDna: s('乙肝病毒DNA定量', '次', 12_000, 'B', '化验费'),
  il6: s('白细胞介素6测定', '次', 15_000, 'B', '化验费'),
  ferritin: s('铁蛋白测定', '次', 4_000, 'A', '化验费'),
  ecg: s('常规心电图检查', '次', 2_500, 'A', '检查费'),
  chestCt: s('胸部CT增强扫描', '次', 65_000, 'B', '检查费'),
  abdomenCt: s('全腹部CT增强扫描', '次', 98_000, 'B', '检查费'),
  liverMri: s('上腹部MRI增强扫描', '次', 110_000, 'B', '检查费'),
  echo: s('心脏彩色多普勒超声', '次', 18_000, 'A', '检查费'),
  ivFirst: s('静脉输液（第一组）', '组', 800, 'A', '治疗费'),
  ivMore: s('静脉输液（加组）', '组', 300, 'A', '治疗费'),
  chemoMixing: s('静脉用药集中调配（抗肿瘤药物）', '次', 3_000, 'B', '治疗费'),
  syringePump: s('微量泵注射', '小时', 200, 'A', '治疗费'),
  ecgMonitor: s('心电监护', '日', 4_000, 'A', '治疗费'),
  cellInfusion: s('CAR-T细胞回输', '次', 150_000, 'self_pay', '治疗费'),
  infusionSet: s('一次性使用输液器', '套', 350, 'B', '卫生材料费', '带针'),
  filterSet: s('一次性使用精密过滤输液器', '套', 1_800, 'self_pay', '卫生材料费', '5μm'),
  lightproofSet: s('一次性使用避光输液器', '套', 2_200, 'self_pay', '卫生材料费', '带针'),
  syringe: s('一次性使用无菌注射器', '支', 60, 'A', '卫生材料费', '10ml'),
  cannula: s('静脉留置针', '支', 1_500, 'B', '卫生材料费', '22G'),
} as const satisfies Record<string, Service>;
