import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemo } from './build-demo';
import { MissingFontError } from './pdf/fonts';

// `npm run demo:generate [-- --out DIR] [--seed N] [--claims N]`: writes the demo dataset (by default
// into resources/demo, where it is committed). Same seed and count, same bytes.

const DEFAULT_SEED = 20251201;
const DEFAULT_CLAIMS = 240;

function parseArgs(argv: readonly string[]): { outDir: string; seed: number; claims: number } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const out = { outDir: here, seed: DEFAULT_SEED, claims: DEFAULT_CLAIMS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--out') out.outDir = path.resolve(value);
    else if (flag === '--seed' || flag === '--claims') {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < (flag === '--claims' ? 1 : 0)) throw new Error(`${flag}: expected a whole number, got ${value}`);
      if (flag === '--seed') out.seed = n;
      else out.claims = n;
    } else throw new Error(`unknown option ${flag} (expected --out DIR, --seed N, --claims N)`);
    i++;
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const started = process.hrtime.bigint();
  const summary = await generateDemo({
    ...args,
    onClaim: (done, total) => {
      if (done % 20 === 0 || done === total) process.stderr.write(`  ${done}/${total} claims\n`);
    },
  });
  const seconds = Number((process.hrtime.bigint() - started) / 1_000_000n) / 1000;
  const mb = (summary.bytes / 1_048_576).toFixed(1);
  console.log(`demo dataset: ${summary.claims} claims, ${summary.files} PDFs (${mb} MB) in ${args.outDir}, seed ${args.seed}, ${seconds.toFixed(1)} s`);
}

main().catch((error: unknown) => {
  console.error(error instanceof MissingFontError ? error.message : error);
  process.exit(1);
});
