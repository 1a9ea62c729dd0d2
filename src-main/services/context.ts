import type { Db } from '../db/connection';
import type { DocumentStore } from '../store/document-store';

/** What every service works with: the cache, the document store and who is at the keyboard. */
export interface ServiceContext {
  db: Db;
  store: DocumentStore;
  dataDir: string;
  appVersion: string;
  /** The clock, injectable so tests can pin "today" for the built-in views. */
  now: () => Date;
}
