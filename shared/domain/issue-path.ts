import type { z } from 'zod';

/** `claim.expenses[1].amountFen` from a zod issue path: the form every bad-input message names. */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

/** One line for a person: the first issue, its path and what was expected. */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  return `${formatIssuePath(issue.path)}: ${issue.message}`;
}
