import fs from 'node:fs';
import { editionSchema } from './shared/pathway/edition-schema';
import { parseProducts } from './shared/payout/product-schema';
import { payoutWithPathway } from './shared/payout/with-pathway';
const edition = editionSchema.parse(JSON.parse(fs.readFileSync('resources/guidelines/CDP-2025.1.json', 'utf8')));
const products = parseProducts(JSON.parse(fs.readFileSync('resources/products/PAY-2025.1.json', 'utf8')));
const ds = JSON.parse(fs.readFileSync('resources/demo/dataset.json', 'utf8'));
const t = new Map<string, number>(); let paid = 0, claimed = 0;
for (const c of ds.claims) {
  const r = payoutWithPathway(c.case, products, edition);
  const k = `${c.policy.product} ${r.status}`; t.set(k, (t.get(k) ?? 0) + 1);
  paid += r.payableFen; claimed += c.claimedFen;
}
console.log([...t], 'paid ratio', (paid / claimed).toFixed(2));
const reasons = new Map<string, number>();
for (const c of ds.claims) {
  const r = payoutWithPathway(c.case, products, edition);
  if (r.status !== 'denied') continue;
  const k = `${c.policy.product} ${c.cancerType} pre=${c.case.claim.preExisting} ` + [...new Set(r.lines.flatMap((l: any) => l.reasons))].sort().join(',');
  reasons.set(k, (reasons.get(k) ?? 0) + 1);
}
for (const [k, v] of [...reasons].sort()) console.log(v, k);
