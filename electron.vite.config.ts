import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

// Main and preload for Electron; the renderer is the same Vite build the browser host serves.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    // The extraction worker is its own entry: run-in-worker.ts starts out/main/extraction-worker.js.
    build: { rollupOptions: { input: { index: 'src-main/index.ts', 'extraction-worker': 'src-main/extraction/extraction-worker.ts' } } },
  },
  preload: {
    // Sandboxed preloads must be CommonJS and self-contained: they may require only 'electron'.
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: 'src-main/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: rendererConfig,
});
