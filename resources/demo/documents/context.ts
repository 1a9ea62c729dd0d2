import type { DocumentType, ReadField } from '../../../shared/domain/document';
import type { Billing } from '../billing';
import type { ClinicalPlan } from '../clinical/plan';
import type { Hospital } from '../hospitals';
import type { Person } from '../people';
import type { CjkFonts } from '../pdf/fonts';
import type { Random } from '../random';

// What every document of a claim is printed from: the same patient, hospital, plan and bill, so the
// paperwork of a claim agrees with itself (and with the case) wherever it should.

export interface ClaimPaperwork {
  patient: Person;
  hospital: Hospital;
  departmentName: string;
  doctor: string;
  /** Reviewer and cashier who sign the invoice. */
  cashier: [string, string];
  /** Pharmacist and dispenser who sign prescriptions; pathologists who sign reports. */
  pharmacist: string;
  pathologists: [string, string];
  /** Technician and reviewer who sign the gene report. */
  labStaff: [string, string];
  plan: ClinicalPlan;
  billing: Billing;
  admissionNumber: string;
  outpatientNumber: string;
  bedNumber: string;
  lab: string;
}

export interface DocumentJob {
  documentType: DocumentType;
  fileName: string;
  /** Set for the one password-protected demo file. */
  password?: string;
  render(fonts: CjkFonts, rng: Random): Promise<RenderedDocument>;
}

export interface RenderedDocument {
  bytes: Buffer;
  pages: number;
  fields: ReadField[];
}
