import fs from 'node:fs';
import path from 'node:path';
import { resourcesDir } from './paths';

/** The app's version from package.json beside resources/ (source and packaged layouts alike). */
export function appVersion(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(resourcesDir(), '..', 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
