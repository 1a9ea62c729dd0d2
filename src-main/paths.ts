import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Where things live. From source (tsx) this file is src-main/paths.ts; bundled it is out/main/*.js:
// both sit two levels below the repository, whose resources/ holds editions, products and the demo set.
// A packaged app points CLAIMDESK_RESOURCES at its own copy, packagedResourcesDir().

export function resourcesDir(): string {
  return process.env.CLAIMDESK_RESOURCES ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources');
}

/** resources/ in a packaged app: electron-builder.yml's extraResources copies it beside app.asar. */
export const packagedResourcesDir = (resourcesPath: string): string => path.join(resourcesPath, 'resources');

/** The browser host's data directory: CLAIMDESK_DATA_DIR, else ~/.claimdesk. */
export function hostDataDir(): string {
  return process.env.CLAIMDESK_DATA_DIR ?? path.join(os.homedir(), '.claimdesk');
}

export const databaseFile = (dataDir: string): string => path.join(dataDir, 'claimdesk.sqlite');
export const documentsDir = (dataDir: string): string => path.join(dataDir, 'documents');
