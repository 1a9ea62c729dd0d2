import fs from 'node:fs';
import { openPdf, textInBox, withoutSpace } from './tests/unit/demo/pdf-text';
const dir = process.argv[2]!;
const ds = JSON.parse(fs.readFileSync(`${dir}/dataset.json`, 'utf8'));
let checked = 0, bad = 0;
for (const c of ds.claims) for (const d of c.documents) {
  const bytes = fs.readFileSync(`${dir}/files/${d.sha256}.pdf`);
  if (d.defect === 'corrupt') { try { await openPdf(bytes); console.log('CORRUPT OPENED!', d.sha256); } catch (e) { console.log('corrupt ok:', (e as Error).name); } continue; }
  if (d.defect === 'encrypted') { try { await openPdf(bytes); console.log('ENC OPENED w/o pw'); } catch (e) { console.log('enc needs pw:', (e as Error).name); } const p = await openPdf(bytes, d.password); console.log('enc pages', p.numPages); continue; }
  const pdf = await openPdf(bytes);
  const pages = new Map<number, any>();
  for (const f of d.fields) {
    if (!pages.has(f.page)) pages.set(f.page, await pdf.pageRuns(f.page));
    const got = withoutSpace(textInBox(pages.get(f.page), f.bbox));
    checked++;
    if (!Array.isArray(f.value) && got !== withoutSpace(f.text)) console.log("NOTEQ", f.key, got, f.text);
    if (!got.includes(withoutSpace(f.text))) { bad++; console.log('MISMATCH', d.documentType, f.key, JSON.stringify(f.text).slice(0, 80), '| got:', JSON.stringify(got).slice(0, 120)); }
  }
  await pdf.destroy();
}
console.log('checked', checked, 'bad', bad);
