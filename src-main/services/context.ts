import type { Db } from '../db/connection';
import type { DocumentStore } from '../store/document-store';
import type { Extractor } from './import';
import type { JobRegistry } from './jobs';

/** What every service works with: the cache, the document store and who is at the keyboard. */
export interface ServiceContext {
  db: Db;
  store: DocumentStore;
  dataDir: string;
  appVersion: string;
  /** The clock, injectable so tests can pin "today" for the built-in views. */
  now: () => Date;
  /** Reads a document's fields (in a worker thread in the app). */
  extract: Extractor;
  jobs: JobRegistry;
}
