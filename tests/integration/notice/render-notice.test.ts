import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { formatYuan, sumFen } from '../../../shared/money';
import { lineReasonLabel } from '../../../shared/payout/line-reason-labels';
import { REASON_LABELS } from '../../../shared/workflow/reason-codes';
import { NoticeInputError } from '../../../src-main/notice/check-input';
import { NoticeFontMissingError } from '../../../src-main/notice/cjk-font';
import { renderDecisionNotice, type NoticeInput } from '../../../src-main/notice/render-notice';
import { openPdf, withoutSpace } from '../../unit/demo/pdf-text';
import { AUDIT_HEAD, EDITIONS, HMB, INPUTS_HASH, LONG, PENDING, PRE_EXISTING, noticeInput } from './notice-fixtures';

// The notice read back as a claimant's PDF viewer would: text extracted by pdf.js, page by page. pdf.js
// splits a line into runs as it likes and spaces come and go, so a page's runs are joined and
// compared without whitespace.

const NOTO = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await openPdf(bytes);
  try {
    const pages: string[] = [];
    for (let p = 1; p <= pdf.numPages; p++) pages.push(withoutSpace((await pdf.pageRuns(p)).map((r) => r.str).join('')));
    return pages;
  } finally {
    await pdf.destroy();
  }
}

const expectText = (text: string, ...wanted: string[]) => {
  for (const w of wanted) expect(text, `notice text should hold ${JSON.stringify(w)}`).toContain(withoutSpace(w));
};

const yuan = (fen: number) => formatYuan(fen, 'zh-CN');

/** Totals the notice must show, computed from the parts rather than read from the renderer. */
function totals(input: NoticeInput): string[] {
  const claimed = new Map(input.expenses.map((e) => [e.id, e.amountFen]));
  const lines = input.payout.lines;
  return [
    yuan(sumFen(lines.map((l) => claimed.get(l.id) ?? 0))), yuan(sumFen(lines.map((l) => l.eligibleFen))),
    yuan(sumFen(lines.map((l) => l.deductibleFen))), yuan(input.payout.payableFen),
  ];
}

const partialNote = '第二周期药店票据缺少配药记录，按处方载明金额核定。';
const decisions = {
  approve: () => noticeInput(HMB, { outcome: 'approve', reasons: ['APPROVED'], approved: true }),
  partial: () => noticeInput(HMB, {
    outcome: 'partial', reasons: ['OFF_PATHWAY_LINE', 'NOT_COVERED_ITEM'], payableFen: (engine) => engine - 123_456, note: partialNote, approved: true,
  }),
  deny: () => noticeInput(PRE_EXISTING, { outcome: 'deny', reasons: ['PRE_EXISTING', 'NOT_COVERED_ITEM'], approved: true }),
  pend: () => noticeInput(PENDING, {
    outcome: 'pend', reasons: ['MISSING_BIOMARKER', 'MISSING_DOCUMENT'], requestedDocuments: ['genetic_report', 'pathology_report'],
  }),
} as const;

describe.each(['zh-CN', 'en'] as const)('a %s notice', (language) => {
  const render = async (outcome: keyof typeof decisions) => {
    const input = { ...decisions[outcome](), language };
    const bytes = await renderDecisionNotice(input);
    return { input, bytes, text: (await pageTexts(bytes)).join('\n') };
  };
  const zh = language === 'zh-CN';

  it.each(Object.keys(decisions) as (keyof typeof decisions)[])('of a %s decision holds the claim, the totals, the reasons and the footer', async (outcome) => {
    const { input, text } = await render(outcome);
    const { decision } = input;
    expectText(text,
      zh ? '理赔决定通知书' : 'Claim Decision Notice',
      'CLM-2025-000417', '王秀英', 'P-31020087-2024', input.payout.productName[language], input.claim.diagnosisText,
      ...totals(input),
      ...decision.reasons.map((r) => REASON_LABELS[r][language]),
      ...input.payout.lines.flatMap((l) => l.reasons.map((r) => lineReasonLabel(r, language))),
      ...input.payout.lines.map((l) => l.explanation.clause.ref),
      // the maker in China time (06:42 UTC)
      '李明', '2025-06-01 14:42',
      decision.id, INPUTS_HASH, AUDIT_HEAD, EDITIONS.documents, EDITIONS.pathway, EDITIONS.payout,
    );
    // Every expense line by its name: the table is the claim's, not the engine's ids.
    expectText(text, ...input.expenses.map((e) => e.name));
    if (decision.approvedAt) expectText(text, '赵敏', '2025-06-02 09:05');
    else expect(text).not.toContain('赵敏');
    // Labels are in the notice's language only.
    if (zh) expect(text).not.toMatch(/Claimant|Decision|Total/);
    else expect(text).not.toMatch(/申请人|理赔决定|合计/);
  });

  it('prints the figures of the Hui Min Bao claim as ¥ with separators', async () => {
    const { text } = await render('approve');
    // claimed, eligible, deductible (the benefit's ¥16,000 taken in full) and paid, worked out by hand:
    // the second pembrolizumab cycle is cut to the ¥15,000 left of the special-drug limit.
    expectText(text, '¥89,964.50', '¥76,464.50', '¥16,000.00', '¥32,405.15', '¥12,460.00', '¥2,540.00', '¥17,405.15');
    expectText(text, zh ? '同意赔付' : 'Approved', zh ? '核定赔付金额' : 'Amount payable');
    expect(text).not.toContain(zh ? '核定调整' : 'Adjustment');
  });

  it('shows a payable amount below the engine\'s as an adjustment of its own', async () => {
    const { input, text } = await render('partial');
    expect(input.decision.engineFen).toBe(3_240_515);
    expectText(text, zh ? '部分赔付' : 'Partially approved', zh ? '理算金额' : 'Calculated payout', '¥32,405.15',
      zh ? '核定调整' : 'Adjustment', '-¥1,234.56', zh ? '核定赔付金额' : 'Amount payable', '¥31,170.59', partialNote);
  });

  it('says that nothing is paid on a denial', async () => {
    const { input, text } = await render('deny');
    expect(input.payout.lines.every((l) => l.reasons.includes('PRE_EXISTING_EXCLUDED'))).toBe(true);
    expectText(text, zh ? '拒绝赔付' : 'Denied', zh ? '本案不予赔付' : 'Nothing is paid on this claim', '¥23,940.20');
    expectText(text, zh ? '既往症除外' : 'Pre-existing condition excluded', zh ? '既往症' : 'Pre-existing condition');
  });

  it('asks a pended claim for the documents by their names, and settles no amount yet', async () => {
    const { text } = await render('pend');
    expectText(text, zh ? '暂缓决定' : 'Pending', zh ? '需补充材料' : 'Documents requested',
      zh ? '基因检测报告' : 'Genetic test report', zh ? '病理报告' : 'Pathology report', zh ? '待临床路径确认' : 'Awaiting the pathway check');
    // No amount row: the statement says the amount will be settled later.
    expect(text).not.toMatch(zh ? /核定赔付金额¥/ : /Amountpayable¥/);
    expectText(text, zh ? '收到上述材料后' : 'Once these documents arrive');
  });
});

describe('the notice as a file', () => {
  it('is A4 text in the CJK font subset, small, with the issue time as its dates', async () => {
    const input = decisions.approve();
    const bytes = await renderDecisionNotice(input);
    // Subsets only: the Noto collection itself is 19 MB.
    expect(bytes.length).toBeLessThan(250_000);
    const pdf = await openPdf(bytes);
    expect(await pdf.pageSize(1)).toEqual([expect.closeTo(595.28, 1), expect.closeTo(841.89, 1)]);
    await pdf.destroy();
    const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
    expect((await doc.getMetadata()).info).toMatchObject({ CreationDate: 'D:20250602013000Z', ModDate: 'D:20250602013000Z', Title: '理赔决定通知书 CLM-2025-000417', Language: 'zh-CN' });
    await doc.destroy();
  });

  it('is the same bytes for the same input, and other bytes when issued at another time', async () => {
    const input = decisions.partial();
    const a = await renderDecisionNotice(input);
    const b = await renderDecisionNotice(structuredClone(input));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const later = await renderDecisionNotice({ ...input, issuedAt: '2025-06-02T01:31:00Z' });
    expect(Buffer.from(later).equals(Buffer.from(a))).toBe(false);
  });

  it('flows a 60-line claim over several pages, repeating the table header on each', async () => {
    const input = noticeInput(LONG, { outcome: 'approve', reasons: ['APPROVED'] });
    const pages = await pageTexts(await renderDecisionNotice(input));
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const names = input.expenses.map((e) => withoutSpace(e.name));
    const tablePages = pages.filter((p) => names.some((n) => p.includes(n)));
    expect(tablePages.length).toBeGreaterThanOrEqual(2);
    for (const page of tablePages) expectText(page, '费用项目', '申请金额', '可赔金额', '免赔额', '比例', '依据');
    // Each line exactly once, in order, and nothing cut off between pages.
    const all = pages.join('\n');
    let from = 0;
    for (const n of names) {
      const at = all.indexOf(n, from);
      expect(at, n).toBeGreaterThanOrEqual(from);
      expect(all.indexOf(n, at + n.length), `${n} printed twice`).toBe(-1);
      from = at + n.length;
    }
    expectText(all, ...totals(input));
    pages.forEach((p, i) => expectText(p, `第 ${i + 1} 页，共 ${pages.length} 页`, AUDIT_HEAD));
  });
});

describe('when the notice cannot be issued', () => {
  it('fails with NoticeFontMissingError naming what it looked for and how to fix it', async () => {
    const font = { env: {}, candidates: [{ name: 'Nowhere Sans', regular: { file: '/nonexistent/NowhereSans.ttc', postscriptName: 'NowhereSans' } }] };
    const rendering = renderDecisionNotice(decisions.approve(), { font });
    await expect(rendering).rejects.toBeInstanceOf(NoticeFontMissingError);
    await expect(rendering).rejects.toThrow(/Nowhere Sans \(\/nonexistent\/NowhereSans\.ttc\).*fonts-noto-cjk.*CLAIMDESK_NOTICE_FONT/);
  });

  it('uses the font CLAIMDESK_NOTICE_FONT names, and says so when it does not exist', async () => {
    const input = decisions.approve();
    const viaEnv = await renderDecisionNotice(input, { font: { env: { CLAIMDESK_NOTICE_FONT: `${NOTO}#NotoSansCJKsc-Regular` }, candidates: [] } });
    expectText((await pageTexts(viaEnv)).join(''), '理赔决定通知书', '¥32,405.15');
    const missing = renderDecisionNotice(input, { font: { env: { CLAIMDESK_NOTICE_FONT: '/fonts/typo.ttc' } } });
    await expect(missing).rejects.toThrow(NoticeFontMissingError);
    await expect(missing).rejects.toThrow(/CLAIMDESK_NOTICE_FONT names \/fonts\/typo\.ttc, which does not exist/);
  });

  it('names the face when a collection has no face of that name', async () => {
    const font = { env: { CLAIMDESK_NOTICE_FONT: `${NOTO}#NoSuchFace` } };
    await expect(renderDecisionNotice(decisions.approve(), { font })).rejects.toThrow(`cannot use ${NOTO}#NoSuchFace for the decision notice`);
  });

  it('refuses parts that do not belong together', async () => {
    const input = decisions.partial();
    const otherEdition = { ...input, editions: { ...input.editions, payout: 'PAY-2026.1' } };
    await expect(renderDecisionNotice(otherEdition)).rejects.toThrow(NoticeInputError);
    await expect(renderDecisionNotice(otherEdition)).rejects.toThrow(/payout was calculated under PAY-2025\.1, the notice names PAY-2026\.1/);
    const lostLine = { ...input, expenses: input.expenses.slice(1) };
    await expect(renderDecisionNotice(lostLine)).rejects.toThrow(/payout lines without an expense line: E001/);
    const aboveEngine = { ...input, decision: { ...input.decision, payableFen: input.decision.engineFen + 1 } };
    await expect(renderDecisionNotice(aboveEngine)).rejects.toThrow(/above the engine's/);
  });
});
