import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createPackageFromStreams, statFile, type AsarStreamType } from '@electron/asar';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { FileMatcher, getFileMatchers } from 'app-builder-lib/out/fileMatcher';
import { DebugLogger, type Filter, type FilterStats } from 'builder-util';
import type { Configuration } from 'electron-builder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import viteConfig from '../../electron.vite.config';
import { OCR_LANGS, TESSERACT_WORKER_SCRIPT, trainedDataFile } from '../../src-main/extraction/ocr';
import { packagedResourcesDir, resourcesDir } from '../../src-main/paths';
import { unpackedPath } from '../../src-main/unpacked-path';
import { tempDir } from '../support/temp-dir';

// electron-builder.yml without the Electron binary: the configuration is loaded and validated by
// electron-builder's own code, the parts of the app that matter here are packed with its file
// matchers and the same @electron/asar call it makes (app-builder-lib/out/asar/asarUtil.js), and
// what a packaged app opens outside app.asar is then looked for in app.asar.unpacked, through the
// paths the runtime computes. The globs must cover it all on their own: electron-builder's smartUnpack
// (which also unpacks modules holding binaries) is not counted on.

const REPO = path.resolve(__dirname, '../..');
const work = tempDir('claimdesk-packaging-');
const APP = path.join(work.dir, 'app'); // the app directory: package.json and the electron-vite output
const ARCHIVE = path.join(work.dir, 'resources', 'app.asar');
const repoRequire = createRequire(path.join(REPO, 'package.json'));
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { main: string; dependencies: Record<string, string> };

let config: Configuration;
let keepsAppFile: Filter;
/** Archive path (relative, native separators) to the file packed there. */
const packed = new Map<string, string>();

/** What the electron-vite build emits (main and preload entries, the renderer page), from its config. */
function buildOutputs(): string[] {
  const entries = (section: 'main' | 'preload', fallbackName: string): string[] => {
    const { input, output } = viteConfig[section]?.build?.rollupOptions ?? {};
    const names = input && typeof input === 'object' && !Array.isArray(input) ? Object.keys(input) : ['index'];
    const pattern = (!Array.isArray(output) && typeof output?.entryFileNames === 'string' && output.entryFileNames) || fallbackName;
    return names.map((name) => path.join('out', section, pattern.replace('[name]', name)));
  };
  return [...entries('main', '[name].js'), ...entries('preload', '[name].js'), path.join('out', 'renderer', 'index.html')];
}

/** A package's folder as Node would find it from `from` (nested node_modules first, then up). */
function packageDir(name: string, from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (fs.existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${name} is not installed (looked up from ${from})`);
  }
}

/** A package and, transitively, the packages its `dependencies` resolve to. */
function dependencyClosure(name: string): string[] {
  const dirs = new Set<string>();
  const visit = (dir: string) => {
    if (dirs.has(dir)) return;
    dirs.add(dir);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(packageDir(dep, dir));
  };
  visit(packageDir(name, REPO));
  return [...dirs];
}

/** Files under `dir`, without nested node_modules (those are packages of their own). */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(file);
    return entry.isFile() ? [file] : [];
  });
}

const inArchive = (repoFile: string): string => path.join(ARCHIVE, path.relative(REPO, repoFile));
const isUnpacked = (archived: string): boolean => (statFile(ARCHIVE, archived) as { unpacked?: boolean }).unpacked === true;

// The packages the worker opens outside the archive: tesseract.js with everything its worker thread
// requires, the models, and the native addons.
const CANVAS = packageDir('@napi-rs/canvas', REPO);
const canvasPlatforms = Object.keys((JSON.parse(fs.readFileSync(path.join(CANVAS, 'package.json'), 'utf8')) as { optionalDependencies: Record<string, string> }).optionalDependencies)
  .filter((name) => fs.existsSync(path.join(REPO, 'node_modules', name, 'package.json')));
const TESSERACT = dependencyClosure('tesseract.js');
const PACKAGES = [
  ...TESSERACT,
  ...OCR_LANGS.map((lang) => packageDir(`@tesseract.js-data/${lang}`, REPO)),
  packageDir('better-sqlite3', REPO),
  CANVAS,
  ...canvasPlatforms.map((name) => packageDir(name, REPO)),
];

const builtMain = fs.existsSync(path.join(REPO, 'out', 'main', 'index.js'));

beforeAll(async () => {
  config = await getConfig(REPO, null, null);
  const options = { macroExpander: (p: string) => p, customBuildOptions: {}, globalOutDir: path.join(REPO, 'dist'), defaultSrc: APP };
  const appFiles = getFileMatchers(config, 'files', '', options)![0]!;
  keepsAppFile = appFiles.createFilter();
  // As getNodeModuleFileMatcher does: dependencies are all shipped, less the `!` patterns of `files`.
  const keepsModuleFile = new FileMatcher(APP, '', options.macroExpander, ['**/*', ...appFiles.patterns.filter((p) => p.startsWith('!'))]).createFilter();
  const unpacks: Filter = getFileMatchers(config, 'asarUnpack', '', options)![0]!.createFilter();

  // The app directory: package.json, out/main as built, and empty stand-ins for the other build
  // outputs (and for out/main when it is not built), named after electron.vite.config.ts's entries.
  fs.mkdirSync(APP, { recursive: true });
  fs.copyFileSync(path.join(REPO, 'package.json'), path.join(APP, 'package.json'));
  if (builtMain) fs.cpSync(path.join(REPO, 'out', 'main'), path.join(APP, 'out', 'main'), { recursive: true });
  else console.log('packaging.test: out/main is not built (npm run build); packing stand-ins for its entries');
  for (const file of buildOutputs().map((output) => path.join(APP, output)).filter((output) => !fs.existsSync(output))) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
  }

  const streams: AsarStreamType[] = [];
  const add = (source: string, archived: string, stat: FilterStats) => {
    packed.set(archived, source);
    streams.push({ type: 'file', path: archived, unpacked: unpacks(source, stat), stat, streamGenerator: () => fs.createReadStream(source) });
  };
  for (const file of filesUnder(APP)) {
    const stat = fs.statSync(file);
    if (keepsAppFile(file, stat)) add(file, path.relative(APP, file), stat);
  }
  for (const dir of PACKAGES) {
    for (const file of filesUnder(dir)) {
      // Dependencies are matched by their path in the archive, node_modules/<name>/... (NodeModuleCopyHelper).
      const archived = path.relative(REPO, file);
      const stat: FilterStats = Object.assign(fs.statSync(file), { moduleFullFilePath: archived.split(path.sep).join('/') });
      if (keepsModuleFile(file, stat)) add(file, archived, stat);
    }
  }
  await createPackageFromStreams(ARCHIVE, streams);
});
afterAll(() => work.remove());

describe('electron-builder.yml', () => {
  it('is a configuration electron-builder accepts, for the Windows, macOS and Linux installers', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    expect(config).toMatchObject({ productName: 'ClaimDesk', directories: { output: 'dist' } });
    expect([config.win?.target, config.mac?.target, config.linux?.target]).toEqual(['nsis', 'dmg', 'AppImage']);
  });

  it('ships the build: main entries with the extraction worker beside index.js, packed in app.asar, and the preload and renderer', () => {
    const outputs = buildOutputs();
    expect(outputs).toEqual(expect.arrayContaining([path.normalize(pkg.main), path.join('out', 'main', 'extraction-worker.js')]));
    for (const file of [...outputs, 'package.json']) expect([...packed.keys()]).toContain(file);
    for (const file of ['src-main/index.ts', 'resources/guidelines/CDP-2025.1.json', 'electron.vite.config.ts', 'tsconfig.json']) {
      expect(keepsAppFile(path.join(APP, file), fs.statSync(path.join(REPO, file))), file).toBe(false);
    }
    // Electron loads worker_threads scripts from the archive; the worker's imports then resolve there.
    expect(isUnpacked(path.join('out', 'main', 'extraction-worker.js'))).toBe(false);
  });

  it.skipIf(!builtMain)('has main bundles that import only production dependencies, which is all app.asar/node_modules holds', () => {
    const bundles = filesUnder(path.join(REPO, 'out', 'main')).filter((file) => file.endsWith('.js'));
    const imported = new Set(bundles.flatMap((file) => [...fs.readFileSync(file, 'utf8').matchAll(/\b(?:from\s*|import\(\s*)["']([^"'.][^"']*)["']/g)]
      .map((m) => m[1]!).filter((spec) => !spec.startsWith('node:') && spec !== 'electron')
      .map((spec) => spec.split('/').slice(0, spec.startsWith('@') ? 2 : 1).join('/'))));
    expect(imported.size).toBeGreaterThan(0);
    for (const name of imported) expect(Object.keys(pkg.dependencies)).toContain(name);
  });

  it('unpacks every native addon', () => {
    const addons = [...packed.keys()].filter((file) => file.endsWith('.node'));
    expect(addons).toContain(path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'));
    expect(addons.some((file) => canvasPlatforms.some((name) => file.startsWith(path.join('node_modules', name, path.sep))))).toBe(true);
    for (const file of addons) {
      expect(isUnpacked(file), file).toBe(true);
      expect(fs.existsSync(unpackedPath(path.join(ARCHIVE, file))), file).toBe(true);
    }
  });

  it('unpacks the script tesseract starts its worker thread from, with everything that script requires', () => {
    const script = unpackedPath(inArchive(TESSERACT_WORKER_SCRIPT));
    expect(script).toBe(path.join(`${ARCHIVE}.unpacked`, path.relative(REPO, TESSERACT_WORKER_SCRIPT)));
    expect(fs.existsSync(script)).toBe(true);
    for (const dir of TESSERACT) {
      const files = [...packed.keys()].filter((file) => file.startsWith(path.relative(REPO, dir) + path.sep));
      expect(files.length, dir).toBeGreaterThan(0);
      for (const file of files) expect(isUnpacked(file), file).toBe(true);
    }
  });

  it('unpacks every tesseract core the worker may pick (by CPU features), each beside its wasm', () => {
    const coreDir = packageDir('tesseract.js-core', REPO);
    const { files } = JSON.parse(fs.readFileSync(path.join(coreDir, 'package.json'), 'utf8')) as { files: string[] };
    const cores = files.filter((file) => file.endsWith('.wasm')).map((file) => file.replace(/\.wasm$/, ''));
    expect(cores.length).toBeGreaterThanOrEqual(6);
    const fromScript = createRequire(unpackedPath(inArchive(TESSERACT_WORKER_SCRIPT)));
    for (const core of cores) {
      const loader = fromScript.resolve(`tesseract.js-core/${core}`);
      expect(loader.startsWith(`${ARCHIVE}.unpacked${path.sep}`), loader).toBe(true);
      expect(fs.existsSync(path.join(path.dirname(loader), `${core}.wasm`)), core).toBe(true);
    }
  });

  it.each(OCR_LANGS)('unpacks the %s model that ocr.ts copies out', (lang) => {
    const model = trainedDataFile(lang);
    expect(isUnpacked(path.relative(REPO, model))).toBe(true);
    expect(fs.statSync(unpackedPath(inArchive(model))).size).toBe(fs.statSync(model).size);
  });

  it('starts tesseract from the unpacked files alone, as the packaged extraction worker does', async () => {
    const langPath = path.join(work.dir, 'tessdata');
    fs.mkdirSync(langPath);
    fs.copyFileSync(unpackedPath(inArchive(trainedDataFile('chi_sim'))), path.join(langPath, 'chi_sim.traineddata.gz'));
    // In a thread of its own, so that a require tesseract's worker cannot resolve fails this test
    // rather than the run (tesseract.js leaves its worker's 'error' event unhandled).
    const probe = new Worker(`
      const { parentPort, workerData } = require('node:worker_threads');
      const { createWorker, OEM } = require(workerData.tesseract);
      createWorker(['chi_sim'], OEM.LSTM_ONLY, { ...workerData.options, logger: () => undefined, errorHandler: () => undefined })
        .then((worker) => worker.terminate())
        .then(() => parentPort.postMessage('ready'));
    `, { eval: true, workerData: {
      tesseract: repoRequire.resolve('tesseract.js'),
      options: { workerPath: unpackedPath(inArchive(TESSERACT_WORKER_SCRIPT)), langPath, cacheMethod: 'none', gzip: true },
    } });
    try {
      await expect(new Promise((resolve, reject) => {
        probe.once('message', resolve);
        probe.once('error', reject);
        probe.once('exit', (code) => reject(new Error(`the probe stopped (exit code ${code})`)));
      })).resolves.toBe('ready');
    } finally {
      await probe.terminate();
    }
  });

  it('copies resources/ to where resourcesDir() looks in a packaged app, without the demo generator', () => {
    const resourcesPath = path.dirname(ARCHIVE);
    const matchers = (getFileMatchers(config, 'extraResources', resourcesPath, { macroExpander: (p) => p, customBuildOptions: {}, globalOutDir: path.join(REPO, 'dist'), defaultSrc: REPO }) ?? [])
      .map((matcher) => ({ matcher, selects: matcher.createFilter() }));
    const destination = (file: string): string | null => {
      const found = matchers.find(({ matcher, selects }) => file.startsWith(matcher.from + path.sep) && selects(file, fs.statSync(file)));
      return found ? path.join(found.matcher.to, path.relative(found.matcher.from, file)) : null;
    };
    const previous = process.env.CLAIMDESK_RESOURCES;
    process.env.CLAIMDESK_RESOURCES = packagedResourcesDir(resourcesPath);
    try {
      // What the editions, products and demo loaders read, below resourcesDir().
      const read = [['guidelines'], ['products'], ['demo', 'files']].map((dir) => filesUnder(path.join(REPO, 'resources', ...dir)));
      for (const files of read) expect(files.length).toBeGreaterThan(0);
      for (const file of [...read.flat(), path.join(REPO, 'resources', 'demo', 'dataset.json')]) {
        expect(destination(file), file).toBe(path.join(resourcesDir(), path.relative(path.join(REPO, 'resources'), file)));
      }
    } finally {
      if (previous === undefined) delete process.env.CLAIMDESK_RESOURCES;
      else process.env.CLAIMDESK_RESOURCES = previous;
    }
    const generator = filesUnder(path.join(REPO, 'resources', 'demo')).filter((file) => file.endsWith('.ts'));
    expect(generator.length).toBeGreaterThan(0);
    for (const file of generator) expect(destination(file), file).toBeNull();
  });
});
