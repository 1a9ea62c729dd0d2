import { readFileSync } from 'node:fs';
import { ExtractionError, type ExtractionErrorCode } from '../extraction/errors';
import { runExtractionInWorker } from '../extraction/run-in-worker';
import { CliInputError, formatJson, runCli, type CliIo } from './io';

// `claimdesk extract FILE.pdf [--password P] [--no-ocr] [--timeout SECONDS]`: the document's type and
// read fields as JSON. The work runs in a worker thread with a hard time limit, so a damaged file
// ends with one message and exit status 2, never a hang.

const USAGE = 'usage: claimdesk extract FILE.pdf [--password P] [--no-ocr] [--timeout SECONDS]';
const DEFAULT_TIMEOUT_S = 300;

interface Args { file: string; password?: string; ocr: boolean; timeoutS: number }

function parseArgs(args: string[]): Args {
  let file: string | undefined;
  let password: string | undefined;
  let ocr = true;
  let timeoutS = DEFAULT_TIMEOUT_S;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--password' || a === '--timeout') {
      const v = args[++i];
      if (v === undefined) throw new CliInputError(`${a} needs a value\n${USAGE}`);
      if (a === '--password') password = v;
      else if (!(Number(v) > 0)) throw new CliInputError(`--timeout needs a number of seconds above 0\n${USAGE}`);
      else timeoutS = Number(v);
    } else if (a === '--no-ocr') {
      ocr = false;
    } else if (a.startsWith('--') || file !== undefined) {
      throw new CliInputError(USAGE);
    } else {
      file = a;
    }
  }
  if (file === undefined) throw new CliInputError(USAGE);
  return { file, password, ocr, timeoutS };
}

const MESSAGES: Record<ExtractionErrorCode, (file: string, e: ExtractionError) => string> = {
  DOCUMENT_CORRUPT: (f, e) => `${f} is not a readable PDF: ${e.message}`,
  PASSWORD_REQUIRED: (f) => `${f} is password-protected: give --password`,
  PASSWORD_WRONG: (f) => `${f} is password-protected and the password given is wrong`,
  TOO_LARGE: (f, e) => `${f} is too large to read: ${e.message}`,
  TIMEOUT: (f, e) => `${f} could not be read in time: ${e.message}`,
  CANCELLED: (f) => `${f}: reading was cancelled`,
};

export function run(args: string[], io: CliIo): Promise<number> {
  return runCli(io, async () => {
    const { file, password, ocr, timeoutS } = parseArgs(args);
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliInputError(`extract: ${file}: cannot read file${code ? ` (${code})` : ''}`);
    }
    try {
      const result = await runExtractionInWorker(bytes, { password, ocr, timeLimitMs: timeoutS * 1000 });
      io.stdout(formatJson({ documentType: result.documentType, pages: result.pages, fields: result.fields, warnings: result.warnings }));
      return 0;
    } catch (e) {
      if (e instanceof ExtractionError) throw new CliInputError(`extract: ${MESSAGES[e.code](file, e)}`);
      throw e;
    }
  });
}
