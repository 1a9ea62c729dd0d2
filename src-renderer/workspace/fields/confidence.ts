// Confidence of a read field, shown as the colour of its edge: green from 0.9, amber from 0.75, red below.
export type ConfidenceLevel = 'high' | 'medium' | 'low';

export function confidenceLevel(confidence: number): ConfidenceLevel {
  if (confidence >= 0.9) return 'high';
  return confidence >= 0.75 ? 'medium' : 'low';
}
