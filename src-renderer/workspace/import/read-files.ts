// Which dropped or picked files are worth sending to main, before any byte is read.

/** The contract's limit on an imported file (`documents.import`): a bigger one is refused unread. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

/** A PDF by its type, or by its name when the system gives no type (drops from some file managers). */
export function isPdfFile(file: Pick<File, 'name' | 'type'>): boolean {
  return file.type === 'application/pdf' || /\.pdf$/i.test(file.name);
}

/** Files split into PDFs to import and the names of the others, to say they were left out. */
export function pickPdfs<F extends Pick<File, 'name' | 'type'>>(files: readonly F[]): { pdfs: F[]; others: string[] } {
  return { pdfs: files.filter(isPdfFile), others: files.filter((f) => !isPdfFile(f)).map((f) => f.name) };
}
