import type { GeneticFindings } from './plan';

/** A multi-gene panel with nothing actionable found, the starting point of every printed panel. */
export const NEGATIVE_PANEL: GeneticFindings = {
  egfr: ['negative'], alk: 'negative', ros1: 'negative', ras: 'wild_type', braf: 'wild_type', msi: 'MSS', sample: '组织',
};
