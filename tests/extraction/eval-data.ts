import type { Rng } from './eval-random';

// Made-up people, hospitals, labs and the drugs and services the evaluation paperwork prints.

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高', '欧阳', '司马'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂兰', '建华', '志强', '海燕', '晓东', '文博', '子涵', '雨萱'];

export function personName(rng: Rng): string {
  return `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}${rng.chance(0.3) ? rng.pick(GIVEN.filter((g) => g.length === 1)) : ''}`;
}

export const HOSPITALS = [
  '江南省肿瘤医院', '临海市第一人民医院', '东州大学附属第二医院', '北川市中心医院', '云岭医科大学附属肿瘤医院',
  '青山区人民医院', '南港市胸科医院', '西陵市中医院', '安平县人民医院', '华亭大学附属协和医院',
];
export const LABS = ['恒康医学检验所', '北辰基因医学检验实验室', '江南分子诊断中心', '明德精准医学检验所', '睿和基因检测中心'];
export const DEPARTMENTS = ['肿瘤内科', '胸外科', '呼吸内科', '乳腺外科', '胃肠外科', '血液科', '肝胆外科', '放疗科'];
export const INSURANCE = ['职工基本医疗保险', '城乡居民基本医疗保险', '城镇职工医保', '居民医保', '自费'];

export interface DrugProduct {
  en: string;
  /** Printed product names (salt and dosage form), one picked per document. */
  names: readonly string[];
  spec: string;
  unit: string;
  priceFen: number;
  catalogue: 'A' | 'B' | 'self_pay';
  /** Dose per administration in mg and the frequency printed on prescriptions. */
  doseMg: number;
  frequency: 'qd' | 'bid' | 'tid' | 'qw' | 'q2w' | 'q3w';
  oral: boolean;
}

const d = (en: string, names: string[], spec: string, unit: string, priceFen: number, catalogue: DrugProduct['catalogue'], doseMg: number, frequency: DrugProduct['frequency'], oral: boolean): DrugProduct =>
  ({ en, names, spec, unit, priceFen, catalogue, doseMg, frequency, oral });

export const DRUGS: readonly DrugProduct[] = [
  d('osimertinib', ['甲磺酸奥希替尼片', '甲磺酸奥希替尼片（泰瑞沙）', '奥希替尼片'], '80mg×30片', '盒', 510_000, 'B', 80, 'qd', true),
  d('gefitinib', ['吉非替尼片', '吉非替尼片（易瑞沙）'], '0.25g×10片', '盒', 54_700, 'B', 250, 'qd', true),
  d('icotinib', ['盐酸埃克替尼片', '盐酸埃克替尼片（凯美纳）'], '125mg×21片', '盒', 121_000, 'B', 125, 'tid', true),
  d('alectinib', ['盐酸阿来替尼胶囊', '阿来替尼胶囊（安圣莎）'], '150mg×224粒', '盒', 1_100_000, 'B', 600, 'bid', true),
  d('crizotinib', ['克唑替尼胶囊', '克唑替尼胶囊（赛可瑞）'], '250mg×60粒', '盒', 1_320_000, 'B', 250, 'bid', true),
  d('lenvatinib', ['甲磺酸仑伐替尼胶囊', '仑伐替尼胶囊（乐卫玛）'], '4mg×30粒', '盒', 168_000, 'B', 12, 'qd', true),
  d('pyrotinib', ['马来酸吡咯替尼片', '马来酸吡咯替尼片（艾瑞妮）'], '80mg×14片', '盒', 48_900, 'B', 400, 'qd', true),
  d('capecitabine', ['卡培他滨片', '卡培他滨片（希罗达）'], '0.5g×12片', '盒', 4_300, 'B', 1500, 'bid', true),
  d('pembrolizumab', ['注射用帕博利珠单抗', '帕博利珠单抗注射液（可瑞达）', '帕博利珠单抗注射液'], '100mg/4ml', '瓶', 1_788_000, 'self_pay', 200, 'q3w', false),
  d('sintilimab', ['信迪利单抗注射液', '信迪利单抗注射液（达伯舒）'], '100mg/10ml', '瓶', 108_000, 'B', 200, 'q3w', false),
  d('trastuzumab', ['注射用曲妥珠单抗', '注射用曲妥珠单抗（赫赛汀）'], '150mg', '支', 198_000, 'B', 420, 'q3w', false),
  d('trastuzumab deruxtecan', ['注射用德曲妥珠单抗', '注射用德曲妥珠单抗（优赫得）'], '100mg', '瓶', 780_000, 'B', 300, 'q3w', false),
  d('bevacizumab', ['贝伐珠单抗注射液', '贝伐珠单抗注射液（安维汀）'], '100mg/4ml', '瓶', 119_000, 'B', 500, 'q3w', false),
  d('pemetrexed', ['注射用培美曲塞二钠', '注射用培美曲塞二钠（力比泰）'], '0.5g', '支', 28_000, 'B', 800, 'q3w', false),
  d('carboplatin', ['卡铂注射液', '卡铂注射液（伯尔定）'], '100mg/10ml', '支', 5_600, 'A', 450, 'q3w', false),
  d('nab-paclitaxel', ['注射用紫杉醇（白蛋白结合型）', '注射用紫杉醇（白蛋白结合型）（克艾力）'], '100mg', '瓶', 76_000, 'B', 400, 'q3w', false),
  d('oxaliplatin', ['注射用奥沙利铂', '奥沙利铂注射液（乐沙定）'], '50mg', '支', 9_800, 'B', 150, 'q2w', false),
  d('cetuximab', ['西妥昔单抗注射液', '西妥昔单抗注射液（爱必妥）'], '100mg/20ml', '瓶', 129_000, 'B', 900, 'q2w', false),
];

export const SUPPORTIVE: readonly DrugProduct[] = [
  d('sodium chloride', ['0.9%氯化钠注射液'], '250ml', '袋', 460, 'A', 0, 'qd', false),
  d('ondansetron', ['盐酸昂丹司琼注射液'], '4ml:8mg', '支', 580, 'A', 8, 'qd', false),
  d('dexamethasone', ['地塞米松磷酸钠注射液'], '1ml:5mg', '支', 80, 'A', 5, 'qd', false),
  d('omeprazole', ['注射用奥美拉唑钠'], '40mg', '支', 950, 'B', 40, 'qd', false),
];

export const SERVICES: readonly { name: string; unit: string; priceFen: number; catalogue: 'A' | 'B' | 'self_pay' }[] = [
  { name: '床位费（三人间）', unit: '日', priceFen: 5_000, catalogue: 'A' },
  { name: '胸部CT平扫+增强', unit: '次', priceFen: 68_000, catalogue: 'A' },
  { name: '血细胞分析（五分类）', unit: '次', priceFen: 2_500, catalogue: 'A' },
  { name: '静脉输液（第一组）', unit: '组', priceFen: 1_200, catalogue: 'A' },
  { name: '肝功能全套检查', unit: '项', priceFen: 9_600, catalogue: 'A' },
  { name: '一般专项护理', unit: '日', priceFen: 2_400, catalogue: 'A' },
  { name: '心电图检查（十二导联）', unit: '次', priceFen: 2_000, catalogue: 'A' },
  { name: '经皮肺穿刺活检术（CT引导下）', unit: '次', priceFen: 120_000, catalogue: 'B' },
  { name: 'PET-CT全身显像（自费项目）', unit: '次', priceFen: 730_000, catalogue: 'self_pay' },
];

export const INVOICE_CATEGORIES = ['西药费', '检查费', '化验费', '治疗费', '床位费', '护理费', '材料费', '诊察费', '中成药费', '手术费'];
