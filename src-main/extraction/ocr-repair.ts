// Characters the recogniser confuses inside figures and dates: a bracket or a Latin l/I read for 1,
// an O for 0, an ideographic full stop or comma inside a number. Only characters with a digit on a
// side are changed, so words are left alone.

const AS_ONE = /(?<=\d)[\]|lI!](?=[\d年月日号.,:-]|$)|(?<=[\d年月.-])[\]|lI!](?=\d|[年月日号])/g;
const AS_ZERO = /(?<=\d)[Oo](?=\d)|(?<=\d[.,])[Oo]|[Oo](?=\d{2})/g;
const DECIMAL = /(?<=\d)[。·](?=\d{1,2}(?!\d))/g;
const THOUSANDS = /(?<=\d)，(?=\d{3}(?!\d))/g;

export function repairOcrText(text: string): string {
  return text.replace(AS_ONE, '1').replace(AS_ZERO, '0').replace(DECIMAL, '.').replace(THOUSANDS, ',');
}
