import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Content-addressed files: a document is stored once under its sha256, whatever claim or name it came
// with, and every read checks the bytes still hash to their name (a damaged disk never shows as a
// different document).

export class DocumentMissingError extends Error {
  constructor(readonly sha256: string, reason: string) {
    super(`document ${sha256.slice(0, 12)}… ${reason}`);
    this.name = 'DocumentMissingError';
  }
}

export const sha256Of = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export class DocumentStore {
  constructor(private readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new DocumentMissingError(sha256, 'is not a sha256 name');
    return path.join(this.root, sha256.slice(0, 2), `${sha256}.bin`);
  }

  has(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Stores bytes and returns their hash; writing is atomic (temp file, then rename). */
  put(bytes: Uint8Array): string {
    const sha256 = sha256Of(bytes);
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) return sha256;
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(temp, bytes);
    fs.renameSync(temp, target);
    return sha256;
  }

  /** Adds a file already known by its hash (the demo set), verifying it on the way in. */
  putFile(file: string, expectedSha256: string): void {
    const target = this.pathOf(expectedSha256);
    if (fs.existsSync(target)) return;
    const bytes = fs.readFileSync(file);
    const actual = this.put(bytes);
    if (actual !== expectedSha256) throw new DocumentMissingError(expectedSha256, `hashes to ${actual.slice(0, 12)}… (file ${file})`);
  }

  get(sha256: string): Uint8Array<ArrayBuffer> {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.pathOf(sha256));
    } catch {
      throw new DocumentMissingError(sha256, 'is not in the document store');
    }
    if (sha256Of(bytes) !== sha256) throw new DocumentMissingError(sha256, 'fails its hash check (damaged on disk)');
    // A copy, not a view: small reads share Node's buffer pool, which must not cross IPC or be retained.
    return new Uint8Array(bytes);
  }
}
