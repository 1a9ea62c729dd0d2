import path from 'node:path';
import type { Dataset } from '../../shared/domain/dataset';
import { openWorkstation, type Workstation } from '../../src-main/workstation';
import { writeFixtureDataset } from './fixture-dataset';
import { tempDir } from './temp-dir';

export interface FixtureWorkstation extends Workstation {
  dataset: Dataset;
  dataDir: string;
  dispose(): void;
}

/** A real workstation (SQLite file, document store) on a temp dir, loaded with the fixture dataset. */
export async function fixtureWorkstation(claims = 40, now = () => new Date('2025-01-02T08:00:00Z')): Promise<FixtureWorkstation> {
  const data = tempDir();
  const demoDir = path.join(data.dir, 'fixture-demo');
  const dataset = await writeFixtureDataset(demoDir, claims);
  const dataDir = path.join(data.dir, 'data');
  const ws = openWorkstation({ dataDir, appVersion: '0.0.0-test', demo: { mode: 'if-empty' }, demoDir, dispatch: { validateResponses: true }, now });
  return { ...ws, dataset, dataDir, dispose: () => { ws.close(); data.remove(); } };
}
