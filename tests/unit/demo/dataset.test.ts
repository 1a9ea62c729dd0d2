import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Biomarker } from '../../../shared/domain/case';
import { CANCER_TYPES, CLAIM_STATUSES } from '../../../shared/domain/claim';
import type { DatasetClaim, DatasetDocument } from '../../../shared/domain/dataset';
import type { DocumentType } from '../../../shared/domain/document';
import { idCheckChar } from '../../../resources/demo/id-number';
import { committedDataset, demoDir, documentBytes, documentOf, fieldsOf, fieldValue, sha256 } from './committed';

// The committed demo dataset: its format, its spread of claims and problems, and the agreement
// between each claim's documents, their read fields and the case that is the claim's truth.

const PROBLEM_KINDS = ['missing_biomarker_report', 'dose_above_label', 'off_indication', 'invoice_total_mismatch'];

/** The field keys of docs/document-types.md, per document type. */
const KEYS: Record<Exclude<DocumentType, 'other'>, { required: string[]; optional?: string[] }> = {
  medical_invoice: {
    required: ['invoiceCode', 'invoiceNumber', 'issueDate', 'hospital', 'patientName', 'insuranceType', 'totalFen', 'fundPaidFen',
      'personalAccountFen', 'selfShareFen', 'selfPayFen', 'cashPaidFen', 'items'],
  },
  expense_list: { required: ['patientName', 'hospital', 'admissionNumber', 'items', 'totalFen'] },
  discharge_summary: {
    required: ['patientName', 'sex', 'age', 'hospital', 'department', 'admissionDate', 'dischargeDate', 'diagnosisText', 'icd10',
      'histology', 'stage', 'setting', 'dischargeDrugs'],
  },
  pathology_report: { required: ['patientName', 'reportDate', 'specimen', 'histology'], optional: ['her2Ihc', 'her2Ish', 'pdl1Tps', 'pdl1Cps', 'mmr'] },
  genetic_report: { required: ['patientName', 'reportDate', 'lab', 'egfr', 'alk', 'ros1', 'ras', 'braf', 'msi'] },
  prescription: { required: ['patientName', 'hospital', 'prescriptionDate', 'doctor', 'items'] },
};

const ds = committedDataset();
const claims = ds.claims;
const readable = (c: DatasetClaim) => c.documents.filter((d) => !d.defect);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const itemAmounts = (doc: DatasetDocument): number[] =>
  fieldsOf(doc, 'items').flatMap((f) => (f.value as { amountFen: number }[]).map((i) => i.amountFen));

describe('the committed demo dataset', () => {
  it('has the demo format, a fixed generation time and the five users of the reference deployment', () => {
    expect(ds.format).toBe('claimdesk-demo/1');
    expect(ds.generatedAt).toBe('2025-12-01T01:00:00.000Z');
    expect(ds.users.map((u) => [u.id, u.name, u.roles, u.authorityLimitFen])).toEqual([
      ['adjuster1', '张敏', ['adjuster'], 5_000_000],
      ['adjuster2', '李强', ['adjuster'], 2_000_000],
      ['reviewer1', '王蕾', ['medical_reviewer'], 0],
      ['supervisor1', '陈静', ['supervisor', 'adjuster'], 100_000_000],
      ['supervisor2', '刘洋', ['supervisor', 'adjuster'], 100_000_000],
    ]);
  });

  it('keeps each claim with its adjuster; a claim awaits approval only above its adjuster\'s authority', () => {
    const adjusters = new Map(ds.users.filter((u) => u.roles.length === 1 && u.roles[0] === 'adjuster').map((u) => [u.id, u]));
    for (const c of claims) {
      if (c.status === 'new' && c.assigneeId === null) continue;
      expect(adjusters.has(c.assigneeId!), `${c.claimNumber} ${c.status} ${c.assigneeId}`).toBe(true);
    }
    const awaiting = claims.filter((c) => c.status === 'awaiting_approval');
    expect(awaiting.length).toBeGreaterThan(5);
    for (const c of awaiting) expect(c.claimedFen, c.claimNumber).toBeGreaterThan(adjusters.get(c.assigneeId!)!.authorityLimitFen);
    expect(new Set(awaiting.map((c) => c.assigneeId))).toEqual(new Set(adjusters.keys()));
    for (const status of ['awaiting_medical_review', 'decided', 'in_review'] as const) {
      expect(new Set(claims.filter((c) => c.status === status).map((c) => c.assigneeId)), status).toEqual(new Set(adjusters.keys()));
    }
  });

  it('holds at least 200 claims with unique numbers, each case named after its claim', () => {
    expect(claims.length).toBeGreaterThanOrEqual(200);
    expect(new Set(claims.map((c) => c.claimNumber)).size).toBe(claims.length);
    expect(new Set(claims.map((c) => c.policy.policyNumber)).size).toBe(claims.length);
    for (const c of claims) expect(c.case.caseId).toBe(c.claimNumber);
  });

  it('covers every cancer type (lung the most common), both products and every open status', () => {
    const byType = new Map(CANCER_TYPES.map((t) => [t, claims.filter((c) => c.cancerType === t).length]));
    for (const t of CANCER_TYPES) expect(byType.get(t), t).toBeGreaterThan(0);
    expect(Math.max(...byType.values())).toBe(byType.get('NSCLC'));
    expect(new Set(claims.map((c) => c.policy.product))).toEqual(new Set(['HMB-SH-2023', 'MM-2025']));
    expect(new Set(claims.map((c) => c.status))).toEqual(new Set(CLAIM_STATUSES.filter((s) => s !== 'withdrawn')));
    for (const c of claims) expect(c.case.claim.product).toBe(c.policy.product);
  });

  it('spreads SLA deadlines around the reference date, some overdue, and assigns claims to demo users', () => {
    const open = claims.filter((c) => c.status !== 'decided');
    expect(open.filter((c) => c.slaDue < ds.generatedAt).length).toBeGreaterThan(10);
    expect(open.filter((c) => c.slaDue > ds.generatedAt).length).toBeGreaterThan(10);
    expect(claims.some((c) => c.slaDue.startsWith('2026-01'))).toBe(true);
    for (const c of claims) {
      expect(c.receivedAt <= ds.generatedAt).toBe(true);
      expect(c.slaDue > c.receivedAt).toBe(true);
    }
    const users = new Set(ds.users.map((u) => u.id));
    for (const c of claims) if (c.assigneeId !== null) expect(users.has(c.assigneeId)).toBe(true);
  });

  it('carries each kind of problem on at least 8 claims', () => {
    for (const kind of PROBLEM_KINDS) expect(claims.filter((c) => c.problems.includes(kind)).length, kind).toBeGreaterThanOrEqual(8);
    for (const c of claims) for (const p of c.problems) expect(PROBLEM_KINDS).toContain(p);
  });

  it('gives claimants valid 18-character identity numbers that encode their birth date and sex', () => {
    for (const c of claims) {
      const id = c.claimant.idNumber;
      expect(id).toMatch(/^\d{17}[\dX]$/);
      expect(id.at(-1)).toBe(idCheckChar(id.slice(0, 17)));
      expect(id.slice(6, 14)).toBe(c.claimant.birthDate.replaceAll('-', ''));
      expect(Number(id[16]) % 2).toBe(c.claimant.sex === 'M' ? 1 : 0);
      expect(c.case.patient?.sex).toBe(c.claimant.sex);
      expect(c.case.patient?.birthDate).toBe(c.claimant.birthDate);
    }
  });
});

describe('documents of the demo claims', () => {
  it('gives every claim 3 to 6 documents whose files exist under their sha256', () => {
    for (const c of claims) {
      expect(c.documents.length, c.claimNumber).toBeGreaterThanOrEqual(3);
      expect(c.documents.length, c.claimNumber).toBeLessThanOrEqual(6);
      for (const d of c.documents) expect(sha256(documentBytes(d))).toBe(d.sha256);
    }
  });

  it('has no file in files/ that no claim references', () => {
    const referenced = new Set(claims.flatMap((c) => c.documents.map((d) => `${d.sha256}.pdf`)));
    expect(fs.readdirSync(path.join(demoDir, 'files')).filter((f) => !referenced.has(f))).toEqual([]);
  });

  it('marks exactly one corrupt and one encrypted file, both without fields, the encrypted one with its password', () => {
    const docs = claims.flatMap((c) => c.documents);
    const corrupt = docs.filter((d) => d.defect === 'corrupt');
    const encrypted = docs.filter((d) => d.defect === 'encrypted');
    expect(corrupt).toHaveLength(1);
    expect(encrypted).toHaveLength(1);
    expect(corrupt[0]!.fields).toEqual([]);
    expect(encrypted[0]!.fields).toEqual([]);
    expect(encrypted[0]!.password).toMatch(/^\d{5}[\dX]$/);
  });

  it('records every field of each document type, and only keys of docs/document-types.md', () => {
    for (const c of claims) {
      for (const d of readable(c)) {
        const spec = KEYS[d.documentType as Exclude<DocumentType, 'other'>];
        const keys = new Set(d.fields.map((f) => f.key));
        for (const k of spec.required) expect(keys.has(k), `${c.claimNumber} ${d.documentType} ${k}`).toBe(true);
        for (const k of keys) expect([...spec.required, ...(spec.optional ?? [])]).toContain(k);
      }
    }
  });

  it('places each field on an A4 page of its document, with a confidence from 0.6 to 0.99', () => {
    const confidences: number[] = [];
    for (const c of claims) {
      for (const d of readable(c)) {
        expect(d.pages).toBeGreaterThanOrEqual(1);
        for (const f of d.fields) {
          const [x0, y0, x1, y1] = f.bbox;
          expect(f.source).toBe('text');
          expect(f.page).toBeLessThanOrEqual(d.pages);
          expect(x0 >= 0 && x0 < x1 && x1 <= 595.28 && y0 >= 0 && y0 < y1 && y1 <= 841.89, `${d.documentType} ${f.key}`).toBe(true);
          expect(f.confidence).toBeGreaterThanOrEqual(0.6);
          expect(f.confidence).toBeLessThanOrEqual(0.99);
          confidences.push(f.confidence);
        }
      }
    }
    expect(confidences.filter((x) => x < 0.9).length / confidences.length).toBeGreaterThan(0.03);
  });

  it('has multi-page expense lists whose items are split over the pages', () => {
    const long = claims.flatMap(readable).filter((d) => d.documentType === 'expense_list' && d.pages > 1);
    expect(long.length).toBeGreaterThan(5);
    for (const d of long) expect(fieldsOf(d, 'items').map((f) => f.page)).toEqual(Array.from({ length: d.pages }, (_, i) => i + 1));
  });
});

describe('money on the demo paperwork', () => {
  it('prints an invoice 合计 that differs from its items exactly on invoice_total_mismatch claims', () => {
    for (const c of claims) {
      const invoice = documentOf(c, 'medical_invoice')!;
      const agrees = fieldValue(invoice, 'totalFen') === sum(itemAmounts(invoice));
      expect(agrees, c.claimNumber).toBe(!c.problems.includes('invoice_total_mismatch'));
      expect(c.claimedFen).toBe(fieldValue(invoice, 'totalFen'));
    }
  });

  it('agrees item by item: invoice items, expense list and case expense lines add up to the same total', () => {
    for (const c of claims) {
      const expensesTotal = sum(c.case.claim.expenses.map((e) => e.amountFen));
      expect(sum(itemAmounts(documentOf(c, 'medical_invoice')!)), c.claimNumber).toBe(expensesTotal);
      const list = documentOf(c, 'expense_list');
      if (list) {
        expect(fieldValue(list, 'totalFen')).toBe(expensesTotal);
        expect(sum(itemAmounts(list))).toBe(expensesTotal);
      }
      for (const e of c.case.claim.expenses) expect(c.expenseNames[e.id], `${c.claimNumber} ${e.id}`).toBeTruthy();
    }
  });

  it('settles each invoice consistently: fund + account + cash = 合计, fund = the case lines\' insurance share', () => {
    for (const c of claims) {
      const invoice = documentOf(c, 'medical_invoice')!;
      const v = (k: string) => fieldValue(invoice, k) as number;
      expect(v('fundPaidFen') + v('personalAccountFen') + v('cashPaidFen'), c.claimNumber).toBe(v('totalFen'));
      expect(v('fundPaidFen')).toBe(sum(c.case.claim.expenses.map((e) => e.socialInsurancePaidFen ?? 0)));
      expect(v('fundPaidFen') === 0).toBe(!c.case.claim.socialInsuranceSettled);
    }
  });
});

describe('the case agrees with the documents', () => {
  const geneticKeys = [['egfr', 'EGFR'], ['alk', 'ALK'], ['ros1', 'ROS1'], ['ras', 'RAS'], ['braf', 'BRAF'], ['msi', 'MSI']] as const;
  const marker = (c: DatasetClaim, name: string): Biomarker | undefined => c.case.biomarkers?.find((b) => b.marker === name);

  it('takes gene results from the gene report, and has none without one', () => {
    for (const c of claims) {
      const report = c.documents.find((d) => d.documentType === 'genetic_report');
      for (const [key, name] of geneticKeys) {
        if (!report) expect(marker(c, name), `${c.claimNumber} ${name}`).toBeUndefined();
        else if (!report.defect) expect(fieldValue(report, key)).toEqual(marker(c, name)?.result);
      }
    }
  });

  it('takes HER2, PD-L1 and MMR from the pathology report, and has none without one', () => {
    for (const c of claims) {
      const report = c.documents.find((d) => d.documentType === 'pathology_report');
      const her2 = marker(c, 'HER2');
      const pdl1 = marker(c, 'PD-L1');
      if (!report) {
        expect([her2, pdl1, marker(c, 'MMR')].filter(Boolean), c.claimNumber).toEqual([]);
        continue;
      }
      if (report.defect) continue;
      expect(fieldValue(report, 'her2Ihc')).toEqual(her2?.result);
      expect(fieldValue(report, 'her2Ish')).toEqual(her2?.ish ?? undefined);
      expect(fieldValue(report, 'pdl1Tps')).toEqual(pdl1?.tps ?? undefined);
      expect(fieldValue(report, 'pdl1Cps')).toEqual(pdl1?.cps ?? undefined);
      expect(fieldValue(report, 'mmr')).toEqual(marker(c, 'MMR')?.result);
    }
  });

  it('shows the diagnosis of the case on the discharge summary', () => {
    for (const c of claims) {
      const summary = documentOf(c, 'discharge_summary');
      if (!summary) continue;
      expect(fieldValue(summary, 'icd10')).toBe(c.case.diagnosis?.icd10);
      expect(fieldValue(summary, 'histology')).toBe(c.case.diagnosis?.histology);
      expect(fieldValue(summary, 'stage')).toBe(c.case.diagnosis?.stage);
      expect(fieldValue(summary, 'setting')).toBe(c.case.diagnosis?.setting);
      expect(fieldValue(summary, 'sex')).toBe(c.claimant.sex);
    }
  });

  it('prescribes the doses of the case (fixed doses as given, body-size doses converted to mg)', () => {
    let compared = 0;
    for (const c of claims) {
      const prescription = documentOf(c, 'prescription');
      if (!prescription) continue;
      for (const item of fieldValue(prescription, 'items') as { drug: string; doseValue: number; frequency: string }[]) {
        const t = c.case.treatments.find((x) => x.drug === item.drug);
        expect(t, `${c.claimNumber} ${item.drug}`).toBeDefined();
        expect(item.frequency).toBe(t!.frequency);
        if (t!.dose?.unit === 'mg') {
          expect(item.doseValue).toBe(t!.dose.value);
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
