import { readFileSync } from 'node:fs';
import type { ZodType } from 'zod';
import { describeZodError } from '../../shared/domain/issue-path';

/** Where a command writes; injected so commands can be run in-process by tests. */
export interface CliIo {
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Bad input from the user (unreadable file, not JSON, format violation): exit 2, one message. */
export class CliInputError extends Error {
  override name = 'CliInputError';
}

export const processIo: CliIo = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Reads and validates a case file; every failure becomes a CliInputError with one clear message. */
export function readCaseFile<T>(file: string, schema: ZodType<T>): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CliInputError(`${file}: cannot read file${code ? ` (${code})` : ''}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new CliInputError(`not JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CliInputError(describeZodError(parsed.error));
  return parsed.data;
}

/** The command's result as printed: 2-space JSON with a trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/**
 * Runs a command body; bad input becomes its message on stderr and exit status 2, with nothing on
 * stdout (the body writes its output only once it has a result).
 */
export async function runCli(io: CliIo, fn: () => Promise<number> | number): Promise<number> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CliInputError) {
      io.stderr(`${e.message.replace(/\s*\n\s*/g, ' ')}\n`);
      return 2;
    }
    throw e;
  }
}
