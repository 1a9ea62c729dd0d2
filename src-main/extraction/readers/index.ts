import type { DocumentType } from '../../../shared/domain/document';
import type { TypeReader } from './context';
import { dischargeSummaryReader } from './discharge-summary';
import { expenseListReader } from './expense-list';
import { geneticReportReader } from './genetic-report';
import { medicalInvoiceReader } from './medical-invoice';
import { pathologyReportReader } from './pathology-report';
import { prescriptionReader } from './prescription';

/** The field reader of each document type; `other` documents have no required fields. */
export const READERS: Readonly<Record<Exclude<DocumentType, 'other'>, TypeReader>> = {
  medical_invoice: medicalInvoiceReader,
  expense_list: expenseListReader,
  discharge_summary: dischargeSummaryReader,
  pathology_report: pathologyReportReader,
  genetic_report: geneticReportReader,
  prescription: prescriptionReader,
};
