// Start options shared by the Electron app and the browser host: `--demo` reloads the demo dataset,
// `--scale N` adds N synthetic claims to it (100,000 to try the worklist at size).
export interface StartArgs { demo: boolean; scale: number | undefined }

export function parseStartArgs(argv: readonly string[]): StartArgs {
  const out: StartArgs = { demo: false, scale: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--demo') out.demo = true;
    else if (arg === '--scale') {
      const n = Number(argv[++i]);
      if (!Number.isInteger(n) || n < 0 || n > 1_000_000) throw new Error(`--scale needs a whole number from 0 to 1000000, got ${argv[i]}`);
      out.scale = n;
      out.demo = true; // a scaled set is a fresh demo set: padding an existing cache would mix the two
    }
  }
  return out;
}
