import { compact, toHalfWidth } from './width';

// Diagnosis facts as discharge summaries and pathology reports word them: histology terms, the AJCC
// stage group, the setting (advanced or early), ICD-10 codes, sex and age.

// Checked in order: the first term found names the histology (非小细胞 before 小细胞, 腺鳞 before 腺).
const HISTOLOGY: readonly [RegExp, string][] = [
  [/腺鳞癌/, 'adenosquamous'],
  [/非小细胞(?:肺)?癌(?!.*(?:腺癌|鳞))/, 'nsclc_nos'],
  [/小细胞(?:肺)?癌/, 'small_cell'],
  [/大细胞(?:神经内分泌)?癌/, 'large_cell'],
  [/鳞(?:状细胞)?癌/, 'squamous'],
  [/浸润性小叶癌/, 'invasive_lobular'],
  [/浸润性导管癌|浸润性癌[(（]?非特殊类型/, 'invasive_ductal'],
  [/肝细胞(?:肝)?癌/, 'hepatocellular'],
  [/弥漫(?:性)?大B细胞淋巴瘤/, 'dlbcl'],
  [/浆细胞(?:骨髓)?瘤|多发性骨髓瘤/, 'plasma_cell_myeloma'],
  [/类癌/, 'carcinoid'],
  [/腺癌/, 'adenocarcinoma'],
];

/** The histology term (lower case, docs/pathway-rules.md §1) of a diagnosis or pathology text. */
export function readHistology(text: string): string | null {
  const s = compact(text).toUpperCase();
  for (const [re, term] of HISTOLOGY) if (re.test(s)) return term;
  return null;
}

const ROMAN: Record<string, string> = { Ⅰ: 'I', Ⅱ: 'II', Ⅲ: 'III', Ⅳ: 'IV', ⅰ: 'I', ⅱ: 'II', ⅲ: 'III', ⅳ: 'IV' };
const GROUP = '(IV|III|II|I)([ABC]\\d?)?(?![A-Za-z])';
const STAGE_FORMS: readonly RegExp[] = [
  new RegExp(`R-?ISS\\s*${GROUP}`, 'i'),
  new RegExp(`(?<![A-Za-z])${GROUP}\\s*期`),
  new RegExp(`(?:分期|stage)[:\\s]*(?:[cpy]?T\\w+N\\w+M\\w+\\s*)?${GROUP}`, 'i'),
];

/** The stage group: 「ⅣB期」 → IVB, 「IIIA期」 → IIIA, 「R-ISS II期」 → R-ISS II; null when none is printed. */
export function readStage(text: string): string | null {
  const s = toHalfWidth(text).replace(/[ⅠⅡⅢⅣⅰⅱⅲⅳ]/g, (c) => ROMAN[c]!);
  for (const [i, re] of STAGE_FORMS.entries()) {
    const m = re.exec(s);
    if (m) return `${i === 0 ? 'R-ISS ' : ''}${m[1]!.toUpperCase()}${(m[2] ?? '').toUpperCase()}`;
  }
  return null;
}

const ADVANCED = /晚期|转移|不可切除|无法切除|不能切除|复发|广泛期|IV期|Ⅳ期|IV[ABC]期|Ⅳ[ABC]期|M1|难治/;
const EARLY = /术后辅助|根治术后|可切除|早期|辅助治疗|辅助化疗|切除术后/;

/** advanced (metastatic, unresectable, recurrent) or early (resectable, resected), from the words. */
export function readSetting(text: string, stage: string | null = null): 'advanced' | 'early' | null {
  const s = compact(text).toUpperCase();
  if (stage && /^IV/.test(stage)) return 'advanced';
  if (ADVANCED.test(s.replace(/无(?:远处)?转移/g, ''))) return 'advanced';
  if (EARLY.test(s)) return 'early';
  if (stage && /^(I|II|III)[ABC]?$/.test(stage)) return 'early';
  return null;
}

const ICD10 = /(?<![A-Z0-9])([A-Z]\d{2}(?:\.[0-9X]{1,4}(?:X\d{3})?)?)(?![0-9A-Z])/;

/** An ICD-10 code as printed (C34.100x001, C50.9, C20.x00): upper-case letter, the Chinese extension's x in lower case. */
export function readIcd10(text: string): string | null {
  const m = ICD10.exec(compact(text).toUpperCase());
  if (!m) return null;
  const [head, tail = ''] = m[1]!.split('.');
  return tail ? `${head}.${tail.toLowerCase()}` : head!;
}

/** 男 → M, 女 → F. */
export function readSex(text: string): 'M' | 'F' | null {
  const s = compact(text);
  if (/^(?:男|男性|M|MALE)$/i.test(s)) return 'M';
  if (/^(?:女|女性|F|FEMALE)$/i.test(s)) return 'F';
  return null;
}

/** Age in whole years from 「65岁」 or 「65」. */
export function readAge(text: string): number | null {
  const m = /^(\d{1,3})\s*(?:岁|周岁)?$/.exec(compact(text));
  const age = m ? Number(m[1]) : NaN;
  return Number.isInteger(age) && age > 0 && age < 130 ? age : null;
}
