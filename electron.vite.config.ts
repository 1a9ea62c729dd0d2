import { defineConfig, externalizeDepsPlugin } from 'electron-vite';
import { rendererConfig } from './vite.renderer.config';

// Main and preload for Electron; the renderer is the same Vite build the browser host serves.
export default defineConfig({
  main: {
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: 'src-main/index.ts' } } },
  },
  preload: {
    // Sandboxed preloads must be CommonJS and self-contained: they may require only 'electron'.
    plugins: [externalizeDepsPlugin()],
    build: { rollupOptions: { input: { index: 'src-main/preload/index.ts' }, output: { format: 'cjs', entryFileNames: '[name].cjs' } } },
  },
  renderer: rendererConfig,
});
