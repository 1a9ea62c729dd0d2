// How many milligrams one dispensed unit of an expense-list row holds, from its printed spec:
// "80mg*30片" per box, "150mg" per vial, "0.2g*24片", "4ml:8mg", "100mg/10ml". null when the spec
// states no mass (e.g. "250ml"), so that the dose check stays silent rather than guessing.

const MASS = /(\d+(?:\.\d+)?)\s*(mg|g|μg|ug)\b/i;
const COUNT = /[*×xX]\s*(\d+)\s*(片|粒|支|瓶|袋|丸|贴)?/;

const MG_PER: Record<string, number> = { mg: 1, g: 1000, μg: 0.001, ug: 0.001 };

export function milligramsPerUnit(spec: string): number | null {
  const mass = MASS.exec(spec);
  if (!mass) return null;
  const perPiece = Number(mass[1]) * MG_PER[mass[2]!.toLowerCase()]!;
  const count = COUNT.exec(spec.slice(mass.index + mass[0].length));
  return perPiece * (count ? Number(count[1]) : 1);
}
