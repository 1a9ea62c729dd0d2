import { DEPARTMENT_OF, GENE_LABS, type Hospital } from './hospitals';
import type { ClinicalPlan } from './clinical/plan';
import type { Billing } from './billing';
import type { ClaimPaperwork, DocumentJob } from './documents/context';
import { dischargeSummaryJob } from './documents/discharge-summary';
import { expenseListJob } from './documents/expense-list';
import { geneticReportJob } from './documents/genetic-report';
import { medicalInvoiceJob } from './documents/medical-invoice';
import { pathologyReportJob } from './documents/pathology-report';
import { prescriptionJob } from './documents/prescription';
import { DRUGS } from './drugs';
import { staffName, type Person } from './people';
import type { Random } from './random';
import type { DocumentType } from '../../shared/domain/document';

// Which documents a claim arrives with, named the way claimants' uploads are: a clinic refill brings
// the invoice and prescription, an admission the invoice, itemised list and discharge summary, and
// both bring whatever pathology and gene reports exist. Three to six files per claim.

export function paperworkOf(rng: Random, patient: Person, hospital: Hospital, plan: ClinicalPlan, billing: Billing): ClaimPaperwork {
  return {
    patient, hospital, plan, billing,
    departmentName: hospital.departments[DEPARTMENT_OF[plan.cancerType]],
    doctor: staffName(rng),
    cashier: [staffName(rng), staffName(rng)],
    pharmacist: staffName(rng),
    pathologists: [staffName(rng), staffName(rng)],
    labStaff: [staffName(rng), staffName(rng)],
    admissionNumber: rng.chance(0.5) ? String(rng.int(1_000_000, 9_999_999)) : `ZY${rng.int(10_000_000, 99_999_999)}`,
    outpatientNumber: rng.chance(0.5) ? `MZ${rng.int(100_000_000, 999_999_999)}` : String(rng.int(1_000_000_000, 9_999_999_999)),
    bedNumber: String(rng.int(1, 48)),
    lab: rng.chance(0.3) ? `${hospital.name}分子诊断中心` : rng.pick(GENE_LABS),
  };
}

const FILE_NAMES: Record<Exclude<DocumentType, 'other'>, readonly string[]> = {
  medical_invoice: ['医疗收费电子票据', '住院发票', '电子发票', '收费票据'],
  expense_list: ['住院费用清单', '费用明细', '费用清单'],
  discharge_summary: ['出院小结', '出院记录'],
  pathology_report: ['病理报告', '病理诊断报告', '免疫组化报告'],
  genetic_report: ['基因检测报告', '基因报告', 'NGS检测报告'],
  prescription: ['处方', '处方笺', '外配处方'],
};

function fileName(rng: Random, type: Exclude<DocumentType, 'other'>, date: string, seq: number): string {
  if (rng.chance(0.2)) return `IMG_${date.replaceAll('-', '')}_${String(rng.int(1000, 9999))}.pdf`;
  if (rng.chance(0.15)) return `scan${String(seq + 1).padStart(3, '0')}.pdf`;
  return `${rng.pick(FILE_NAMES[type])}${rng.chance(0.3) ? `_${date.replaceAll('-', '')}` : ''}.pdf`;
}

type JobFactory = (p: ClaimPaperwork, fileName: string, password?: string) => DocumentJob;
const FACTORIES: Record<Exclude<DocumentType, 'other'>, JobFactory> = {
  medical_invoice: medicalInvoiceJob,
  expense_list: expenseListJob,
  discharge_summary: dischargeSummaryJob,
  prescription: prescriptionJob,
  pathology_report: pathologyReportJob,
  genetic_report: geneticReportJob,
};

const CELL_THERAPY = new Set(['LBCL', 'MM']);

/** The claim's document types in the order a claimant typically files them. */
function documentTypes(p: ClaimPaperwork, rng: Random): Exclude<DocumentType, 'other'>[] {
  const { plan } = p;
  const types: Exclude<DocumentType, 'other'>[] = ['medical_invoice'];
  if (plan.encounter === 'inpatient') {
    types.push('expense_list', 'discharge_summary');
    const hasOral = plan.treatments.some((t) => DRUGS[t.drug].route === 'oral');
    if (hasOral || (!CELL_THERAPY.has(plan.cancerType) && rng.chance(0.35))) types.push('prescription');
  } else {
    types.push('prescription');
    const reports = Number(plan.pathology !== null) + Number(plan.genetic !== null);
    if (reports === 0 || rng.chance(0.5)) types.push('discharge_summary');
  }
  if (plan.pathology) types.push('pathology_report');
  if (plan.genetic) types.push('genetic_report');
  // At most six files: an inpatient claim with both reports leaves its prescription out.
  return types.length > 6 ? types.filter((t) => t !== 'prescription') : types;
}

export function documentJobs(p: ClaimPaperwork, rng: Random, encrypt: { password: string } | null): DocumentJob[] {
  const types = documentTypes(p, rng);
  const encrypted = encrypt ? (['genetic_report', 'pathology_report', 'discharge_summary'] as const).find((t) => types.includes(t)) : undefined;
  return types.map((type, i) => FACTORIES[type](p, fileName(rng, type, p.plan.serviceDate, i), type === encrypted ? encrypt!.password : undefined));
}
