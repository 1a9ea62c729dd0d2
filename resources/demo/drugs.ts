import type { Catalogue } from '../../shared/domain/vocabulary';

// The drugs that appear on the demo paperwork: product names as printed, pack sizes, prices in fen and
// the basic-insurance catalogue class (甲 A, 乙 B, 自费). Prices are plausible 2025 list prices, not
// any hospital's tariff. Drug keys are the English generic names of docs/pathway-rules.md where one exists.

export type InvoiceCategory = '西药费' | '中成药费';

export interface DrugProduct {
  zh: string;
  /** The product name printed on lists and prescriptions. */
  product: string;
  route: 'oral' | 'iv';
  /** mg per tablet/capsule or per vial; 0 for cell products. */
  unitMg: number;
  /** Tablets per box (oral); 1 for vials and bags. */
  pack: number;
  spec: string;
  unit: string;
  priceFen: number;
  catalogue: Catalogue;
  category: InvoiceCategory;
}

const oral = (zh: string, product: string, unitMg: number, pack: number, spec: string, priceFen: number, catalogue: Catalogue = 'B'): DrugProduct =>
  ({ zh, product, route: 'oral', unitMg, pack, spec, unit: '盒', priceFen, catalogue, category: '西药费' });
const vial = (zh: string, product: string, unitMg: number, spec: string, unit: string, priceFen: number, catalogue: Catalogue = 'B', category: InvoiceCategory = '西药费'): DrugProduct =>
  ({ zh, product, route: 'iv', unitMg, pack: 1, spec, unit, priceFen, catalogue, category });

export const DRUGS = {
  // EGFR, ALK, ROS1 inhibitors
  osimertinib: oral('奥希替尼', '甲磺酸奥希替尼片', 80, 30, '80mg*30片', 477_000),
  aumolertinib: oral('阿美替尼', '甲磺酸阿美替尼片', 55, 20, '55mg*20片', 159_600),
  furmonertinib: oral('伏美替尼', '甲磺酸伏美替尼片', 40, 28, '40mg*28片', 254_800),
  gefitinib: oral('吉非替尼', '吉非替尼片', 250, 10, '0.25g*10片', 5_480),
  erlotinib: oral('厄洛替尼', '盐酸厄洛替尼片', 150, 7, '150mg*7片', 59_500),
  icotinib: oral('埃克替尼', '盐酸埃克替尼片', 125, 21, '125mg*21片', 102_200),
  afatinib: oral('阿法替尼', '马来酸阿法替尼片', 40, 7, '40mg*7片', 139_800),
  alectinib: oral('阿来替尼', '盐酸阿来替尼胶囊', 150, 224, '150mg*224粒', 894_000),
  ensartinib: oral('恩沙替尼', '盐酸恩沙替尼胶囊', 225, 28, '225mg*28粒', 612_000),
  lorlatinib: oral('洛拉替尼', '洛拉替尼片', 100, 30, '100mg*30片', 728_500),
  crizotinib: oral('克唑替尼', '克唑替尼胶囊', 250, 60, '250mg*60粒', 980_000),
  entrectinib: oral('恩曲替尼', '恩曲替尼胶囊', 200, 90, '200mg*90粒', 1_580_000),
  pyrotinib: oral('吡咯替尼', '马来酸吡咯替尼片', 80, 14, '80mg*14片', 50_400),
  lenvatinib: oral('仑伐替尼', '甲磺酸仑伐替尼胶囊', 4, 30, '4mg*30粒', 169_000),
  sorafenib: oral('索拉非尼', '甲苯磺酸索拉非尼片', 200, 60, '0.2g*60片', 260_000),
  donafenib: oral('多纳非尼', '甲苯磺酸多纳非尼片', 100, 60, '0.1g*60片', 458_000),
  capecitabine: oral('卡培他滨', '卡培他滨片', 500, 12, '0.5g*12片', 4_120),
  // antibodies and conjugates
  pembrolizumab: vial('帕博利珠单抗', '帕博利珠单抗注射液', 100, '100mg:4ml', '瓶', 1_791_800, 'self_pay'),
  atezolizumab: vial('阿替利珠单抗', '阿替利珠单抗注射液', 1200, '1200mg:20ml', '瓶', 980_000),
  sintilimab: vial('信迪利单抗', '信迪利单抗注射液', 100, '100mg:10ml', '瓶', 108_000),
  nivolumab: vial('纳武利尤单抗', '纳武利尤单抗注射液', 120, '120mg:12ml', '瓶', 1_110_000, 'self_pay'),
  trastuzumab: vial('曲妥珠单抗', '注射用曲妥珠单抗', 150, '150mg', '支', 198_000),
  pertuzumab: vial('帕妥珠单抗', '帕妥珠单抗注射液', 420, '420mg:14ml', '瓶', 495_500),
  'trastuzumab deruxtecan': vial('德曲妥珠单抗', '注射用德曲妥珠单抗', 100, '100mg', '瓶', 780_000),
  cetuximab: vial('西妥昔单抗', '西妥昔单抗注射液', 100, '100mg:20ml', '瓶', 129_500),
  bevacizumab: vial('贝伐珠单抗', '贝伐珠单抗注射液', 100, '100mg:4ml', '瓶', 119_800),
  // CAR-T cell products (one bag per patient)
  'axicabtagene ciloleucel': vial('阿基仑赛注射液', '阿基仑赛注射液', 0, '单剂量/袋', '袋', 120_000_000, 'self_pay'),
  'relmacabtagene autoleucel': vial('瑞基奥仑赛注射液', '瑞基奥仑赛注射液', 0, '单剂量/袋', '袋', 129_000_000, 'self_pay'),
  'equecabtagene autoleucel': vial('伊基奥仑赛注射液', '伊基奥仑赛注射液', 0, '单剂量/袋', '袋', 116_600_000, 'self_pay'),
  // chemotherapy
  pemetrexed: vial('培美曲塞', '注射用培美曲塞二钠', 500, '0.5g', '支', 29_600),
  carboplatin: vial('卡铂', '卡铂注射液', 100, '100mg:10ml', '支', 5_800, 'A'),
  cisplatin: vial('顺铂', '注射用顺铂', 20, '20mg', '支', 1_400, 'A'),
  paclitaxel: vial('紫杉醇', '紫杉醇注射液', 30, '30mg:5ml', '支', 9_000, 'A'),
  'nab-paclitaxel': vial('白蛋白紫杉醇', '注射用紫杉醇（白蛋白结合型）', 100, '100mg', '瓶', 78_000),
  docetaxel: vial('多西他赛', '多西他赛注射液', 20, '20mg:1ml', '支', 6_200),
  oxaliplatin: vial('奥沙利铂', '注射用奥沙利铂', 50, '50mg', '支', 10_000),
  irinotecan: vial('伊立替康', '盐酸伊立替康注射液', 100, '100mg:5ml', '支', 18_000),
  fluorouracil: vial('氟尿嘧啶', '氟尿嘧啶注射液', 250, '0.25g:10ml', '支', 300, 'A'),
  leucovorin: vial('亚叶酸钙', '亚叶酸钙注射液', 100, '0.1g:10ml', '支', 2_000),
  fludarabine: vial('氟达拉滨', '注射用磷酸氟达拉滨', 50, '50mg', '支', 42_000),
  cyclophosphamide: vial('环磷酰胺', '注射用环磷酰胺', 200, '0.2g', '支', 2_500, 'A'),
  // supportive care
  'sodium chloride': vial('氯化钠', '0.9%氯化钠注射液', 0, '250ml', '袋', 450, 'A'),
  glucose: vial('葡萄糖', '5%葡萄糖注射液', 0, '250ml', '袋', 480, 'A'),
  ondansetron: vial('昂丹司琼', '盐酸昂丹司琼注射液', 8, '4ml:8mg', '支', 560, 'A'),
  palonosetron: vial('帕洛诺司琼', '盐酸帕洛诺司琼注射液', 0.25, '5ml:0.25mg', '支', 4_800),
  dexamethasone: vial('地塞米松', '地塞米松磷酸钠注射液', 5, '1ml:5mg', '支', 70, 'A'),
  omeprazole: vial('奥美拉唑', '注射用奥美拉唑钠', 40, '40mg', '支', 900),
  diphenhydramine: vial('苯海拉明', '盐酸苯海拉明注射液', 20, '1ml:20mg', '支', 120, 'A'),
  cimetidine: vial('西咪替丁', '西咪替丁注射液', 200, '2ml:0.2g', '支', 100, 'A'),
  'vitamin B12': vial('维生素B12', '维生素B12注射液', 0.5, '1ml:0.5mg', '支', 300, 'A'),
  'pegfilgrastim': vial('聚乙二醇化重组人粒细胞刺激因子', '聚乙二醇化重组人粒细胞刺激因子注射液', 3, '3mg:1ml', '支', 328_000),
  thymalfasin: vial('胸腺法新', '注射用胸腺法新', 1.6, '1.6mg', '支', 15_000, 'self_pay'),
  'compound kushen': vial('复方苦参', '复方苦参注射液', 0, '5ml', '支', 2_000, 'B', '中成药费'),
  tocilizumab: vial('托珠单抗', '托珠单抗注射液', 80, '80mg:4ml', '瓶', 78_000),
  acyclovir: oral('阿昔洛韦', '阿昔洛韦片', 200, 24, '0.2g*24片', 1_250, 'A'),
} as const satisfies Record<string, DrugProduct>;

export type DrugName = keyof typeof DRUGS;

/** Chinese names of drugs that appear only in treatment histories (prior lines), not on bills. */
const HISTORY_ONLY_ZH: Record<string, string> = {
  rituximab: '利妥昔单抗', doxorubicin: '多柔比星', vincristine: '长春新碱', prednisone: '泼尼松', gemcitabine: '吉西他滨',
  ifosfamide: '异环磷酰胺', etoposide: '依托泊苷', 'polatuzumab vedotin': '维泊妥珠单抗', bendamustine: '苯达莫司汀',
  bortezomib: '硼替佐米', lenalidomide: '来那度胺', pomalidomide: '泊马度胺', carfilzomib: '卡非佐米', daratumumab: '达雷妥尤单抗',
  selinexor: '塞利尼索', brigatinib: '布格替尼', ceritinib: '塞瑞替尼', dacomitinib: '达可替尼',
};

/** The Chinese generic name of any drug the demo mentions. */
export function drugZh(name: string): string {
  const product = (DRUGS as Record<string, DrugProduct>)[name];
  const zh = product?.zh ?? HISTORY_ONLY_ZH[name];
  if (!zh) throw new Error(`no Chinese name for ${name}`);
  return zh;
}
