// Names other than the generic ones under which the drugs of docs/pathway-rules.md §4 are printed on Chinese
// paperwork: trade names (Chinese and English) and a few descriptive forms. Values are the English
// generic names of the clinical-pathway edition. Brand names are those registered in China.

export const DRUG_ALIASES: Readonly<Record<string, string>> = {
  // EGFR, ALK, ROS1 inhibitors
  泰瑞沙: 'osimertinib', tagrisso: 'osimertinib',
  阿美乐: 'aumolertinib', ameile: 'aumolertinib',
  艾弗沙: 'furmonertinib', ivesa: 'furmonertinib',
  易瑞沙: 'gefitinib', iressa: 'gefitinib',
  特罗凯: 'erlotinib', tarceva: 'erlotinib',
  凯美纳: 'icotinib', conmana: 'icotinib',
  吉泰瑞: 'afatinib', giotrif: 'afatinib', gilotrif: 'afatinib',
  多泽润: 'dacomitinib', vizimpro: 'dacomitinib',
  安圣莎: 'alectinib', alecensa: 'alectinib',
  贝美纳: 'ensartinib',
  博瑞纳: 'lorlatinib', lorbrena: 'lorlatinib',
  赛可瑞: 'crizotinib', xalkori: 'crizotinib',
  安伯瑞: 'brigatinib', alunbrig: 'brigatinib',
  赞可达: 'ceritinib', zykadia: 'ceritinib',
  罗圣全: 'entrectinib', rozlytrek: 'entrectinib',
  // Chemotherapy
  力比泰: 'pemetrexed', alimta: 'pemetrexed',
  伯尔定: 'carboplatin', paraplatin: 'carboplatin',
  泰素: 'paclitaxel', taxol: 'paclitaxel',
  紫杉醇白蛋白结合型: 'nab-paclitaxel', 克艾力: 'nab-paclitaxel', abraxane: 'nab-paclitaxel',
  泰索帝: 'docetaxel', taxotere: 'docetaxel', 多西紫杉醇: 'docetaxel',
  乐沙定: 'oxaliplatin', eloxatin: 'oxaliplatin',
  开普拓: 'irinotecan', camptosar: 'irinotecan',
  希罗达: 'capecitabine', xeloda: 'capecitabine',
  '5-fu': 'fluorouracil', '5-氟尿嘧啶': 'fluorouracil',
  // Antibodies and other targeted drugs
  可瑞达: 'pembrolizumab', keytruda: 'pembrolizumab',
  泰圣奇: 'atezolizumab', tecentriq: 'atezolizumab',
  达伯舒: 'sintilimab', tyvyt: 'sintilimab',
  欧狄沃: 'nivolumab', opdivo: 'nivolumab',
  赫赛汀: 'trastuzumab', herceptin: 'trastuzumab',
  帕捷特: 'pertuzumab', perjeta: 'pertuzumab',
  优赫得: 'trastuzumab deruxtecan', enhertu: 'trastuzumab deruxtecan', 't-dxd': 'trastuzumab deruxtecan',
  艾瑞妮: 'pyrotinib',
  爱必妥: 'cetuximab', erbitux: 'cetuximab',
  安维汀: 'bevacizumab', avastin: 'bevacizumab',
  乐卫玛: 'lenvatinib', lenvima: 'lenvatinib',
  多吉美: 'sorafenib', nexavar: 'sorafenib',
  泽普生: 'donafenib',
  // Cell therapies and myeloma drugs
  奕凯达: 'axicabtagene ciloleucel', yescarta: 'axicabtagene ciloleucel',
  倍诺达: 'relmacabtagene autoleucel',
  福可苏: 'equecabtagene autoleucel',
  万珂: 'bortezomib', velcade: 'bortezomib',
  凯洛斯: 'carfilzomib', kyprolis: 'carfilzomib',
  恩莱瑞: 'ixazomib', ninlaro: 'ixazomib',
  瑞复美: 'lenalidomide', revlimid: 'lenalidomide',
  pomalyst: 'pomalidomide',
  反应停: 'thalidomide', thalomid: 'thalidomide',
};

/**
 * Drugs outside the pathway edition that oncology paperwork commonly lists (supportive care,
 * lymphodepletion, other regimens' components), by Chinese generic name. They are read to their
 * English names so an expense line's drug is named the same way whatever the drug.
 */
export const OTHER_DRUGS: Readonly<Record<string, string>> = {
  氯化钠: 'sodium chloride', 葡萄糖: 'glucose', 昂丹司琼: 'ondansetron', 帕洛诺司琼: 'palonosetron',
  格拉司琼: 'granisetron', 托烷司琼: 'tropisetron', 阿瑞匹坦: 'aprepitant', 地塞米松: 'dexamethasone',
  甲泼尼龙: 'methylprednisolone', 泼尼松: 'prednisone', 奥美拉唑: 'omeprazole', 泮托拉唑: 'pantoprazole',
  苯海拉明: 'diphenhydramine', 西咪替丁: 'cimetidine', 维生素B12: 'vitamin B12', 叶酸: 'folic acid',
  聚乙二醇化重组人粒细胞刺激因子: 'pegfilgrastim', 重组人粒细胞刺激因子: 'filgrastim', 胸腺法新: 'thymalfasin',
  复方苦参: 'compound kushen', 托珠单抗: 'tocilizumab', 阿昔洛韦: 'acyclovir', 伐昔洛韦: 'valacyclovir',
  恩替卡韦: 'entecavir', 氟达拉滨: 'fludarabine', 环磷酰胺: 'cyclophosphamide', 利妥昔单抗: 'rituximab',
  多柔比星: 'doxorubicin', 长春新碱: 'vincristine', 吉西他滨: 'gemcitabine', 唑来膦酸: 'zoledronic acid',
  地舒单抗: 'denosumab', 依托泊苷: 'etoposide', 奈达铂: 'nedaplatin', 雷替曲塞: 'raltitrexed',
  替吉奥: 'tegafur', 达雷妥尤单抗: 'daratumumab', 地塞米松磷酸钠: 'dexamethasone', 甲氧氯普胺: 'metoclopramide',
};
