import { PasswordResponses } from 'pdfjs-dist';
import { knownPassword, onPasswordRemembered, rememberPassword } from '../document-passwords';
import { classifyPdfError } from './classify-pdf-error';
import { openPdf } from './pdfjs';
import type { PdfState } from './pdf-state';

// A document being opened with pdf.js, outside React: the workspace starts it in the click handler,
// so the worker parses while React is still rendering the switch, and the state changes that follow
// (loading, password, ready) re-render only the components that read them, not the whole workspace.

export interface PdfOpening {
  getState: () => PdfState;
  subscribe: (listener: () => void) => () => void;
}

interface Entry extends PdfOpening {
  users: number;
  close: () => void;
}

const LOADING: PdfState = { kind: 'loading' };
const open = new Map<Uint8Array, Entry>();

function start(bytes: Uint8Array, documentId: string): Entry {
  let state: PdfState = LOADING;
  const listeners = new Set<() => void>();
  const set = (next: PdfState): void => {
    state = next;
    listeners.forEach((l) => l());
  };
  const task = openPdf(bytes);
  let tried: string | undefined;
  let asking: ((password: string) => void) | null = null;
  const attempt = (password: string): void => {
    const update = asking;
    if (!update) return;
    asking = null;
    tried = password;
    set(LOADING);
    update(password);
  };
  task.onPassword = (update: (password: string) => void, reason: number) => {
    asking = update;
    // A password given elsewhere for this document (the import card) is tried before asking.
    const known = knownPassword(documentId);
    if (known !== undefined && known !== tried) return attempt(known);
    set({ kind: 'password', wrong: reason === PasswordResponses.INCORRECT_PASSWORD, submit: attempt });
  };
  const stopListening = onPasswordRemembered(() => {
    const known = knownPassword(documentId);
    if (asking && known !== undefined && known !== tried) attempt(known);
  });
  task.promise.then(
    (pdf) => {
      if (tried !== undefined) rememberPassword(documentId, tried);
      set({ kind: 'ready', pdf });
    },
    (error: unknown) => set({ kind: 'error', problem: classifyPdfError(error), error }),
  );
  return {
    users: 0,
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    close: () => {
      stopListening();
      void task.destroy();
    },
  };
}

// An opening started for a render React then threw away, or for a click that never committed, is
// closed when nothing has held it by then.
const UNHELD_MS = 5_000;

function release(bytes: Uint8Array, entry: Entry, after: number): void {
  setTimeout(() => {
    if (entry.users > 0 || open.get(bytes) !== entry) return;
    open.delete(bytes);
    entry.close();
  }, after);
}

function entryOf(bytes: Uint8Array, documentId: string): Entry {
  let entry = open.get(bytes);
  if (!entry) {
    open.set(bytes, (entry = start(bytes, documentId)));
    release(bytes, entry, UNHELD_MS);
  }
  return entry;
}

/** The opening of these bytes, started now if it is not under way: safe to call during render or in an event handler. */
export const openingOf = (bytes: Uint8Array, documentId: string): PdfOpening => entryOf(bytes, documentId);

/**
 * Keeps the opening alive while a component shows it; the last one to let go closes it. Closing
 * waits a turn, so a remount (StrictMode, a key change) takes the same document over instead of reopening it.
 */
export function holdOpening(bytes: Uint8Array, documentId: string): () => void {
  const entry = entryOf(bytes, documentId);
  entry.users++;
  return () => {
    entry.users--;
    release(bytes, entry, 0);
  };
}
