import type { DatasetClaim } from '../../shared/domain/dataset';
import { bill, type InsuranceScheme } from './billing';
import { addDays } from './calendar';
import { caseOf } from './case-of';
import type { CancerType, Problem } from './clinical/plan';
import { planClaim } from './clinical/problems';
import type { DocumentJob } from './documents/context';
import { expenseRows } from './expense-rows';
import { DEPARTMENT_OF, pickHospital } from './hospitals';
import { claimNumber, policyNumber } from './numbers';
import { documentJobs, paperworkOf } from './paperwork';
import { patient as newPatient } from './people';
import type { Random } from './random';
import { intake, isClinical, routing } from './workflow';

// One demo claim from its cancer type and problem: who, where, what happened, what it cost, where it
// stands, and the jobs that will print its documents.

export interface ClaimMix {
  cancerType: CancerType;
  problem: Problem | null;
}

export interface ClaimDraft {
  claim: Omit<DatasetClaim, 'documents'>;
  jobs: DocumentJob[];
}

export const PRODUCTS = ['HMB-SH-2023', 'MM-2025'] as const;

export function draftClaim(serial: number, mix: ClaimMix, rng: Random, encrypt: boolean): ClaimDraft {
  const { cancerType, problem } = mix;
  const product = rng.chance(0.4) ? PRODUCTS[0] : PRODUCTS[1];
  const hmb = product === 'HMB-SH-2023';
  const cellTherapy = cancerType === 'LBCL' || cancerType === 'MM';
  const hospital = pickHospital(rng, { shanghaiOnly: hmb, cellTherapy, department: DEPARTMENT_OF[cancerType] });
  const sex = cancerType === 'BREAST' ? 'F' : rng.chance(cancerType === 'NSCLC' || cancerType === 'HCC' ? 0.65 : 0.55) ? 'M' : 'F';
  const patient = newPatient(rng, sex, hospital.city, 1944, 1988, hmb);
  const arrival = intake(rng, isClinical(problem));
  const plan = planClaim(cancerType, problem === 'invoice_total_mismatch' ? null : problem, { rng, patient, serviceDate: arrival.serviceDate }, rng);
  // The city scheme insures people in Shanghai's basic insurance, so nearly all its claims were settled through it.
  const settled = rng.chance(hmb ? 0.95 : 0.85);
  const scheme: InsuranceScheme = !settled ? 'none' : rng.chance(0.78) ? 'employee' : 'resident';
  const billing = bill(plan, expenseRows(plan, patient, rng), scheme, problem === 'invoice_total_mismatch', rng);
  const route = routing(rng, arrival, { cellTherapy, claimedFen: billing.printedTotalFen, serial });
  const number = claimNumber(arrival.receivedDate, serial);
  const policyStart = hmb ? '2025-01-01' : addDays(arrival.serviceDate, -rng.int(30, 330));
  const preExisting = rng.chance(hmb ? 0.25 : 0.04);
  const paperwork = paperworkOf(rng, patient, hospital, plan, billing);
  const dx = plan.diagnosis;
  return {
    claim: {
      claimNumber: number,
      status: route.status,
      priority: route.priority,
      receivedAt: arrival.receivedAt,
      slaDue: route.slaDue,
      assigneeId: route.assigneeId,
      claimant: { name: patient.name, idNumber: patient.idNumber, sex: patient.sex, birthDate: patient.birthDate },
      policy: {
        policyNumber: policyNumber(product, hospital.province, policyStart, serial),
        product,
        startDate: policyStart,
        endDate: hmb ? '2025-12-31' : addDays(policyStart, 364),
      },
      diagnosisText: `${dx.nameZh}${dx.setting === 'early' ? '术后' : ''} ${dx.stage}期`,
      cancerType,
      claimedFen: billing.printedTotalFen,
      problems: problem ? [problem] : [],
      expenseNames: billing.expenseNames,
      case: caseOf(number, plan, patient, billing, { product, preExisting }, rng),
    },
    jobs: documentJobs(paperwork, rng, encrypt ? { password: patient.idNumber.slice(-6) } : null),
  };
}
