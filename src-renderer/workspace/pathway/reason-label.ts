import type { TFunction } from 'i18next';

// Reason codes of the engines as a reviewer reads them. A code may name what is missing after a
// colon (`BIOMARKER_NOT_DOCUMENTED:EGFR`, `CRITERION_NOT_DOCUMENTED:weightKg`); the case fact is
// labelled, a marker name is kept. A code the dictionary does not know is shown as it is.

export function reasonLabel(t: TFunction, code: string): string {
  const colon = code.indexOf(':');
  if (colon < 0) return t(`reasons.${code}`, { defaultValue: code });
  const head = code.slice(0, colon);
  const subject = code.slice(colon + 1);
  const name = head === 'CRITERION_NOT_DOCUMENTED' ? t(`caseFacts.${subject}`, { defaultValue: subject }) : subject;
  return t(`reasons.${head}`, { name, defaultValue: code });
}
