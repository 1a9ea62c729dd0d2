import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../../src-main/unpacked-path';

describe('unpackedPath', () => {
  it('maps a path inside app.asar to the same path under app.asar.unpacked', () => {
    expect(unpackedPath('/opt/ClaimDesk/resources/app.asar/node_modules/tesseract.js/src/worker-script/node/index.js'))
      .toBe('/opt/ClaimDesk/resources/app.asar.unpacked/node_modules/tesseract.js/src/worker-script/node/index.js');
    expect(unpackedPath('/Applications/ClaimDesk.app/Contents/Resources/app.asar/node_modules/@tesseract.js-data/chi_sim/package.json'))
      .toBe('/Applications/ClaimDesk.app/Contents/Resources/app.asar.unpacked/node_modules/@tesseract.js-data/chi_sim/package.json');
  });

  it('keeps Windows separators', () => {
    expect(unpackedPath('C:\\Program Files\\ClaimDesk\\resources\\app.asar\\node_modules\\tesseract.js-core\\tesseract-core-simd-lstm.wasm'))
      .toBe('C:\\Program Files\\ClaimDesk\\resources\\app.asar.unpacked\\node_modules\\tesseract.js-core\\tesseract-core-simd-lstm.wasm');
  });

  it('leaves paths outside an archive, and already unpacked ones, alone', () => {
    for (const file of [
      '/work/main/node_modules/tesseract.js/src/worker-script/node/index.js',
      '/opt/ClaimDesk/resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      '/opt/ClaimDesk/resources/app.asar',
      '/home/u/myapp.asar/index.js',
      '/home/u/app.asar.bak/index.js',
    ]) expect(unpackedPath(file)).toBe(file);
  });
});
