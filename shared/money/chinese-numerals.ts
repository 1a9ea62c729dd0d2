// The 大写 (financial capital) numerals of Chinese invoices and cheques.

/** 大写 digit by value. */
export const CAPITAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;

/** Position units inside a group of four digits, by power of ten. */
export const CAPITAL_UNITS = ['', '拾', '佰', '仟'] as const;
