import type { Decision } from '../../shared/domain/decision';
import type { ClaimHeader, ExpenseRow } from '../../shared/domain/workspace';
import { formatYuan, sumFen } from '../../shared/money';
import { lineReasonLabel } from '../../shared/payout/line-reason-labels';
import type { Clause } from '../../shared/payout/product-schema';
import type { PayoutLine, PayoutResult } from '../../shared/payout/result';
import { REASON_LABELS } from '../../shared/workflow/reason-codes';
import { chinaDateTime } from './china-time';
import { checkNoticeInput } from './check-input';
import { findCjkFont, type FindFontOptions } from './cjk-font';
import {
  DOCUMENT_TYPE_NAMES, listSeparator, NOTICE_LABELS, OUTCOME_LABELS, pageLabel, type NoticeLanguage,
} from './notice-labels';
import { MUTED, PageWriter, type Column, type FieldRow, type TableRow } from './page-writer';

// The decision notice (理赔决定通知书) as a PDF: who and what the claim is, how each expense line was
// paid and on which clause, what the benefits have left, the decision with its reasons, and a footer
// that ties the notice to the editions, the inputs and the audit log it was made on.

export interface NoticeInput {
  language: NoticeLanguage;
  claim: ClaimHeader;
  /** The claim's expense lines: what was claimed, by the payout lines' ids. */
  expenses: ExpenseRow[];
  decision: Decision;
  /** The payout engine's result the decision was made on. */
  payout: PayoutResult;
  editions: { documents: string; pathway: string; payout: string };
  /** Hex sha256 of the audit log's head when the notice was made. */
  auditHeadHash: string;
  /** ISO instant; also the PDF's CreationDate and ModDate, so the same input gives the same bytes. */
  issuedAt: string;
}

export interface NoticeRenderOptions {
  /** Where the CJK font is looked for (tests); the machine's fonts by default. */
  font?: FindFontOptions;
}

const yuan = (fen: number): string => formatYuan(fen, 'zh-CN');

/**
 * The notice's PDF bytes. Throws NoticeFontMissingError when the machine has no CJK font, and
 * NoticeInputError when the parts do not belong together.
 */
export async function renderDecisionNotice(input: NoticeInput, options: NoticeRenderOptions = {}): Promise<Uint8Array> {
  checkNoticeInput(input);
  const { language: lang, claim, decision } = input;
  const t = (key: keyof typeof NOTICE_LABELS): string => NOTICE_LABELS[key][lang];
  const w = new PageWriter(findCjkFont(options.font), {
    title: `${t('title')} ${claim.claimNumber}`, language: lang, issuedAt: new Date(input.issuedAt),
  });

  writeHeading(w, input, t);
  writeLines(w, input, t);
  writeBenefits(w, input, t);
  writeDecision(w, input, t);

  const gap = '   ';
  return w.end([
    [`${t('documentsEdition')} ${input.editions.documents}`, `${t('pathwayEdition')} ${input.editions.pathway}`, `${t('payoutEdition')} ${input.editions.payout}`].join(gap),
    [`${t('decisionId')} ${decision.id}`, `${t('inputsHash')} ${decision.inputsHash}`].join(gap),
    `${t('auditHead')} ${input.auditHeadHash}`,
  ], (page, count) => pageLabel(page, count, lang));
}

type Label = (key: keyof typeof NOTICE_LABELS) => string;

function writeHeading(w: PageWriter, { language, claim, payout, issuedAt }: NoticeInput, t: Label): void {
  const top = w.y;
  w.place(`${t('issued')} ${chinaDateTime(issuedAt)}`, w.left, top + 8, w.width, { size: 8, color: MUTED }, 'right');
  w.text(t('title'), { size: 16, bold: true });
  w.gap(6);
  w.rule();
  w.gap(8);
  w.fields([
    [[t('claimant'), claim.claimantName], [t('claimNumber'), claim.claimNumber]],
    [[t('policyNumber'), claim.policyNumber], [t('product'), payout.productName[language]]],
    [[t('diagnosis'), claim.diagnosisText]],
  ], language === 'zh-CN' ? 52 : 78);
  w.gap(8);
}

/** Reasons first (they are why a line was cut), then the clause the line cites. */
function basis(line: PayoutLine, language: NoticeLanguage): string {
  const reasons = line.reasons.map((code) => lineReasonLabel(code, language)).join(listSeparator(language));
  return reasons ? `${reasons}\n${line.explanation.clause.ref}` : line.explanation.clause.ref;
}

function writeLines(w: PageWriter, { language, expenses, payout }: NoticeInput, t: Label): void {
  const byId = new Map(expenses.map((e) => [e.id, e]));
  const claimedFen = (l: PayoutLine): number => byId.get(l.id)?.amountFen ?? 0;
  const money = (header: string, width: number): Column => ({ header, width, align: 'right' });
  const columns: Column[] = [
    { header: t('expense'), width: 118 },
    money(t('claimed'), 58), money(t('eligible'), 58), money(t('deductible'), 54),
    { header: t('percent'), width: 30, align: 'right' },
    money(t('paid'), 58),
    { header: t('basis'), width: w.width - 376 },
  ];
  const rows: TableRow[] = payout.lines.map((l) => ({
    cells: [
      byId.get(l.id)?.name ?? l.id, yuan(claimedFen(l)), yuan(l.eligibleFen), yuan(l.deductibleFen),
      l.percent === null ? '—' : `${l.percent}%`, yuan(l.payableFen), basis(l, language),
    ],
  }));
  rows.push({
    total: true,
    cells: [
      t('total'), yuan(sumFen(payout.lines.map(claimedFen))), yuan(sumFen(payout.lines.map((l) => l.eligibleFen))),
      yuan(sumFen(payout.lines.map((l) => l.deductibleFen))), '', yuan(payout.payableFen), '',
    ],
  });
  w.heading(t('expenses'));
  w.table(columns, rows);

  // A clause's wording is printed once here rather than in every row that cites it: a claim of sixty
  // lines under one benefit would otherwise repeat the same paragraph sixty times.
  const clauses = new Map<string, Clause>();
  for (const l of payout.lines) if (!clauses.has(l.explanation.clause.ref)) clauses.set(l.explanation.clause.ref, l.explanation.clause);
  w.gap(6);
  w.keep(30);
  w.text(t('clausesCited'), { size: 8, bold: true });
  w.gap(2);
  w.fields([...clauses.values()].map((c) => [[c.ref, c.text[language]]]), 110, { size: 7.5 });
  w.gap(8);
}

function writeBenefits(w: PageWriter, { language, payout }: NoticeInput, t: Label): void {
  const amounts = ['annualDeductible', 'deductibleTaken', 'limit', 'paidBefore', 'paidNow', 'limitRemaining'] as const;
  const amountWidth = 62;
  const columns: Column[] = [
    { header: t('benefit'), width: w.width - amounts.length * amountWidth },
    ...amounts.map((key): Column => ({ header: t(key), width: amountWidth, align: 'right' })),
  ];
  const rows: TableRow[] = payout.benefits.map((b) => ({
    cells: [b.name[language], ...[b.deductibleFen, b.deductibleTakenFen, b.limitFen, b.paidBeforeFen, b.paidFen, b.limitRemainingFen].map(yuan)],
  }));
  w.heading(t('benefits'));
  w.table(columns, rows);
  w.gap(10);
}

function amountRows(decision: Decision, t: Label): [string, string][] {
  if (decision.outcome === 'pend') return [];
  if (decision.outcome === 'deny') return [[t('payable'), t('nothingPaid')]];
  if (decision.payableFen >= decision.engineFen) return [[t('payable'), yuan(decision.payableFen)]];
  return [
    [t('engineAmount'), yuan(decision.engineFen)],
    [t('adjustment'), yuan(decision.payableFen - decision.engineFen)],
    [t('payable'), yuan(decision.payableFen)],
  ];
}

function writeDecision(w: PageWriter, { language, decision }: NoticeInput, t: Label): void {
  const sep = listSeparator(language);
  const rows: [string, string][] = [[t('outcome'), OUTCOME_LABELS[decision.outcome][language]], ...amountRows(decision, t)];
  if (decision.reasons.length > 0) rows.push([t('reasons'), decision.reasons.map((r) => REASON_LABELS[r][language]).join(sep)]);
  if (decision.outcome === 'pend') {
    rows.push([t('requestedDocuments'), decision.requestedDocuments.map((d) => DOCUMENT_TYPE_NAMES[d][language]).join(sep)]);
    rows.push(['', t('pendingAmount')]);
  }
  if (decision.note.trim()) rows.push([t('note'), decision.note.trim()]);

  const signed = (name: string | null, id: string | null, at: string): string => `${name ?? id ?? ''}   ${chinaDateTime(at)}`;
  const signatures: [string, string][] = [[t('madeBy'), signed(decision.makerName, decision.makerId, decision.madeAt)]];
  if (decision.approvedAt) signatures.push([t('approvedBy'), signed(decision.approvedByName, decision.approvedBy, decision.approvedAt)]);

  const labelWidth = language === 'zh-CN' ? 72 : 100;
  const signatureLabelWidth = language === 'zh-CN' ? 44 : 66;
  // The decision and its signatures stay on one page, unless a long note makes that impossible.
  const decisionRows: FieldRow[] = rows.map((r) => [r]);
  const block = w.fieldsHeight(decisionRows, labelWidth) + 8 + w.fieldsHeight([signatures], signatureLabelWidth);
  w.heading(t('decision'), block < w.pageBody - 40 ? block : 60);
  w.fields(decisionRows, labelWidth);
  w.gap(8);
  w.fields([signatures], signatureLabelWidth);
}
