import fs from 'node:fs';
import path from 'node:path';
import { openCache, type Cache } from './db/connection';
import { loadDemo, type DemoOptions } from './demo/load-demo';
import { createDispatch, type Dispatch, type DispatchOptions } from './dispatch';
import { databaseFile, documentsDir, resourcesDir } from './paths';
import { runExtractionInWorker } from './extraction/run-in-worker';
import type { ServiceContext } from './services/context';
import type { Extractor } from './services/import';
import { JobRegistry } from './services/jobs';
import { createServices, type Services } from './services';
import { DocumentStore } from './store/document-store';

// One workstation: cache, document store, services and the dispatcher every transport calls.
// Electron's main and the browser host both start exactly this.

export interface WorkstationOptions {
  dataDir: string;
  appVersion: string;
  demo: DemoOptions;
  /** The demo dataset's folder; tests point it at their own fixtures. */
  demoDir?: string;
  dispatch?: DispatchOptions;
  now?: () => Date;
  extract?: Extractor;
}

export interface Workstation {
  ctx: ServiceContext;
  services: Services;
  dispatch: Dispatch;
  close(): void;
}

export function openWorkstation(options: WorkstationOptions): Workstation {
  fs.mkdirSync(options.dataDir, { recursive: true });
  const now = options.now ?? (() => new Date());
  const cache = openCache(databaseFile(options.dataDir), now);
  try {
    const store = new DocumentStore(documentsDir(options.dataDir));
    loadDemo(cache, store, options.demoDir ?? path.join(resourcesDir(), 'demo'), options.demo);
    const ctx = serviceContext(cache, store, { ...options, now });
    const services = createServices(ctx);
    return { ctx, services, dispatch: createDispatch(services, { ...options.dispatch, commits: cache.commits }), close: () => cache.close() };
  } catch (error) {
    cache.close();
    throw error;
  }
}

/** The context the services run in, with the workstation's defaults for what the options leave out. */
export function serviceContext(cache: Cache, store: DocumentStore, options: Pick<WorkstationOptions, 'dataDir' | 'appVersion' | 'now' | 'extract'>): ServiceContext {
  const now = options.now ?? (() => new Date());
  return {
    db: cache.db, transact: cache.transact, store, dataDir: options.dataDir, appVersion: options.appVersion, now,
    extract: options.extract ?? runExtractionInWorker, jobs: new JobRegistry(now),
  };
}
