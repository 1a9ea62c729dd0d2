import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../../../resources/demo/build-demo';
import { NOTO_CJK_DIR } from '../../../resources/demo/pdf/fonts';
import { tempDir } from '../../support/temp-dir';

// The generator is a pure function of its seed: two runs give byte-identical dataset.json and PDFs.
// Kept to five claims (two of which carry the encrypted and the corrupt file) so it stays quick.

const fontsInstalled = fs.existsSync(path.join(NOTO_CJK_DIR, 'NotoSansCJK-Regular.ttc'));
if (!fontsInstalled) console.warn(`skipping demo generation tests: Noto Sans CJK is not installed in ${NOTO_CJK_DIR} (apt-get install fonts-noto-cjk)`);

function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>([['dataset.json', fs.readFileSync(path.join(dir, 'dataset.json'))]]);
  for (const name of fs.readdirSync(path.join(dir, 'files')).sort()) files.set(`files/${name}`, fs.readFileSync(path.join(dir, 'files', name)));
  return files;
}

describe.skipIf(!fontsInstalled)('demo generation', () => {
  const dirs = [tempDir('claimdesk-demo-a-'), tempDir('claimdesk-demo-b-'), tempDir('claimdesk-demo-c-')];
  afterAll(() => dirs.forEach((d) => d.remove()));

  it('writes byte-identical output for the same seed, and different output for another seed', async () => {
    const [a, b, c] = dirs as [typeof dirs[0], typeof dirs[0], typeof dirs[0]];
    const summary = await generateDemo({ outDir: a.dir, seed: 42, claims: 5 });
    await generateDemo({ outDir: b.dir, seed: 42, claims: 5 });
    await generateDemo({ outDir: c.dir, seed: 43, claims: 5 });
    const first = snapshot(a.dir);
    const second = snapshot(b.dir);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, bytes] of first) expect(second.get(name)!.equals(bytes), name).toBe(true);
    expect(summary.files).toBe(first.size - 1);
    expect(snapshot(c.dir).get('dataset.json')!.equals(first.get('dataset.json')!)).toBe(false);

    const dataset = JSON.parse(first.get('dataset.json')!.toString('utf8')) as { claims: { documents: { defect?: string }[] }[] };
    expect(dataset.claims).toHaveLength(5);
    expect(dataset.claims.flatMap((cl) => cl.documents.map((d) => d.defect)).filter(Boolean).sort()).toEqual(['corrupt', 'encrypted']);
  });
});
