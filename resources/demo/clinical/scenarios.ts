import { BREAST_SCENARIOS } from './breast';
import { CELL_THERAPY_SCENARIOS } from './cell-therapy';
import { CRC_SCENARIOS, GASTRIC_SCENARIOS } from './digestive';
import { HCC_SCENARIOS } from './liver';
import { NSCLC_SCENARIOS } from './nsclc';
import type { CancerType, Scenario } from './plan';

export const SCENARIOS: Record<CancerType, readonly Scenario[]> = {
  NSCLC: NSCLC_SCENARIOS,
  BREAST: BREAST_SCENARIOS,
  CRC: CRC_SCENARIOS,
  GASTRIC: GASTRIC_SCENARIOS,
  HCC: HCC_SCENARIOS,
  LBCL: CELL_THERAPY_SCENARIOS.LBCL,
  MM: CELL_THERAPY_SCENARIOS.MM,
};
