// Passwords of protected documents, given once in this session (in the viewer or on the import card)
// and reused by the other, so the adjuster is not asked twice for the same file. Kept in memory only:
// never persisted, gone with the window.

const passwords = new Map<string, string>();
const listeners = new Set<() => void>();
let version = 0;

export function rememberPassword(documentId: string, password: string): void {
  if (passwords.get(documentId) === password) return;
  passwords.set(documentId, password);
  version++;
  listeners.forEach((l) => l());
}

export const knownPassword = (documentId: string): string | undefined => passwords.get(documentId);

/** Changes whenever a password is remembered: a snapshot for useSyncExternalStore. */
export const passwordsVersion = (): number => version;

/** Hears of every password remembered (to retry a document waiting for one). */
export function onPasswordRemembered(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
