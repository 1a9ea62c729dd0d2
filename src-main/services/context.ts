import type { Cache } from '../db/connection';
import type { ReadDb } from '../db/handles';
import type { DocumentStore } from '../store/document-store';
import type { Extractor } from './import';
import type { JobRegistry } from './jobs';

/** What every service works with: the cache (read handle and the one write path), the document store and the clock. */
export interface ServiceContext {
  db: ReadDb;
  transact: Cache['transact'];
  store: DocumentStore;
  dataDir: string;
  appVersion: string;
  /** The clock, injectable so tests can pin "today" for the built-in views and the SLA. */
  now: () => Date;
  /** Reads a document's fields (in a worker thread in the app). */
  extract: Extractor;
  jobs: JobRegistry;
}
