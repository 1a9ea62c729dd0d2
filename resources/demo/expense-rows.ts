import type { Catalogue, Frequency } from '../../shared/domain/vocabulary';
import { addDays, daysBetween } from './calendar';
import { doseInMg } from './clinical/body';
import type { ClinicalPlan, PlannedTreatment } from './clinical/plan';
import { DRUGS, type DrugName, type InvoiceCategory } from './drugs';
import type { Person } from './people';
import type { Random } from './random';
import { SERVICES, type Service, type ServiceCategory } from './services';

// The itemised bill of a stay or a clinic visit, row by row as a hospital information system prints
// it: daily bed and nursing, admission tests, each drug with its premedication, fluids and materials.

export interface ExpenseRow {
  date: string;
  name: string;
  spec: string;
  quantity: number;
  unit: string;
  unitPriceFen: number;
  amountFen: number;
  catalogue: Catalogue;
  category: InvoiceCategory | ServiceCategory;
  drug?: DrugName;
  /** Set on rows of a claimed treatment's drug. */
  treatmentId?: string;
}

const TIMES_A_DAY: Partial<Record<Frequency, number>> = { qd: 1, bid: 2, tid: 3 };

/** Drugs that are chemotherapy (they need antiemetics and pharmacy mixing). */
const CYTOTOXIC = new Set<DrugName>([
  'pemetrexed', 'carboplatin', 'cisplatin', 'paclitaxel', 'nab-paclitaxel', 'docetaxel', 'oxaliplatin', 'irinotecan', 'fluorouracil', 'fludarabine', 'cyclophosphamide',
]);
const IMMUNOTHERAPY = new Set<DrugName>(['pembrolizumab', 'atezolizumab', 'sintilimab', 'nivolumab']);
const CAR_T = new Set<DrugName>(['axicabtagene ciloleucel', 'relmacabtagene autoleucel', 'equecabtagene autoleucel']);

function serviceRow(date: string, service: Service, quantity = 1): ExpenseRow {
  return {
    date, name: service.name, spec: service.spec, quantity, unit: service.unit, unitPriceFen: service.priceFen,
    amountFen: service.priceFen * quantity, catalogue: service.catalogue, category: service.category,
  };
}

function drugRow(date: string, drug: DrugName, quantity: number, treatmentId?: string): ExpenseRow {
  const p = DRUGS[drug];
  return {
    date, name: p.product, spec: p.spec, quantity, unit: p.unit, unitPriceFen: p.priceFen, amountFen: p.priceFen * quantity,
    catalogue: p.catalogue, category: p.category, drug, ...(treatmentId ? { treatmentId } : {}),
  };
}

/** Boxes of an oral drug for the days supplied. */
export function boxesFor(t: PlannedTreatment, days: number): number {
  const p = DRUGS[t.drug];
  const perDay = Math.ceil(t.dose.value / p.unitMg) * (TIMES_A_DAY[t.frequency] ?? 1);
  return Math.ceil((perDay * days) / p.pack);
}

/** Vials (or bags) drawn up for one administration. */
export function vialsFor(t: PlannedTreatment, patient: Person): number {
  const p = DRUGS[t.drug];
  if (t.dose.unit === 'infusion') return 1;
  return Math.ceil(doseInMg(t.dose.value, t.dose.unit, patient) / p.unitMg);
}

/** Days an infusion is given within this admission: daily drugs (lymphodepletion) run three days. */
const administrationDays = (t: PlannedTreatment): number => (t.frequency === 'qd' ? 3 : 1);

function infusionDay(date: string, treatments: readonly PlannedTreatment[], patient: Person, rng: Random): ExpenseRow[] {
  const rows: ExpenseRow[] = [];
  const chemo = treatments.some((t) => CYTOTOXIC.has(t.drug));
  if (chemo) {
    rows.push(rng.chance(0.6) ? drugRow(date, 'ondansetron', 1) : drugRow(date, 'palonosetron', 1), drugRow(date, 'dexamethasone', 2));
    if (treatments.some((t) => t.drug === 'paclitaxel' || t.drug === 'docetaxel')) rows.push(drugRow(date, 'diphenhydramine', 1), drugRow(date, 'cimetidine', 1));
    rows.push(drugRow(date, 'omeprazole', 1));
  }
  if (treatments.some((t) => t.drug === 'pemetrexed')) rows.push(drugRow(date, 'vitamin B12', 1));
  treatments.forEach((t, i) => {
    rows.push(drugRow(date, t.drug, vialsFor(t, patient), t.id));
    if (CAR_T.has(t.drug)) {
      rows.push(serviceRow(date, SERVICES.cellInfusion));
      return;
    }
    rows.push(drugRow(date, 'sodium chloride', 1), serviceRow(date, i === 0 ? SERVICES.ivFirst : SERVICES.ivMore));
    if (CYTOTOXIC.has(t.drug)) rows.push(serviceRow(date, SERVICES.chemoMixing));
    rows.push(serviceRow(date, t.drug === 'paclitaxel' ? SERVICES.lightproofSet : rng.chance(0.5) ? SERVICES.filterSet : SERVICES.infusionSet));
  });
  if (treatments.some((t) => t.drug === 'fluorouracil')) rows.push(serviceRow(date, SERVICES.syringePump, 46));
  rows.push(serviceRow(date, SERVICES.syringe, rng.int(2, 4)));
  return rows;
}

function admissionTests(plan: ClinicalPlan, rng: Random): Service[] {
  const tests: Service[] = [SERVICES.bloodCount, SERVICES.liverPanel, SERVICES.renalPanel, SERVICES.electrolytes, SERVICES.coagulation, SERVICES.ecg];
  if (rng.chance(0.5)) tests.push(SERVICES.urine);
  if (plan.cancerType === 'HCC') tests.push(SERVICES.afp, SERVICES.hbvDna);
  else if (plan.cancerType !== 'LBCL' && plan.cancerType !== 'MM') tests.push(SERVICES.tumourMarkers);
  if (plan.treatments.some((t) => IMMUNOTHERAPY.has(t.drug))) tests.push(SERVICES.thyroid);
  if (plan.treatments.some((t) => t.drug === 'trastuzumab' || t.drug === 'pertuzumab' || t.drug === 'trastuzumab deruxtecan')) tests.push(SERVICES.echo);
  if (rng.chance(0.4)) {
    tests.push(plan.cancerType === 'NSCLC' ? SERVICES.chestCt : plan.cancerType === 'HCC' ? SERVICES.liverMri : SERVICES.abdomenCt);
  }
  return tests;
}

function inpatientRows(plan: ClinicalPlan, patient: Person, rng: Random): ExpenseRow[] {
  const rows: ExpenseRow[] = [];
  const nights = daysBetween(plan.admissionDate, plan.serviceDate);
  const cellTherapy = plan.treatments.some((t) => CAR_T.has(t.drug));
  const ivTreatments = plan.treatments.filter((t) => DRUGS[t.drug].route === 'iv');
  for (let d = 0; d < nights; d++) {
    const date = addDays(plan.admissionDate, d);
    rows.push(serviceRow(date, cellTherapy ? SERVICES.laminarBed : SERVICES.bed), serviceRow(date, cellTherapy && date >= plan.treatmentDate ? SERVICES.specialNursing : SERVICES.nursing),
      serviceRow(date, SERVICES.ward));
    if (d === 0) {
      rows.push(...admissionTests(plan, rng).map((t) => serviceRow(date, t)));
      if (!cellTherapy) rows.push(serviceRow(date, SERVICES.cannula));
    }
    const given = ivTreatments.filter((t) => {
      const offset = daysBetween(t.startDate, date);
      return offset >= 0 && offset < administrationDays(t);
    });
    if (given.length > 0) rows.push(...infusionDay(date, given, patient, rng));
    if (cellTherapy && date >= plan.treatmentDate) {
      rows.push(serviceRow(date, SERVICES.ecgMonitor), serviceRow(date, SERVICES.bloodCount), serviceRow(date, SERVICES.crp));
      if (daysBetween(plan.treatmentDate, date) % 2 === 0) rows.push(serviceRow(date, SERVICES.il6), serviceRow(date, SERVICES.ferritin));
      if (daysBetween(plan.treatmentDate, date) === 3 && rng.chance(0.4)) {
        rows.push(drugRow(date, 'tocilizumab', Math.ceil((8 * patient.weightKg) / 80)), drugRow(date, 'sodium chloride', 1));
      }
    } else if (!cellTherapy && d === nights - 1 && nights > 1) {
      rows.push(serviceRow(date, SERVICES.bloodCount));
    }
  }
  for (const t of plan.treatments.filter((t) => DRUGS[t.drug].route === 'oral')) {
    rows.push(drugRow(plan.serviceDate, t.drug, boxesFor(t, 14), t.id)); // 出院带药: two weeks (capecitabine d1-14)
  }
  if (cellTherapy) rows.push(drugRow(plan.serviceDate, 'acyclovir', 2));
  if (!cellTherapy && rng.chance(0.2)) rows.push(drugRow(plan.treatmentDate, rng.chance(0.5) ? 'thymalfasin' : 'compound kushen', rng.int(1, 2)));
  return rows;
}

function outpatientRows(plan: ClinicalPlan, rng: Random): ExpenseRow[] {
  const date = plan.serviceDate;
  const rows: ExpenseRow[] = [serviceRow(date, rng.chance(0.5) ? SERVICES.clinic : SERVICES.expertClinic)];
  if (rng.chance(0.5)) rows.push(serviceRow(date, SERVICES.bloodCount), serviceRow(date, SERVICES.liverPanel));
  if (rng.chance(0.15)) rows.push(serviceRow(date, plan.cancerType === 'HCC' ? SERVICES.liverMri : SERVICES.chestCt));
  for (const t of plan.treatments) rows.push(drugRow(date, t.drug, boxesFor(t, t.daysSupplied ?? 30), t.id));
  return rows;
}

export function expenseRows(plan: ClinicalPlan, patient: Person, rng: Random): ExpenseRow[] {
  return plan.encounter === 'inpatient' ? inpatientRows(plan, patient, rng) : outpatientRows(plan, rng);
}
