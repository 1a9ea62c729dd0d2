import { describe, expect, it } from 'vitest';
import { checkPathway } from '../../../shared/pathway/evaluate';
import { fromDecimal, greaterThan } from '../../../shared/pathway/exact';
import {
  BREAST, CRC_LEFT, HCC_A, LBCL, NSCLC_ADENO, edition, firstLine, inPathway, insufficient, makeCase, marker, offPathway,
  priorLine, rx, tps, DRIVER_NEGATIVE,
} from './case-builder';

// Dose intensity against 110% of the recommendation (docs/pathway-rules.md §3), at and around the boundary.

const osimertinib = (value: number, frequency = 'qd', unit = 'mg') =>
  firstLine({ diagnosis: NSCLC_ADENO, biomarkers: [marker('EGFR', ['L858R'])], treatments: [rx('osimertinib', value, unit, frequency)] });
const OSI = inPathway('NSCLC-EGFR-TKI-OSI');
const ABOVE = offPathway('DOSE_ABOVE_RECOMMENDED');

describe('exact fractions', () => {
  it('reads a number as the decimal it was written as', () => {
    expect(fromDecimal(59.9)).toEqual({ num: 599n, den: 10n });
    expect(fromDecimal(80)).toEqual({ num: 80n, den: 1n });
    expect(fromDecimal(1e-7)).toEqual({ num: 1n, den: 10000000n });
    expect(fromDecimal(1.5e21)).toEqual({ num: 1500000000000000000000n, den: 1n });
    expect(greaterThan(fromDecimal(0.33), fromDecimal(0.33))).toBe(false);
  });
});

describe('the 110% boundary', () => {
  it('exactly 110% passes, anything above fails', () => {
    expect(osimertinib(80)).toEqual(OSI);
    expect(osimertinib(88)).toEqual(OSI);
    expect(osimertinib(88.000001)).toEqual(ABOVE);
    expect(osimertinib(160)).toEqual(ABOVE);
  });

  it('lower doses are in pathway', () => {
    expect(osimertinib(40)).toEqual(OSI);
    expect(osimertinib(0.5)).toEqual(OSI);
  });

  it('is decided in exact arithmetic where floating point would flip it', () => {
    // 5.94 mg/kg at 61.3 kg is exactly 110% of 5.4 mg/kg; in doubles 5.94*61.3*10 > 5.4*61.3*11.
    expect(5.94 * 61.3 * 10 > 5.4 * 61.3 * 11).toBe(true);
    const tdxd = (value: number, unit: string) => firstLine({
      diagnosis: BREAST, patient: { weightKg: 61.3 }, biomarkers: [marker('HER2', 'IHC1+')], priorLines: [priorLine(['capecitabine'])],
      treatments: [rx('trastuzumab deruxtecan', value, unit, 'q3w')],
    });
    expect(tdxd(5.94, 'mg/kg')).toEqual(inPathway('BC-HER2LOW-TDXD'));
    expect(tdxd(5.9400001, 'mg/kg')).toEqual(offPathway('DOSE_ABOVE_RECOMMENDED'));
    expect(tdxd(364.122, 'mg')).toEqual(inPathway('BC-HER2LOW-TDXD'));
    expect(tdxd(364.1221, 'mg')).toEqual(offPathway('DOSE_ABOVE_RECOMMENDED'));
  });

  it('compares intensities per day, converting the frequency', () => {
    expect(osimertinib(40, 'bid')).toEqual(OSI);
    expect(osimertinib(44, 'bid')).toEqual(OSI);
    expect(osimertinib(45, 'bid')).toEqual(ABOVE);
    expect(osimertinib(560, 'qw')).toEqual(OSI);
    expect(osimertinib(616, 'qw')).toEqual(OSI);
    expect(osimertinib(617, 'qw')).toEqual(ABOVE);
    const pem = (value: number, frequency: string) => firstLine({ diagnosis: NSCLC_ADENO, biomarkers: [...DRIVER_NEGATIVE, tps(90)], treatments: [rx('pembrolizumab', value, 'mg', frequency)] });
    expect(pem(400, 'q6w')).toEqual(inPathway('NSCLC-PDL1-PEM-MONO'));
    expect(pem(200, 'q2w')).toEqual(offPathway('DOSE_ABOVE_RECOMMENDED'));
    expect(pem(440, 'q6w')).toEqual(inPathway('NSCLC-PDL1-PEM-MONO'));
    expect(pem(441, 'q6w')).toEqual(offPathway('DOSE_ABOVE_RECOMMENDED'));
  });

  it('compares a dose given once by itself against the recommended dose per administration', () => {
    expect(osimertinib(88, 'once')).toEqual(OSI);
    expect(osimertinib(89, 'once')).toEqual(ABOVE);
  });
});

describe('weight-based doses and the loading dose', () => {
  const trastuzumab = (value: number, unit: string, cycle?: number) => {
    const t = rx('trastuzumab', value, unit, 'q3w', { cycle: cycle ?? null });
    return firstLine({ diagnosis: BREAST, patient: { weightKg: 60 }, biomarkers: [marker('HER2', 'IHC3+')], treatments: [t] });
  };
  const H = inPathway('BC-HER2-H');

  it('converts mg/kg with the weight, on both sides', () => {
    expect(trastuzumab(6, 'mg/kg', 2)).toEqual(H);
    expect(trastuzumab(396, 'mg', 2)).toEqual(H);
    expect(trastuzumab(396.01, 'mg', 2)).toEqual(ABOVE);
  });

  it('the loading dose is the recommendation in cycle 1 only', () => {
    expect(trastuzumab(8, 'mg/kg', 1)).toEqual(H);
    expect(trastuzumab(528, 'mg', 1)).toEqual(H);
    expect(trastuzumab(529, 'mg', 1)).toEqual(ABOVE);
    expect(trastuzumab(8, 'mg/kg', 2)).toEqual(ABOVE);
    // No cycle: not cycle 1.
    expect(trastuzumab(8, 'mg/kg')).toEqual(ABOVE);
  });

  it('a flat loading dose (pertuzumab 840 mg in cycle 1)', () => {
    const hp = (value: number, cycle: number) => firstLine({ diagnosis: BREAST, biomarkers: [marker('HER2', 'IHC3+')], treatments: [rx('pertuzumab', value, 'mg', 'q3w', { cycle }), rx('trastuzumab', 8, 'mg/kg', 'q3w', { cycle })] });
    expect(hp(840, 1)).toEqual(inPathway('BC-HER2-1L-HP'));
    expect(hp(924, 1)).toEqual(inPathway('BC-HER2-1L-HP'));
    expect(hp(925, 1)).toEqual(ABOVE);
    expect(hp(840, 2)).toEqual(ABOVE);
  });

  it('compares a mg/kg claim against a flat recommendation', () => {
    const pem = (weightKg: number) => firstLine({ diagnosis: NSCLC_ADENO, patient: { weightKg }, biomarkers: [...DRIVER_NEGATIVE, tps(70)], treatments: [rx('pembrolizumab', 2, 'mg/kg', 'q3w')] });
    expect(pem(110)).toEqual(inPathway('NSCLC-PDL1-PEM-MONO'));
    expect(pem(110.1)).toEqual(ABOVE);
  });
});

describe('surface-based doses (Mosteller BSA)', () => {
  const cetuximab = (value: number, unit: string, patient: { weightKg: number; heightCm: number }, cycle = 2) => firstLine({
    diagnosis: CRC_LEFT, patient, biomarkers: [marker('RAS', 'wild_type'), marker('BRAF', 'wild_type')],
    treatments: [rx('cetuximab', value, unit, 'qw', { cycle }), rx('oxaliplatin', 85, 'mg/m2', 'q2w')],
  });
  const CET = inPathway('CRC-RASWT-L-CET');
  const bsa2 = { weightKg: 80, heightCm: 180 };

  it('BSA 2 m2: 250 mg/m2 is 500 mg, 110% is 550 mg; loading 400 mg/m2 in cycle 1', () => {
    expect(cetuximab(550, 'mg', bsa2)).toEqual(CET);
    expect(cetuximab(550.0001, 'mg', bsa2)).toEqual(ABOVE);
    expect(cetuximab(880, 'mg', bsa2, 1)).toEqual(CET);
    expect(cetuximab(881, 'mg', bsa2, 1)).toEqual(ABOVE);
  });

  it('both sides in mg/m2 still need weight and height', () => {
    expect(cetuximab(275, 'mg/m2', bsa2)).toEqual(CET);
    expect(cetuximab(276, 'mg/m2', bsa2)).toEqual(ABOVE);
    const noHeight = firstLine({ diagnosis: CRC_LEFT, patient: { weightKg: 80 }, biomarkers: [marker('RAS', 'wild_type'), marker('BRAF', 'wild_type')], treatments: [rx('cetuximab', 250, 'mg/m2', 'qw'), rx('oxaliplatin')] });
    expect(noHeight).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:heightCm'));
  });

  it('an irrational BSA on one side only is compared exactly', () => {
    // BSA sqrt(150 × 60 / 3600) = sqrt(2.5); 110% of 200 mg = 220 mg = 139.14021704740866... mg/m2.
    const pem = (value: number) => firstLine({ diagnosis: NSCLC_ADENO, patient: { weightKg: 60, heightCm: 150 }, biomarkers: [...DRIVER_NEGATIVE, tps(70)], treatments: [rx('pembrolizumab', value, 'mg/m2', 'q3w')] });
    expect(pem(139.1402170474086)).toEqual(inPathway('NSCLC-PDL1-PEM-MONO'));
    expect(pem(139.1402170474087)).toEqual(ABOVE);
  });

  it('a mg/m2 claim against a mg/kg recommendation (BSA 2 at 64 kg, 225 cm)', () => {
    const tra = (value: number) => firstLine({ diagnosis: BREAST, patient: { weightKg: 64, heightCm: 225 }, biomarkers: [marker('HER2', 'IHC3+')], treatments: [rx('trastuzumab', value, 'mg/m2', 'q3w')] });
    expect(tra(211.2)).toEqual(inPathway('BC-HER2-H'));
    expect(tra(211.21)).toEqual(ABOVE);
  });
});

describe('lenvatinib: the recommended dose depends on weight', () => {
  const lenvatinib = (value: number, weightKg: number | null) =>
    firstLine({ diagnosis: HCC_A, patient: { weightKg }, treatments: [rx('lenvatinib', value, 'mg', 'qd')] });
  const LEN = inPathway('HCC-LEN');

  it('8 mg below 60 kg', () => {
    expect(lenvatinib(8, 59.9)).toEqual(LEN);
    expect(lenvatinib(8.8, 59.9)).toEqual(LEN);
    expect(lenvatinib(8.81, 59.9)).toEqual(ABOVE);
    expect(lenvatinib(12, 59.9)).toEqual(ABOVE);
  });

  it('12 mg from 60 kg', () => {
    expect(lenvatinib(12, 60)).toEqual(LEN);
    expect(lenvatinib(13.2, 60)).toEqual(LEN);
    expect(lenvatinib(13.3, 60)).toEqual(ABOVE);
  });

  it('needs the weight', () => {
    expect(lenvatinib(8, null)).toEqual(insufficient('CRITERION_NOT_DOCUMENTED:weightKg'));
  });
});

describe('infusions', () => {
  const axi = (treatment: Record<string, unknown>) => firstLine({ diagnosis: LBCL, priorLines: [priorLine(['r-chop']), priorLine(['r-gemox'])], treatments: [treatment] });

  it('are not dose-checked', () => {
    expect(axi(rx('axicabtagene ciloleucel', 2, 'infusion', 'once'))).toEqual(inPathway('LBCL-3L-AXI'));
    expect(axi(rx('axicabtagene ciloleucel'))).toEqual(inPathway('LBCL-3L-AXI'));
  });

  it('a drug claimed as an infusion is not dose-checked either', () => {
    expect(osimertinib(3, 'qd', 'infusion')).toEqual(OSI);
  });
});

describe('the dose criterion explains itself', () => {
  it('names the facts it read and the comparison', () => {
    const c = makeCase({ diagnosis: NSCLC_ADENO, patient: { weightKg: 62 }, biomarkers: [marker('EGFR', ['exon19del'])], treatments: [rx('pemetrexed'), rx('osimertinib', 160, 'mg', 'qd')] });
    const line = checkPathway(c, edition).lines[1]!;
    const dose = line.candidates[0]!.criteria.find((x) => x.kind === 'dose')!;
    expect(dose).toMatchObject({ status: 'failed', codes: ['DOSE_ABOVE_RECOMMENDED'] });
    expect(dose.detail).toMatch(/^claimed 160 mg\/day > 110% of 80 mg\/day/);
    expect(dose.fact).toEqual([{ path: 'treatments[1].dose', value: { value: 160, unit: 'mg' } }, { path: 'treatments[1].frequency', value: 'qd' }]);
  });
});
