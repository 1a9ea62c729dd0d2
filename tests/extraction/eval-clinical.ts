import type { Rng } from './eval-random';

// The clinical facts behind an evaluation patient's reports: diagnosis, histology, stage, setting and
// the markers each report prints, for the cancers of docs/pathway-rules.md.

export type Cancer = 'NSCLC' | 'BREAST' | 'GASTRIC' | 'CRC' | 'HCC';

export interface Clinical {
  cancer: Cancer;
  site: string;
  icd10: string;
  histology: string;
  histologyZh: string;
  stage: string;
  tnm: string;
  setting: 'advanced' | 'early';
  her2Ihc?: 'IHC0' | 'IHC1+' | 'IHC2+' | 'IHC3+';
  her2Ish?: 'positive' | 'negative';
  pdl1Tps?: number;
  pdl1Cps?: number;
  mmr?: 'dMMR' | 'pMMR';
  egfr?: string[];
  alk?: 'positive' | 'negative';
  ros1?: 'positive' | 'negative';
  ras?: 'wild_type' | 'mutant';
  braf?: 'wild_type' | 'mutant';
  msi?: 'MSI-H' | 'MSS';
}

function her2(rng: Rng): Pick<Clinical, 'her2Ihc' | 'her2Ish'> {
  const ihc = rng.pick(['IHC0', 'IHC1+', 'IHC2+', 'IHC3+'] as const);
  return ihc === 'IHC2+' ? { her2Ihc: ihc, her2Ish: rng.pick(['positive', 'negative'] as const) } : { her2Ihc: ihc };
}

export function randomClinical(rng: Rng): Clinical {
  const cancer = rng.pick(['NSCLC', 'NSCLC', 'BREAST', 'GASTRIC', 'CRC', 'HCC'] as const);
  const advanced = rng.chance(0.8);
  const stageOf = () => (advanced ? rng.pick(['IVA', 'IVB']) : rng.pick(['IB', 'IIA', 'IIB', 'IIIA']));
  const tnmOf = (metastatic: string, resected: string) => (advanced ? metastatic : resected);
  switch (cancer) {
    case 'NSCLC': {
      const [site, icd10] = rng.pick([['右肺上叶', 'C34.100x001'], ['左肺下叶', 'C34.300x002'], ['右肺中叶', 'C34.200x001']] as const);
      const adeno = rng.chance(0.75);
      const egfr = rng.pick([['exon19del'], ['L858R'], ['exon19del', 'T790M'], ['L858R', 'T790M'], ['exon20ins'], ['negative'], ['negative']]);
      const driverFree = egfr[0] === 'negative';
      return {
        cancer, site, icd10, histology: adeno ? 'adenocarcinoma' : 'squamous',
        histologyZh: adeno ? rng.pick(['浸润性腺癌', '腺癌', '浸润性腺癌（腺泡为主型）']) : rng.pick(['鳞状细胞癌', '角化型鳞状细胞癌']),
        stage: stageOf(), tnm: tnmOf(rng.pick(['cT2aN2M1a', 'cT3N2M1b', 'cT4N3M1c']), rng.pick(['pT2aN0M0', 'pT1cN1M0'])), setting: advanced ? 'advanced' : 'early',
        pdl1Tps: rng.pick([0, 5, 30, 50, 60, 80, 90]),
        egfr, alk: driverFree && rng.chance(0.3) ? 'positive' : 'negative', ros1: 'negative',
        ras: rng.chance(0.2) ? 'mutant' : 'wild_type', braf: 'wild_type',
      };
    }
    case 'BREAST':
      return {
        cancer, site: rng.pick(['左乳', '右乳']), icd10: rng.pick(['C50.400', 'C50.900']), histology: 'invasive_ductal',
        histologyZh: rng.pick(['浸润性导管癌', '浸润性导管癌（Ⅱ级）']), stage: stageOf(), tnm: tnmOf('cT2N1M1', 'pT2N1M0'), setting: advanced ? 'advanced' : 'early', ...her2(rng),
      };
    case 'GASTRIC':
      return {
        cancer, site: rng.pick(['胃窦', '胃体']), icd10: rng.pick(['C16.300', 'C16.200']), histology: 'adenocarcinoma',
        histologyZh: rng.pick(['腺癌（低分化）', '中分化管状腺癌']), stage: stageOf(), tnm: tnmOf('cT4aN2M1', 'pT3N1M0'), setting: advanced ? 'advanced' : 'early',
        ...her2(rng), pdl1Cps: rng.pick([1, 3, 5, 8, 10, 15]),
      };
    case 'CRC': {
      const msiHigh = rng.chance(0.25);
      return {
        cancer, site: rng.pick(['乙状结肠', '升结肠', '直肠']), icd10: rng.pick(['C18.700', 'C18.200', 'C20.x00']), histology: 'adenocarcinoma',
        histologyZh: rng.pick(['腺癌（中分化）', '中-低分化腺癌']), stage: stageOf(), tnm: tnmOf('cT4aN2M1a', 'pT3N1M0'), setting: advanced ? 'advanced' : 'early',
        mmr: msiHigh ? 'dMMR' : 'pMMR', msi: msiHigh ? 'MSI-H' : 'MSS', ras: rng.chance(0.4) ? 'mutant' : 'wild_type', braf: rng.chance(0.1) ? 'mutant' : 'wild_type',
      };
    }
    case 'HCC':
      return {
        cancer, site: rng.pick(['肝右叶', '肝左叶']), icd10: 'C22.000', histology: 'hepatocellular', histologyZh: rng.pick(['肝细胞癌（中分化）', '肝细胞癌']),
        stage: stageOf(), tnm: tnmOf('cT3N0M1', 'pT2N0M0'), setting: advanced ? 'advanced' : 'early',
      };
  }
}

export function diagnosisName(c: Clinical): string {
  const kind = { NSCLC: c.histology === 'squamous' ? '鳞癌' : '腺癌', BREAST: '浸润性导管癌', GASTRIC: '腺癌', CRC: '腺癌', HCC: '原发性肝细胞癌' }[c.cancer];
  return c.cancer === 'HCC' ? kind : `${c.site}${kind}`;
}
