import type { Edition, Recommendation } from '../../shared/pathway/edition-schema';

// Case facts that meet a recommendation, read off its criteria (data, not per-id code). Generated
// cases start from them and are then perturbed, so that every verdict occurs often enough to matter.

type Json = Record<string, unknown>;

export interface QualifyingFacts {
  diagnosis: Json;
  biomarkers: Json[];
  priorLines: Json[];
  priorAdjuvant: Json[];
  /** The governed drug at its recommended dose (cycle 2), and one drug of each companion group. */
  treatments: Json[];
}

const HER2_RESULT = { positive: 'IHC3+', low: 'IHC1+', negative: 'IHC0' } as const;

export function qualifyingFacts(rec: Recommendation, edition: Edition): QualifyingFacts {
  const diagnosis: Json = { icd10: edition.cancerTypes.find((t) => t.id === rec.cancerType)!.icd10[0], setting: 'advanced' };
  const biomarkers: Json[] = [];
  const priorDrugs: string[] = [];
  const priorAdjuvant: Json[] = [];
  let lines = 0;
  let first: Json = {};
  for (const c of rec.criteria) {
    switch (c.kind) {
      case 'diagnosis': diagnosis[c.field] = c.anyOf?.[0] ?? 'adenocarcinoma'; break;
      case 'line': lines = (c.min ?? 1) - 1; break;
      case 'priorTherapy': priorDrugs.push(c.drugs?.[0] ?? edition.drugClasses.find((k) => k.id === c.classes![0])!.drugs[0]!); break;
      case 'adjuvantEndedWithin':
        priorAdjuvant.push({ drugs: [c.drugs[0]], endDate: '2024-06-01', outcome: 'completed' });
        diagnosis.advancedSince = '2025-01-01';
        break;
      case 'firstLineProgressionWithin': first = { startDate: '2024-01-01', endDate: '2024-06-01', outcome: 'progression' }; break;
      case 'biomarker': biomarkers.push({ marker: c.anyOf[0]!.marker, result: c.anyOf[0]!.results[0] }); break;
      case 'her2': biomarkers.push({ marker: 'HER2', result: HER2_RESULT[c.status] }); break;
      case 'pdl1': biomarkers.push({ marker: 'PD-L1', [c.score]: c.min }); break;
      case 'driverNegative': c.markers.forEach((m) => biomarkers.push({ marker: m, result: 'negative' })); break;
      case 'noPriorTherapy': break;
    }
  }
  const count = Math.max(lines, priorDrugs.length);
  const priorLines = Array.from({ length: count }, (_, i) => ({ drugs: [priorDrugs[i] ?? 'docetaxel'], ...(i === 0 ? first : {}) }));
  const d = rec.dose;
  const treatments: Json[] = [
    { drug: rec.drug, dose: { value: d.value ?? d.weightBands![0]!.value, unit: d.unit }, frequency: d.frequency, cycle: 2 },
    ...[...(rec.with?.allOf ?? []), ...(rec.with?.oneOf ?? []).map((g) => g[0]!)].map((drug) => ({ drug })),
  ];
  return { diagnosis, biomarkers, priorLines, priorAdjuvant, treatments };
}
