import fs from 'node:fs';
import { syntheticClaims } from './resources/demo/synthetic';
const ds = JSON.parse(fs.readFileSync('/tmp/demo5/dataset.json', 'utf8'));
let t0 = performance.now(); let k = 0; const nums = new Set<string>();
for (const c of syntheticClaims(100_000, 7, ds.claims)) { k++; nums.add(c.claimNumber); }
console.log(k, nums.size, (performance.now() - t0).toFixed(0), 'ms');
t0 = performance.now(); k = 0;
for (const c of syntheticClaims(100_000, 7, ds.claims)) { k++; }
console.log('2nd', (performance.now() - t0).toFixed(0), 'ms');
const first = syntheticClaims(2, 7, ds.claims).next().value; console.log(JSON.stringify(first).slice(0, 600));
