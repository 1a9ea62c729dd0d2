import type { LabelDef } from '../layout/pairs';

// Labels of things no reader takes but which end the value before them: in 「姓名 张三 性别 男」 the
// name stops at 性别. A type's own labels take precedence over these where both print the same text.

const STOP = [
  '性别', '年龄', '民族', '职业', '婚姻', '出生日期', '身份证号', '身份证号码', '联系电话', '电话', '地址', '住址',
  '科室', '科别', '病区', '床号', '床位号', '住院号', '门诊号', '病案号', '病历号', '病理号', '医保卡号', '社保卡号',
  '医师', '医生', '主治医师', '医师签名', '药师', '审核药师', '审核', '审核人', '审核医师', '诊断医师', '复核人', '收款人',
  '检测人', '调配', '核对', '发药', '核对/发药', '签名',
  '校验码', '业务流水号', '流水号', '其他支付', '就诊科室', '住院时间', '住院天数', '交款人统一社会信用代码',
  '送检日期', '送检医生', '送检医院', '送检科室', '送检单位', '收样日期', '采样日期', '接收日期', '检测方法',
  '样本编号', '样本类型', '费别', '日期', '金额', '备注', '临床诊断', '入院诊断', '入院日期', '出院日期',
  '入院情况', '诊疗经过', '出院情况', '出院医嘱', '出院带药', '肉眼所见', '大体所见', '镜下所见', '免疫组化',
  '结论', '说明', '检测结果', '打印日期', '打印时间',
];

const STOP_LABELS: readonly LabelDef[] = STOP.map((text) => ({ id: '_stop', text }));

/** A type's labels followed by the stop labels it does not define itself. */
export function withStops(labels: readonly LabelDef[]): LabelDef[] {
  const own = new Set(labels.map((l) => l.text));
  return [...labels, ...STOP_LABELS.filter((l) => !own.has(l.text))];
}
