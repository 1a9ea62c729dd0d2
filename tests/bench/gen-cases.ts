import { clinicalCaseSchema, type ClinicalCase } from '../../shared/domain/case';
import type { Edition } from '../../shared/pathway/edition-schema';
import { qualifyingFacts } from '../support/pathway-scenarios';
import { createRandom } from '../../resources/demo/random';

// Deterministic, varied pathway cases for the bench: most start from the facts that meet one
// recommendation and are then perturbed (a field dropped or changed, a dose raised, a companion
// left out, lines added), the rest are drawn at random. The same seed gives the same cases.

type Json = Record<string, unknown>;

const ICD_VARIANTS: Record<string, string[]> = {
  C34: ['C34.1', 'C34.100x001', 'c34.9', 'C34'], C50: ['C50.9', 'c50.4', 'C50.900x001'], C18: ['C18.7', 'C18.2'],
  C16: ['C16.0', 'C16.9'], 'C22.0': ['C22.0', 'C22.000'], 'C83.3': ['C83.3', 'C83.300x001'], 'C90.0': ['C90.0', 'C90.000'],
};
const OTHER_ICD = ['C61', 'C22.1', 'C85.1', 'C18.7', 'C20', 'C34.1', null];
const HISTOLOGIES = ['adenocarcinoma', 'squamous', 'large_cell', 'nsclc_nos', 'small_cell', null];
const STAGES = ['IB', 'IIA', 'IIB', 'IIIA', 'IIIB', 'IVA', 'IVB', null];
const FREQUENCIES = ['qd', 'bid', 'tid', 'qw', 'q2w', 'q3w', 'q4w', 'q6w', 'once'];
const UNKNOWN_DRUGS = ['rituximab', 'dexamethasone', 'ondansetron', 'Zanubrutinib'];

export function caseGenerator(seed: number, edition: Edition): (index: number) => ClinicalCase {
  const rng = createRandom(seed);
  const random = (): number => rng.next();
  const chance = (p: number) => random() < p;
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)]!;
  const date = () => new Date(Date.UTC(2022, 0, 1) + int(0, 3 * 365) * 86_400_000).toISOString().slice(0, 10);
  const drugNames = edition.drugs.map((d) => d.en);
  const chinese = new Map(edition.drugs.map((d) => [d.en, d['zh-CN']]));
  const qualifying = edition.recommendations.map((r) => qualifyingFacts(r, edition));
  const randomMarkers: (() => Json)[] = [
    () => ({ marker: 'EGFR', result: chance(0.3) ? ['negative'] : [pick(['exon19del', 'L858R', 'T790M', 'exon20ins'])] }),
    () => ({ marker: pick(['ALK', 'ROS1']), result: pick(['positive', 'negative']) }),
    () => ({ marker: 'PD-L1', ...(chance(0.7) ? { tps: int(0, 100) } : { cps: int(0, 20) }) }),
    () => ({ marker: 'HER2', result: pick(['IHC0', 'IHC1+', 'IHC2+', 'IHC3+']), ...(chance(0.5) ? { ish: pick(['positive', 'negative']) } : {}) }),
    () => ({ marker: pick(['RAS', 'BRAF']), result: pick(['wild_type', 'mutant']) }),
    () => ({ marker: 'MMR', result: pick(['dMMR', 'pMMR']) }),
    () => ({ marker: 'MSI', result: pick(['MSI-H', 'MSS']) }),
    () => ({ marker: pick(['TMB', 'NTRK']), result: 'high' }),
    () => ({ marker: 'EGFR', result: [] }),
  ];
  const name = (drug: string) => (chance(0.1) ? chinese.get(drug) ?? drug : chance(0.05) ? ` ${drug.toUpperCase()} ` : drug);
  const regimen = () => ({
    drugs: Array.from({ length: int(1, 3) }, () => name(chance(0.85) ? pick(drugNames) : pick(UNKNOWN_DRUGS))),
    ...(chance(0.85) ? { startDate: date() } : {}), ...(chance(0.85) ? { endDate: date() } : {}),
    ...(chance(0.9) ? { outcome: pick(['progression', 'progression', 'intolerance', 'completed']) } : {}),
  });
  const randomTreatment = (): Json => ({
    drug: name(chance(0.9) ? pick(drugNames) : pick(UNKNOWN_DRUGS)),
    ...(chance(0.9) ? { dose: { value: pick([1, 6, 8, 80, 100, 200, 400, 1200]) * pick([0.5, 1, 1.1, 1.5]), unit: pick(['mg', 'mg', 'mg/kg', 'mg/m2']) } } : {}),
    ...(chance(0.9) ? { frequency: pick(FREQUENCIES) } : {}),
    ...(chance(0.8) ? { cycle: int(1, 8) } : {}),
  });

  return (index) => {
    const k = int(0, qualifying.length - 1);
    const q = qualifying[k]!;
    const scenario = chance(0.8);
    const diagnosis: Json = scenario ? { ...q.diagnosis } : { icd10: pick(OTHER_ICD), setting: 'advanced' };
    diagnosis.icd10 = typeof diagnosis.icd10 === 'string' && chance(0.5) ? pick(ICD_VARIANTS[diagnosis.icd10] ?? [diagnosis.icd10]) : diagnosis.icd10;
    if (chance(0.15)) diagnosis.histology = pick(HISTOLOGIES);
    else if (diagnosis.histology === undefined && String(diagnosis.icd10).toUpperCase().startsWith('C34') && chance(0.8)) diagnosis.histology = 'adenocarcinoma';
    if (chance(0.1)) diagnosis.setting = pick(['advanced', 'early', null]);
    if (chance(0.2)) diagnosis.stage = pick(STAGES);
    if (chance(0.1)) diagnosis.primarySite = pick(['left', 'right', null]);
    if (chance(0.1) || diagnosis.childPugh) diagnosis.childPugh = chance(0.8) ? diagnosis.childPugh ?? pick(['A', 'B', 'C']) : pick(['A', 'B', 'C', null]);
    diagnosis.advancedSince = diagnosis.advancedSince ?? (chance(0.9) ? date() : null);

    const biomarkers: Json[] = scenario && chance(0.85) ? q.biomarkers.filter(() => chance(0.95)) : [];
    for (let i = int(0, 3); i > 0; i--) {
      const extra = pick(randomMarkers)();
      // Usually a marker not yet listed; sometimes a repeat, which must not count.
      if (!biomarkers.some((b) => b.marker === extra.marker) || chance(0.1)) biomarkers.push(extra);
    }

    const priorLines = scenario && chance(0.8) ? q.priorLines.map((l) => ({ ...l })) : Array.from({ length: pick([0, 0, 1, 2, 3, 4]) }, regimen);
    if (chance(0.1)) priorLines.push(regimen());
    const priorAdjuvant = [...(scenario ? q.priorAdjuvant : []), ...(chance(0.15) ? [regimen()] : [])];

    const treatments: Json[] = scenario ? q.treatments.filter((_, i) => i === 0 || chance(0.85)).map((t) => ({ ...t })) : [];
    const governed = treatments[0];
    if (governed) {
      governed.drug = name(governed.drug as string);
      const dose = governed.dose as { value: number; unit: string } | undefined;
      if (dose) governed.dose = chance(0.1) ? undefined : { ...dose, value: dose.value * pick([0.5, 1, 1, 1, 1.1, 1.2, 2]) };
      governed.cycle = pick([1, 2, 3, null]);
      if (chance(0.05)) governed.frequency = pick(FREQUENCIES);
    }
    for (let i = int(scenario ? 0 : 1, 2); i > 0; i--) treatments.push(randomTreatment());

    // Validated like the CLI's input, so the bench never times a case the CLI would reject.
    return clinicalCaseSchema.parse({
      caseId: `G${index}`,
      patient: chance(0.95) ? { sex: pick(['F', 'M']), weightKg: chance(0.95) ? int(400, 1000) / 10 : null, heightCm: chance(0.9) ? int(145, 190) : null } : null,
      diagnosis,
      biomarkers,
      priorLines,
      priorAdjuvant,
      treatments: treatments.map((t, i) => ({ id: `T${i + 1}`, ...t })),
    });
  };
}
