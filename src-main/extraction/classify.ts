import type { DocumentType } from '../../shared/domain/document';
import type { Line } from './layout/lines';

// The document type from its title and cues (docs/document-types.md): a title printed large near the top of the
// first page decides; otherwise titles anywhere and the words each type is made of are weighed. A
// document that matches nothing well enough is `other`.

interface TypeCues {
  type: Exclude<DocumentType, 'other'>;
  title: RegExp;
  cues: readonly RegExp[];
}

const TYPES: readonly TypeCues[] = [
  {
    type: 'medical_invoice',
    title: /医疗.{0,6}收费.{0,4}票据|收费(?:电子)?票据|医疗收费电子票据/,
    cues: [/票据代码/, /票据号码?/, /交款人/, /收款单位/, /统筹基金支付/, /个人现金支付/, /个人账户支付/, /开票日期|开具日期/, /财政部监制/, /校验码/, /个人自付/, /个人自费/],
  },
  {
    type: 'expense_list',
    title: /费用(?:明细)?清单|费用明细(?:表|单)?$|每日费用|一日清单|收费明细/,
    cues: [/住院号/, /规格/, /单价/, /数量/, /医保类别|甲乙类|自付比例/, /费用总额|费用合计/],
  },
  {
    type: 'discharge_summary',
    title: /出院小结|出院记录|出院证明书?/,
    cues: [/入院日期/, /出院日期/, /出院诊断/, /入院诊断/, /诊疗经过|住院经过/, /出院医嘱|出院带药/, /入院情况/, /住院天数/],
  },
  {
    type: 'pathology_report',
    title: /病理(?:诊断|检查)?报告(?:单|书)?|免疫组化(?:检测)?报告|病理诊断书/,
    cues: [/病理号/, /送检标本|标本(?:名称|类型)?/, /免疫组化/, /大体所见|肉眼所见/, /镜下所见/, /病理诊断/, /HER-?2/i, /PD-?L1/i],
  },
  {
    type: 'genetic_report',
    title: /基因(?:突变)?检测报告|肿瘤基因(?:突变)?检测|基因变异检测|分子病理检测报告|靶向(?:药物)?基因检测/,
    cues: [/EGFR/, /ALK/, /ROS1/, /KRAS/, /BRAF/, /检测方法|ARMS|NGS|测序/, /突变|变异/, /微卫星|MSI/],
  },
  {
    type: 'prescription',
    title: /处方笺|^处方.?$|(?:门诊|电子|普通|麻醉)处方/,
    cues: [/Rp|R:/, /医师/, /药师|调配|核对|发药/, /用法/, /费别|科别/, /每次\d/, /口服|静脉滴注|静滴/, /[×xX]\d+[盒瓶支袋]/, /处方/, /单次剂量|每次剂量/, /频次|频率/, /门诊号/],
  },
];

const ISSUER_PREFIX = /^.{2,30}(?:医院|中心|卫生院|检验所|实验室)(?=.)/;
const TITLE_SCORE = 10;
const LARGE_TITLE_SCORE = 25;
const MIN_SCORE = 5;

export interface Classification {
  documentType: DocumentType;
  /** 0..1 from the margin between the best and the second-best type. */
  confidence: number;
}

export function classify(lines: readonly Line[]): Classification {
  const first = lines.filter((l) => l.page === 1);
  const sizes = first.map((l) => l.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const top = first.length ? Math.min(...first.map((l) => l.bbox[1])) : 0;
  const scores = TYPES.map((t) => {
    let score = 0;
    for (const l of lines) {
      // A title may follow the issuer on its line: 「××医院处方」.
      const key = l.key.replace(/\s/g, '').replace(ISSUER_PREFIX, '');
      if (!t.title.test(key)) continue;
      // A title is short and stands alone; large type near the top of page 1 is the document's own.
      const short = key.length <= 24;
      const large = l.page === 1 && l.size >= body * 1.25 && l.bbox[1] - top < 200;
      score = Math.max(score, large && short ? LARGE_TITLE_SCORE : short ? TITLE_SCORE : 2);
    }
    const text = lines.map((l) => l.key.replace(/\s/g, '')).join('\n');
    for (const cue of t.cues) if (cue.test(text)) score += 1;
    return { type: t.type, score };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scores as [{ type: TypeCues['type']; score: number }, { score: number }];
  if (best.score < MIN_SCORE) return { documentType: 'other', confidence: 0.5 };
  return { documentType: best.type, confidence: Math.min(1, 0.5 + (best.score - second.score) / 20) };
}
